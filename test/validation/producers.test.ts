// Producers (validation/producers.ts): acks on the `acks` property, a missing
// key on the topic reference in `produces`, a wrong key on the `key` property,
// name rules on the (later) producer name.
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { reset, validate, withCode } from '../support/language.js';
import { at, expectOne } from '../support/positions.js';

afterEach(reset);

const { Error: E, Warning: W } = DiagnosticSeverity;

/** Three brokers, RF 3 / min ISR 2 by default, topics `orders` (keyed by orderId) and `clicks`. */
const cluster = (...items: string[]) =>
    `cluster shop {\n    brokers 1..3\n    defaults { replication-factor 3 min-insync-replicas 2 }\n    topic orders { partitions 3 ordering key orderId }\n    topic clicks { }\n${items.map((i) => `    ${i}\n`).join('')}}\n`;
const consumer = 'consumer-group g { consumes orders, clicks }';

describe('producer-without-topics', () => {
    test('no produces: error on the producer name', async () => {
        const text = cluster(consumer, 'producer lonely { acks all }');
        expectOne(await validate(text), 'producer-without-topics', E, at(text, 'lonely'));
    });

    test('with produces', async () => {
        expect((await validate(cluster(consumer, 'producer p { produces clicks acks all }'))).codes).toEqual([]);
    });
});

describe('invalid-acks', () => {
    test('acks 2: error on the property', async () => {
        const text = cluster(consumer, 'producer p { produces clicks acks 2 }');
        expectOne(await validate(text), 'invalid-acks', E, at(text, 'acks 2'));
    });

    test.each(['acks 0', 'acks 1', 'acks all'])('%s is valid', async (acks) => {
        expect(withCode(await validate(cluster(consumer, `producer p { produces clicks ${acks} }`)), 'invalid-acks')).toEqual([]);
    });
});

describe('acks-may-lose-data', () => {
    test('acks 1 to an RF 3 topic: warning on the acks property', async () => {
        const text = cluster(consumer, 'producer p { produces clicks acks 1 }');
        expectOne(await validate(text), 'acks-may-lose-data', W, at(text, 'acks 1'));
    });

    test('acks 0 too', async () => {
        const text = cluster(consumer, 'producer p { produces clicks acks 0 }');
        expectOne(await validate(text), 'acks-may-lose-data', W, at(text, 'acks 0'));
    });

    test('acks all', async () => {
        expect((await validate(cluster(consumer, 'producer p { produces clicks acks all }'))).codes).toEqual([]);
    });

    test('no acks: Kafka 3.0+ defaults to all', async () => {
        expect((await validate(cluster(consumer, 'producer p { produces clicks }'))).codes).toEqual([]);
    });

    test('acks 1 to an RF 1 topic loses nothing a failover could keep', async () => {
        const text = cluster(consumer, 'topic scratch { replication-factor 1 }', 'consumer-group h { consumes scratch }', 'producer p { produces scratch acks 1 }');
        expect(withCode(await validate(text), 'acks-may-lose-data')).toEqual([]);
    });

    test('one replicated topic among several is enough, and it is reported once', async () => {
        const text = cluster(consumer, 'topic scratch { replication-factor 1 }', 'consumer-group h { consumes scratch }', 'producer p { produces scratch, clicks acks 1 }');
        expectOne(await validate(text), 'acks-may-lose-data', W, at(text, 'acks 1'));
    });
});

describe('idempotent-needs-acks-all', () => {
    test('idempotent true with acks 1: error on the idempotent property, besides the data-loss warning', async () => {
        const text = cluster(consumer, 'producer p {\n        produces clicks\n        acks 1\n        idempotent true\n    }');
        const result = await validate(text);
        expectOne(result, 'idempotent-needs-acks-all', E, at(text, 'idempotent true'));
        expectOne(result, 'acks-may-lose-data', W, at(text, 'acks 1'));
    });

    test('acks 0 too, even to an unreplicated topic', async () => {
        const text = cluster(consumer, 'topic scratch { replication-factor 1 }', 'consumer-group h { consumes scratch }', 'producer p { produces scratch acks 0 idempotent true }');
        expectOne(await validate(text), 'idempotent-needs-acks-all', E, at(text, 'idempotent true'));
    });

    test.each([
        ['acks 1 without idempotent: the client turns idempotence off quietly', 'acks 1'],
        ['idempotent false with acks 1', 'acks 1 idempotent false'],
        ['idempotent true with acks all', 'acks all idempotent true'],
        ['idempotent true with acks -1', 'acks -1 idempotent true'],
        ['idempotent true and the default acks', 'idempotent true'],
        ['the last acks counts', 'acks 1 idempotent true acks all']
    ])('%s: not reported', async (_, items) => {
        expect(withCode(await validate(cluster(consumer, `producer p { produces clicks ${items} }`)), 'idempotent-needs-acks-all')).toEqual([]);
    });
});

describe('missing-record-key', () => {
    test('a keyed topic without a producer key: warning on the topic reference', async () => {
        const text = cluster(consumer, 'producer p { produces clicks, orders }');
        expectOne(await validate(text), 'missing-record-key', W, at(text, 'orders }'));
    });

    test('with the key', async () => {
        expect((await validate(cluster(consumer, 'producer p { produces clicks, orders key orderId }'))).codes).toEqual([]);
    });

    test('ordering key from defaults counts as well', async () => {
        const text = 'cluster shop {\n    brokers 1..3\n    defaults { replication-factor 3 min-insync-replicas 2 ordering key id }\n    topic t { }\n    producer p { produces t }\n}\n';
        expectOne(await validate(text), 'missing-record-key', W, at(text, 'produces t', 1, 'produces '.length));
    });

    test('ordering key without a field still needs some key', async () => {
        const text = cluster(consumer, 'topic events { ordering key }', 'consumer-group h { consumes events }', 'producer p { produces events }');
        expectOne(await validate(text), 'missing-record-key', W, at(text, 'produces events', 1, 'produces '.length));
    });

    test('topics without key ordering need no key', async () => {
        expect(withCode(await validate(cluster(consumer, 'producer p { produces clicks }')), 'missing-record-key')).toEqual([]);
    });
});

describe('key-field-mismatch', () => {
    test("a key that is not the topic's ordering field: warning on the key property", async () => {
        const text = cluster(consumer, 'producer p { produces orders key customerId }');
        expectOne(await validate(text), 'key-field-mismatch', W, at(text, 'key customerId'));
    });

    test('the matching key', async () => {
        expect(withCode(await validate(cluster(consumer, 'producer p { produces orders key orderId }')), 'key-field-mismatch')).toEqual([]);
    });

    test('any key fits `ordering key` without a field', async () => {
        const text = cluster(consumer, 'topic events { ordering key }', 'consumer-group h { consumes events }', 'producer p { produces events key anything }');
        expect((await validate(text)).codes).toEqual([]);
    });
});

describe('duplicate-producer', () => {
    test('a producer name twice: error on the later name', async () => {
        const text = cluster(consumer, 'producer p { produces clicks }', 'producer p { produces clicks }');
        expectOne(await validate(text), 'duplicate-producer', E, at(text, 'producer p', 2, 'producer '.length));
    });

    test('distinct names', async () => {
        expect((await validate(cluster(consumer, 'producer p { produces clicks }', 'producer q { produces clicks }'))).codes).toEqual([]);
    });

    test('a producer and a consumer group may share a name', async () => {
        expect((await validate(cluster('consumer-group svc { consumes orders, clicks }', 'producer svc { produces clicks }'))).codes).toEqual([]);
    });
});
