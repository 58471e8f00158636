// Explicit `assignment { p: [brokers] }` blocks (validation/assignments.ts): an
// unknown or repeated broker on that broker in the list, a wrong list length on
// the row, a wrong set of partitions on the `assignment` keyword.
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { language, reset, validate, withCode } from '../support/language.js';
import { at, expectOne } from '../support/positions.js';

afterEach(reset);

const { Error: E } = DiagnosticSeverity;

/** Three brokers, a topic of 3 partitions × RF 3 with the given assignment rows. */
const assigned = (...rows: string[]) =>
    `cluster shop {\n    brokers 1..3\n    topic t {\n        partitions 3\n        replication-factor 3\n        min-insync-replicas 2\n        assignment {\n${rows.map((r) => `            ${r}\n`).join('')}        }\n    }\n}\n`;

const valid = ['0: [1, 2, 3]', '1: [2, 3, 1]', '2: [3, 1, 2]'];

test('a complete assignment over declared brokers is clean', async () => {
    expect((await validate(assigned(...valid))).codes).toEqual([]);
});

test('rows may come in any order', async () => {
    expect((await validate(assigned(valid[2], valid[0], valid[1]))).codes).toEqual([]);
});

describe('assignment-unknown-broker', () => {
    test('broker 4 is not declared: error on that broker', async () => {
        const text = assigned(valid[0], '1: [2, 4, 1]', valid[2]);
        expectOne(await validate(text), 'assignment-unknown-broker', E, at(text, '4, 1]'));
    });

    test('the same row with a declared broker', async () => {
        expect(withCode(await validate(assigned(valid[0], '1: [2, 3, 1]', valid[2])), 'assignment-unknown-broker')).toEqual([]);
    });
});

describe('assignment-duplicate-broker', () => {
    test('broker 2 twice in one list: error on the second one', async () => {
        const text = assigned(valid[0], '1: [2, 3, 2]', valid[2]);
        expectOne(await validate(text), 'assignment-duplicate-broker', E, at(text, '2]', 1));
    });

    test('the same broker in different rows is normal', async () => {
        expect(withCode(await validate(assigned(...valid)), 'assignment-duplicate-broker')).toEqual([]);
    });
});

describe('assignment-wrong-size', () => {
    test('two replicas where RF is 3: error on the row', async () => {
        const text = assigned(valid[0], '1: [2, 3]', valid[2]);
        expectOne(await validate(text), 'assignment-wrong-size', E, at(text, '1: [2, 3]'));
    });

    test('four replicas where RF is 3: on the row too', async () => {
        const text = assigned(valid[0], '1: [2, 3, 1, 2]', valid[2]);
        expectOne(await validate(text), 'assignment-wrong-size', E, at(text, '1: [2, 3, 1, 2]'));
    });

    test('without an RF of its own, the first row sets it (not the defaults), and a row that disagrees is wrong', async () => {
        const text = 'cluster shop {\n    brokers 1..3\n    defaults { replication-factor 3 min-insync-replicas 1 }\n    topic t {\n        partitions 2\n        assignment { 0: [1, 2] 1: [2, 3, 1] }\n    }\n}\n';
        expectOne(await validate(text), 'assignment-wrong-size', E, at(text, '1: [2, 3, 1]'));
    });
});

describe('assignment-partitions-mismatch', () => {
    test('partition 2 missing: error on the assignment keyword', async () => {
        const text = assigned(valid[0], valid[1]);
        expectOne(await validate(text), 'assignment-partitions-mismatch', E, at(text, 'assignment'));
    });

    test('a partition beyond the topic (3 of 0..2)', async () => {
        const text = assigned(...valid, '3: [1, 2, 3]');
        expectOne(await validate(text), 'assignment-partitions-mismatch', E, at(text, 'assignment'));
    });

    test('a partition listed twice', async () => {
        const text = assigned(...valid, '1: [3, 1, 2]');
        expectOne(await validate(text), 'assignment-partitions-mismatch', E, at(text, 'assignment'));
    });

    test('partition numbers start at 0', async () => {
        const text = assigned('1: [1, 2, 3]', '2: [2, 3, 1]', '3: [3, 1, 2]');
        expectOne(await validate(text), 'assignment-partitions-mismatch', E, at(text, 'assignment'));
    });
});

describe('an assignment implies what the topic does not set (Kafka: --replica-assignment excludes --partitions and --replication-factor)', () => {
    const text = `cluster shop {
    brokers 1..3
    defaults { partitions 6 replication-factor 2 min-insync-replicas 2 }
    topic t {
        assignment {
            0: [1, 2, 3]
            1: [2, 3, 1]
        }
    }
    topic u {
        replication-factor 3
        assignment { 0: [1, 2] }
    }
}
`;

    test('two rows of three replicas: 2 partitions, RF 3, whatever the defaults say', async () => {
        const v = await validate(text);
        expect(v.codes.filter((c) => ['4', '5', '6', '7'].includes(c.split(':')[0]))).toEqual([]);
        const facts = language.kafka.ClusterFacts.get(v.document.parseResult.value.clusters[0]);
        const t = facts.settingsOf(facts.topics.get('t')!);
        expect([t.partitions.value, t.replicationFactor.value]).toEqual([2, 3]);
    });

    test('a replication factor the topic sets is still the measure of each row', async () => {
        const v = await validate(text);
        expectOne(v, 'assignment-wrong-size', E, at(text, '0: [1, 2]'));
    });
});
