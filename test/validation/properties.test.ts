// duplicate-property (validation/properties.ts): a property given twice in one
// block is a warning on the later one, and the later one wins (LANGUAGE.md).
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity, type Position } from 'vscode-languageserver';
import { reset, validate, withCode } from '../support/language.js';
import { at, expectOne } from '../support/positions.js';

afterEach(reset);

const { Warning: W } = DiagnosticSeverity;

const cluster = (...items: string[]) =>
    `cluster shop {\n    brokers 1..3\n    defaults { partitions 3 replication-factor 3 min-insync-replicas 2 }\n${items.map((i) => `    ${i}\n`).join('')}}\n`;

describe('duplicate-property in each kind of block', () => {
    test.each([
        ['cluster: profile', 'cluster shop {\n    profile production\n    brokers 1..3\n    profile production\n}\n', 'profile production', 2],
        ['cluster: controllers', 'cluster shop {\n    controllers 3\n    brokers 1..3\n    controllers 3\n}\n', 'controllers 3', 2],
        ['broker: rack', 'cluster shop {\n    broker 1 { rack "a" rack "a" }\n    broker 2 { rack "a" }\n    broker 3 { rack "a" }\n}\n', 'rack "a"', 2],
        ['broker: host', 'cluster shop {\n    broker 1 { host "h1" host "h2" }\n    broker 2\n    broker 3\n}\n', 'host "h2"', 1],
        ['broker range: racks', 'cluster shop {\n    brokers 1..3 { racks "a", "b", "c" racks "c", "b", "a" }\n}\n', 'racks "c"', 1],
        ['topic: partitions', cluster('topic t {\n        partitions 3\n        partitions 3\n    }'), 'partitions 3', 3],
        ['topic: ordering', cluster('topic t {\n        ordering none\n        ordering none\n    }'), 'ordering none', 2],
        ['topic: description', cluster('topic t {\n        description "a"\n        description "b"\n    }'), 'description "b"', 1],
        ['defaults: replication-factor', 'cluster shop {\n    brokers 1..3\n    defaults { replication-factor 3 min-insync-replicas 2 replication-factor 3 }\n}\n', 'replication-factor 3', 2],
        ['producer: key', cluster('topic t { }', 'producer p {\n        produces t\n        key id\n        key id\n    }'), 'key id', 2],
        ['producer: idempotent', cluster('topic t { }', 'producer p {\n        produces t\n        idempotent true\n        idempotent true\n    }'), 'idempotent true', 2],
        ['group: assignor', cluster('topic t { }', 'consumer-group g {\n        consumes t\n        assignor range\n        assignor range\n    }'), 'assignor range', 2],
        ['config: the same key', cluster('topic t { config {\n        retention.ms = 1d\n        retention.ms = 1d\n    } }'), 'retention.ms', 2]
    ])('%s: warning on the later one', async (_block, text, needle, occurrence) => {
        expectOne(await validate(text), 'duplicate-property', W, at(text, needle, occurrence));
    });

    test('different properties in one block are not duplicates', async () => {
        const text = cluster('topic t {\n        partitions 3\n        replication-factor 3\n        min-insync-replicas 2\n        ordering key id\n        description "x"\n        config { retention.ms = 1d segment.ms = 1h }\n    }');
        expect((await validate(text)).codes).toEqual([]);
    });

    test('the same property in different blocks is not a duplicate', async () => {
        expect((await validate(cluster('topic t { partitions 6 }', 'topic u { partitions 6 }'))).codes).toEqual([]);
    });

    test('a multi-line block given twice is marked on its first line only', async () => {
        const text = cluster('topic t {\n        partitions 1\n        replication-factor 3\n        assignment { 0: [1, 2, 3] }\n        assignment {\n            0: [2, 3, 1]\n        }\n    }');
        const [d] = withCode(await validate(text), 'duplicate-property');
        expect(d.range.start).toEqual(at(text, 'assignment {', 2));
        expect(d.range.end.line).toBe(d.range.start.line);
    });

    test('config blocks of a topic merge: distinct keys are fine, a key in two of them is a duplicate', async () => {
        const merged = cluster('topic t {\n        config { retention.ms = 1d }\n        config {\n            segment.ms = 1h\n        }\n    }');
        expect(withCode(await validate(merged), 'duplicate-property')).toEqual([]);
        const twice = cluster('topic t {\n        config { retention.ms = 1d }\n        config {\n            retention.ms = 2d\n        }\n    }');
        const [d] = withCode(await validate(twice), 'duplicate-property');
        expect(d.range.start).toEqual(at(twice, 'retention.ms = 2d'));
    });

    test('defaults blocks merge too', async () => {
        const bare = (items: string) => `cluster shop {\n    brokers 1..3\n    ${items}\n    topic t { }\n}\n`;
        const merged = bare('defaults { replication-factor 3 }\n    defaults { min-insync-replicas 2 }');
        expect(withCode(await validate(merged), 'duplicate-property')).toEqual([]);
        const twice = bare('defaults { replication-factor 3 min-insync-replicas 2 }\n    defaults { replication-factor 2 }');
        const [d] = withCode(await validate(twice), 'duplicate-property');
        expect(d.range.start).toEqual(at(twice, 'replication-factor 2'));
    });

    test('the fix removes the earlier property', async () => {
        const text = cluster('topic t {\n        partitions 3\n        partitions 3\n    }');
        const [d] = withCode(await validate(text), 'duplicate-property');
        expect((d.data as { removeRange?: { start: Position } }).removeRange?.start).toEqual(at(text, 'partitions 3', 2));
    });
});

describe('the later property wins', () => {
    test('partitions 0 then 3: the topic is valid', async () => {
        const v = await validate(cluster('topic t {\n        partitions 0\n        partitions 3\n    }'));
        expect(withCode(v, 'invalid-partitions')).toEqual([]);
    });

    test('partitions 3 then 0: the later one is judged', async () => {
        const text = cluster('topic t {\n        partitions 3\n        partitions 0\n    }');
        const v = await validate(text);
        expect(withCode(v, 'invalid-partitions').map((d) => d.range.start)).toEqual([at(text, 'partitions 0')]);
    });

    test('acks 1 then acks all: nothing may be lost', async () => {
        const v = await validate(cluster('topic t { }', 'producer p {\n        produces t\n        acks 1\n        acks all\n    }'));
        expect(withCode(v, 'acks-may-lose-data')).toEqual([]);
        expect(withCode(v, 'duplicate-property')).toHaveLength(1);
    });

    test('produces: only the later list counts, the earlier topic is unused', async () => {
        const text = cluster('topic early { }', 'topic late { }', 'producer p {\n        produces early\n        produces late\n    }');
        const v = await validate(text);
        expectOne(v, 'duplicate-property', W, at(text, 'produces late'));
        expect(withCode(v, 'unused-topic').map((d) => d.range.start)).toEqual([at(text, 'early {')]);
    });

    test('consumes: only the later list counts', async () => {
        const text = cluster('topic early { }', 'topic late { }', 'consumer-group g {\n        consumes early\n        consumes late\n    }');
        const v = await validate(text);
        expectOne(v, 'duplicate-property', W, at(text, 'consumes late'));
        expect(withCode(v, 'unused-topic').map((d) => d.range.start)).toEqual([at(text, 'early {')]);
    });

    test('members 5 then members 3 over 3 partitions: no idle member', async () => {
        const v = await validate(cluster('topic t { }', 'consumer-group g {\n        consumes t\n        members 5\n        members 3\n    }'));
        expect(withCode(v, 'idle-consumers')).toEqual([]);
    });

    test('profile production then development: the development profile applies', async () => {
        const v = await validate('cluster shop {\n    profile production\n    profile development\n    broker 1\n}\n');
        expect(withCode(v, 'too-few-brokers')).toEqual([]);
        expect(withCode(v, 'quorum-too-small')).toEqual([]);
    });
});
