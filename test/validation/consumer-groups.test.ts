// Consumer groups (validation/consumer-groups.ts): idle members and uneven load
// from the group's own assignor, on the `members` property; name rules on the
// (later) group or member name.
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { reset, validate, withCode } from '../support/language.js';
import { at, expectOne } from '../support/positions.js';

afterEach(reset);

const { Error: E, Warning: W, Information: I } = DiagnosticSeverity;

/** Three brokers, topics `a` and `b` of 3 partitions each. */
const cluster = (...items: string[]) =>
    `cluster shop {\n    brokers 1..3\n    defaults { partitions 3 replication-factor 3 min-insync-replicas 2 }\n    topic a { }\n    topic b { }\n${items.map((i) => `    ${i}\n`).join('')}}\n`;
const group = (...items: string[]) => `consumer-group g {\n        ${items.join('\n        ')}\n    }`;
const bothUsed = 'producer p { produces a, b }';

describe('idle-consumers', () => {
    test('4 counted members on 3 partitions: warning on the members property, naming the idle one', async () => {
        const text = cluster(bothUsed, group('consumes a', 'members 4'));
        const v = await validate(text);
        expectOne(v, 'idle-consumers', W, at(text, 'members 4'));
        expect(withCode(v, 'idle-consumers')[0].message).toContain('g-4');
    });

    test('3 members on 3 partitions', async () => {
        expect((await validate(cluster(bothUsed, group('consumes a', 'members 3')))).codes).toEqual([]);
    });

    test('named members: the idle ones are named', async () => {
        const text = cluster(bothUsed, group('consumes a', 'members [m1, m2, m3, m4, m5]'));
        const v = await validate(text);
        expectOne(v, 'idle-consumers', W, at(text, 'members ['));
        expect(withCode(v, 'idle-consumers')[0].message).toMatch(/m4.*m5/);
    });

    test('every assignor leaves the extra member idle', async () => {
        for (const assignor of ['range', 'roundrobin', 'sticky', 'cooperative-sticky']) {
            const text = cluster(bothUsed, group('consumes a', 'members 4', `assignor ${assignor}`));
            expectOne(await validate(text), 'idle-consumers', W, at(text, 'members 4'));
            await reset();
        }
    });

    test('members over several topics count all their partitions (roundrobin: 6 partitions, 6 members)', async () => {
        expect((await validate(cluster(bothUsed, group('consumes a, b', 'members 6', 'assignor roundrobin')))).codes).toEqual([]);
    });

    test('not reported for a group that consumes nothing', async () => {
        const v = await validate(cluster(bothUsed, group('members 4')));
        expect(withCode(v, 'idle-consumers')).toEqual([]);
    });
});

describe('uneven-consumer-load', () => {
    test('range over two topics gives 4 and 2: information on the members property', async () => {
        const text = cluster(bothUsed, group('consumes a, b', 'members 2'));
        expectOne(await validate(text), 'uneven-consumer-load', I, at(text, 'members 2'));
    });

    test('roundrobin over the same topics gives 3 and 3', async () => {
        expect((await validate(cluster(bothUsed, group('consumes a, b', 'members 2', 'assignor roundrobin')))).codes).toEqual([]);
    });

    test('a difference of one is inherent and not reported (3 partitions, 2 members)', async () => {
        expect((await validate(cluster(bothUsed, group('consumes a', 'members 2')))).codes).toEqual([]);
    });

    test('cooperative-sticky balances too', async () => {
        expect((await validate(cluster(bothUsed, group('consumes a, b', 'members 4', 'assignor cooperative-sticky')))).codes).toEqual([]);
    });
});

describe('group-without-topics', () => {
    test('no consumes: error on the group name', async () => {
        const text = cluster(bothUsed, 'consumer-group readers { members 2 }');
        expectOne(await validate(text), 'group-without-topics', E, at(text, 'readers'));
    });

    test('with consumes', async () => {
        expect((await validate(cluster(bothUsed, 'consumer-group readers { consumes a }'))).codes).toEqual([]);
    });

    test('a share group with no consumes: the same error, said of a share group', async () => {
        const text = cluster(bothUsed, 'share-group workers { members [w1, w2] }');
        const result = await validate(text);
        expectOne(result, 'group-without-topics', E, at(text, 'workers'));
        expect(result.diagnostics.find((d) => d.code === 'group-without-topics')?.message).toMatch(/^Share group 'workers' consumes no topic/);
    });
});

describe('duplicate-group', () => {
    test('a group name twice: error on the later name', async () => {
        const text = cluster(bothUsed, 'consumer-group g { consumes a }', 'consumer-group g { consumes b }');
        expectOne(await validate(text), 'duplicate-group', E, at(text, 'consumer-group g', 2, 'consumer-group '.length));
    });

    test('distinct names', async () => {
        expect((await validate(cluster(bothUsed, 'consumer-group g { consumes a }', 'consumer-group h { consumes b }'))).codes).toEqual([]);
    });
});

describe('duplicate-member', () => {
    test('a member id twice in one group: error on the later one', async () => {
        const text = cluster(bothUsed, group('consumes a', 'members [alice, bob, alice]'));
        expectOne(await validate(text), 'duplicate-member', E, at(text, 'alice', 2));
    });

    test('the same member id in two groups is fine', async () => {
        const text = cluster(bothUsed, 'consumer-group g { consumes a members [alice] }', 'consumer-group h { consumes b members [alice] }');
        expect((await validate(text)).codes).toEqual([]);
    });
});
