// Partitions, replication factor, min ISR, racks, ordering and unused topics
// (validation/topics.ts). A rule is judged on the topic's effective settings and
// reported where the value comes from: the topic's own property; the topic's name
// when it sets only another of the values involved or when all come from Kafka's
// defaults; the `defaults` property (once for all topics) when inherited.
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { reset, validate, withCode } from '../support/language.js';
import { at, expectOne } from '../support/positions.js';

afterEach(reset);

const { Error: E, Warning: W, Information: I, Hint: H } = DiagnosticSeverity;

const cluster = (...items: string[]) => `cluster shop {\n    brokers 1..3\n${items.map((i) => `    ${i}\n`).join('')}}\n`;
const good = 'replication-factor 3 min-insync-replicas 2';

describe('invalid-partitions', () => {
    test('partitions 0: error on the property', async () => {
        const text = cluster(`topic t { partitions 0 ${good} }`);
        expectOne(await validate(text), 'invalid-partitions', E, at(text, 'partitions 0'));
    });

    test('partitions -1 too', async () => {
        const text = cluster(`topic t { partitions -1 ${good} }`);
        expectOne(await validate(text), 'invalid-partitions', E, at(text, 'partitions -1'));
    });

    test('partitions 1 is valid', async () => {
        expect((await validate(cluster(`topic t { partitions 1 ${good} }`))).codes).toEqual([]);
    });

    test('in defaults: reported once, on the defaults property, even with no topic', async () => {
        const text = cluster(`defaults { partitions 0 ${good} }`, 'topic a { }', 'topic b { }');
        expectOne(await validate(text), 'invalid-partitions', E, at(text, 'partitions 0'));
        await reset();
        const alone = cluster(`defaults { partitions 0 ${good} }`);
        expectOne(await validate(alone), 'invalid-partitions', E, at(alone, 'partitions 0'));
    });

    test('a topic that overrides a bad default is fine, and the default is still reported', async () => {
        const text = cluster(`defaults { partitions 0 ${good} }`, 'topic a { partitions 3 }');
        expectOne(await validate(text), 'invalid-partitions', E, at(text, 'partitions 0'));
    });
});

describe('invalid-replication-factor', () => {
    test('replication-factor 0: error on the property', async () => {
        const text = cluster('topic t { replication-factor 0 }');
        expectOne(await validate(text), 'invalid-replication-factor', E, at(text, 'replication-factor 0'));
    });

    test('replication-factor 3 is valid', async () => {
        expect(withCode(await validate(cluster('topic t { replication-factor 3 }')), 'invalid-replication-factor')).toEqual([]);
    });
});

describe('replication-factor-exceeds-brokers', () => {
    test('RF 4 over 3 brokers: error on the property', async () => {
        const text = cluster('topic t { replication-factor 4 min-insync-replicas 2 }');
        expectOne(await validate(text), 'replication-factor-exceeds-brokers', E, at(text, 'replication-factor 4'));
    });

    test('RF 3 over 3 brokers fits', async () => {
        expect((await validate(cluster('topic t { replication-factor 3 min-insync-replicas 2 }'))).codes).toEqual([]);
    });

    test('inherited by two topics: reported once, on the defaults property', async () => {
        const text = cluster('defaults { replication-factor 4 min-insync-replicas 2 }', 'topic a { }', 'topic b { }');
        expectOne(await validate(text), 'replication-factor-exceeds-brokers', E, at(text, 'replication-factor 4'));
    });

    test('a default that no topic inherits is not judged against the brokers', async () => {
        expect((await validate(cluster('defaults { replication-factor 4 min-insync-replicas 2 }'))).codes).toEqual([]);
    });

    test('no min-insync rule for a topic Kafka cannot create', async () => {
        const v = await validate(cluster('topic t { replication-factor 5 min-insync-replicas 6 }'));
        expect(v.codes).toEqual(['3:replication-factor-exceeds-brokers']);
    });
});

describe('replication-factor-too-low', () => {
    test('RF 2 in production with 3 brokers: warning on the property', async () => {
        const text = cluster('topic t { replication-factor 2 min-insync-replicas 1 }');
        expectOne(await validate(text), 'replication-factor-too-low', W, at(text, 'replication-factor 2'));
    });

    test("RF 1 from Kafka's default: on the topic name", async () => {
        const text = cluster('topic t { }');
        const v = await validate(text);
        expectOne(v, 'replication-factor-too-low', W, at(text, 't {', 1));
        expect(v.codes).toEqual(['3:replication-factor-too-low']);
    });

    test('RF 3 is enough', async () => {
        expect(withCode(await validate(cluster('topic t { replication-factor 3 min-insync-replicas 2 }')), 'replication-factor-too-low')).toEqual([]);
    });

    test('not reported while the cluster has fewer than 3 brokers', async () => {
        const v = await validate('cluster shop {\n    controllers 3\n    broker 1\n    broker 2\n    topic t { replication-factor 2 min-insync-replicas 1 }\n}\n');
        expect(withCode(v, 'replication-factor-too-low')).toEqual([]);
    });
});

describe('invalid-min-insync', () => {
    test('min-insync-replicas 0: error on the property', async () => {
        const text = cluster('topic t { replication-factor 3 min-insync-replicas 0 }');
        expectOne(await validate(text), 'invalid-min-insync', E, at(text, 'min-insync-replicas 0'));
    });

    test('min-insync-replicas 1 is valid', async () => {
        expect(withCode(await validate(cluster('topic t { replication-factor 3 min-insync-replicas 1 }')), 'invalid-min-insync')).toEqual([]);
    });
});

describe('min-insync-exceeds-replication-factor', () => {
    test('min ISR 4 with RF 3: error on min-insync-replicas', async () => {
        const text = cluster('topic t { replication-factor 3 min-insync-replicas 4 }');
        const v = await validate(text);
        expectOne(v, 'min-insync-exceeds-replication-factor', E, at(text, 'min-insync-replicas 4'));
        expect(withCode(v, 'min-insync-equals-replication-factor')).toEqual([]);
    });

    test('from a config entry: on the config entry', async () => {
        const text = cluster('topic t { replication-factor 3 config { min.insync.replicas = 4 } }');
        expectOne(await validate(text), 'min-insync-exceeds-replication-factor', E, at(text, 'min.insync.replicas'));
    });

    test('min ISR 2 with RF 3 is fine', async () => {
        expect((await validate(cluster(`topic t { ${good} }`))).codes).toEqual([]);
    });

    test('the topic lowers RF under an inherited min ISR: on the topic name', async () => {
        const text = cluster(`defaults { ${good} }`, 'topic t { replication-factor 1 }');
        expectOne(await validate(text), 'min-insync-exceeds-replication-factor', E, at(text, 't {'));
    });
});

describe('min-insync-equals-replication-factor', () => {
    test('min ISR 3 with RF 3: warning on min-insync-replicas', async () => {
        const text = cluster('topic t { replication-factor 3 min-insync-replicas 3 }');
        expectOne(await validate(text), 'min-insync-equals-replication-factor', W, at(text, 'min-insync-replicas 3'));
    });

    test('RF 1 with min ISR 1 is not a warning of this kind', async () => {
        const v = await validate(cluster('controllers 3', 'topic t { replication-factor 1 min-insync-replicas 1 }'));
        expect(withCode(v, 'min-insync-equals-replication-factor')).toEqual([]);
    });

    test('both inherited from defaults: once, on the defaults min-insync-replicas', async () => {
        const text = cluster('defaults { replication-factor 3 min-insync-replicas 3 }', 'topic a { }', 'topic b { }');
        expectOne(await validate(text), 'min-insync-equals-replication-factor', W, at(text, 'min-insync-replicas 3'));
    });
});

describe('min-insync-too-low', () => {
    test('min ISR 1 with RF 3: warning on min-insync-replicas', async () => {
        const text = cluster('topic t { replication-factor 3 min-insync-replicas 1 }');
        expectOne(await validate(text), 'min-insync-too-low', W, at(text, 'min-insync-replicas 1'));
    });

    test("RF 3 set by the topic, min ISR 1 from Kafka's default: on the topic name", async () => {
        const text = cluster('topic t { replication-factor 3 }');
        expectOne(await validate(text), 'min-insync-too-low', W, at(text, 't {'));
    });

    test("RF 3 from defaults, min ISR from Kafka: once, on the defaults replication-factor", async () => {
        const text = cluster('defaults { replication-factor 3 }', 'topic a { }', 'topic b { }');
        expectOne(await validate(text), 'min-insync-too-low', W, at(text, 'replication-factor 3'));
    });

    test('min ISR 2 with RF 3 is the recommended setup', async () => {
        expect((await validate(cluster('defaults { replication-factor 3 min-insync-replicas 2 }', 'topic a { }'))).codes).toEqual([]);
    });
});

describe('replicas-exceed-racks', () => {
    const racked = (racks: string) => `cluster shop {\n    brokers 1..3 { racks ${racks} }\n    topic t { ${good} }\n}\n`;

    test('RF 3 over 2 racks: information on replication-factor', async () => {
        const text = racked('"a", "b"');
        expectOne(await validate(text), 'replicas-exceed-racks', I, at(text, 'replication-factor 3'));
    });

    test('RF 3 over 3 racks', async () => {
        expect((await validate(racked('"a", "b", "c"'))).codes).toEqual([]);
    });

    test('no racks declared: nothing to say', async () => {
        expect(withCode(await validate(cluster(`topic t { ${good} }`)), 'replicas-exceed-racks')).toEqual([]);
    });
});

describe('total-order-needs-one-partition', () => {
    test('ordering total over 3 partitions: error on ordering', async () => {
        const text = cluster(`topic t { partitions 3 ${good} ordering total }`);
        expectOne(await validate(text), 'total-order-needs-one-partition', E, at(text, 'ordering total'));
    });

    test('ordering total over 1 partition', async () => {
        expect((await validate(cluster(`topic t { partitions 1 ${good} ordering total }`))).codes).toEqual([]);
    });

    test('ordering key over many partitions', async () => {
        expect((await validate(cluster(`topic t { partitions 3 ${good} ordering key id }`))).codes).toEqual([]);
    });

    test('ordering from defaults, partitions from the topic: on the topic name', async () => {
        const text = cluster(`defaults { ${good} ordering total }`, 'topic t { partitions 3 }');
        expectOne(await validate(text), 'total-order-needs-one-partition', E, at(text, 't {'));
    });

    test('both from defaults: on the defaults ordering', async () => {
        const text = cluster(`defaults { ${good} partitions 3 ordering total }`, 'topic a { }', 'topic b { }');
        expectOne(await validate(text), 'total-order-needs-one-partition', E, at(text, 'ordering total'));
    });
});

describe('unused-topic', () => {
    const withClients = (...items: string[]) =>
        cluster(`defaults { ${good} }`, 'topic used { }', 'topic idle { }', ...items);

    test('a topic nobody references, in a cluster with clients: hint on its name', async () => {
        const text = withClients('producer p { produces used }');
        const v = await validate(text);
        expectOne(v, 'unused-topic', H, at(text, 'idle {'));
        expect(v.codes).toEqual(['5:unused-topic']);
    });

    test('consumed is used too', async () => {
        expect((await validate(withClients('producer p { produces used }', 'consumer-group g { consumes idle }'))).codes).toEqual([]);
    });

    test('a cluster without producers and groups reports no unused topic', async () => {
        expect((await validate(withClients())).codes).toEqual([]);
    });

    test('a scenario is not a client', async () => {
        const text = withClients('producer p { produces used }', 'scenario s { expect idle writable }');
        expectOne(await validate(text), 'unused-topic', H, at(text, 'idle {'));
    });
});
