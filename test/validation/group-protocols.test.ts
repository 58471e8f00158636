// assignor-protocol-mismatch (validation/assignor-protocols.ts), share-group-loses-order
// (validation/share-groups.ts) and the idle-consumers hint that names share groups
// where the cluster's release has them.
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { reset, validate, withCode } from '../support/language.js';
import { at, expectOne } from '../support/positions.js';

afterEach(reset);

const { Error: E, Warning: W } = DiagnosticSeverity;

const cluster = (...items: string[]) =>
    `cluster shop {\n    brokers 1..3\n    defaults { partitions 3 replication-factor 3 min-insync-replicas 2 }\n    topic a { }\n    producer p { produces a, k, whole key id }\n    topic k { ordering key id }\n    topic whole { partitions 1 ordering total }\n${items.map((i) => `    ${i}\n`).join('')}}\n`;

describe('assignor-protocol-mismatch', () => {
    test('uniform in a classic group (the default protocol): error on the assignor, naming range as what runs', async () => {
        const text = cluster('consumer-group g { consumes a members 3 assignor uniform }');
        const v = await validate(text);
        expectOne(v, 'assignor-protocol-mismatch', E, at(text, 'assignor uniform'));
        expect(withCode(v, 'assignor-protocol-mismatch')[0].message).toMatch(/runs range/);
        expect(withCode(v, 'assignor-protocol-mismatch')[0].data).toMatchObject({ assignor: 'range' });
    });

    test('a classic client assignor in a consumer-protocol group: the broker runs uniform', async () => {
        for (const assignor of ['roundrobin', 'sticky', 'cooperative-sticky']) {
            const text = cluster(`consumer-group g { consumes a members 3 protocol consumer assignor ${assignor} }`);
            const v = await validate(text);
            expectOne(v, 'assignor-protocol-mismatch', E, at(text, `assignor ${assignor}`));
            expect(withCode(v, 'assignor-protocol-mismatch')[0].data).toMatchObject({ assignor: 'uniform' });
            await reset();
        }
    });

    test('names each protocol has pass: range on both sides, uniform with protocol consumer, the classic ones without', async () => {
        for (const items of ['assignor range', 'protocol consumer assignor range', 'protocol consumer assignor uniform', 'protocol consumer', 'protocol classic assignor roundrobin', 'assignor cooperative-sticky']) {
            expect((await validate(cluster(`consumer-group g { consumes a members 3 ${items} }`))).codes, items).toEqual([]);
            await reset();
        }
    });

    test('the protocol property counts wherever it stands in the group', async () => {
        const text = cluster('consumer-group g { assignor uniform consumes a members 3 protocol classic }');
        expectOne(await validate(text), 'assignor-protocol-mismatch', E, at(text, 'assignor uniform'));
    });
});

describe('share-group-loses-order', () => {
    test('a share group on an `ordering key` topic: warning on that topic reference only', async () => {
        const text = cluster('share-group s { consumes a, k members 2 }');
        const v = await validate(text);
        expectOne(v, 'share-group-loses-order', W, at(text, 'k members'));
        expect(withCode(v, 'share-group-loses-order')[0].message).toMatch(/order per key/);
    });

    test('`ordering total` too; the ordering may come from the defaults', async () => {
        const text = cluster('share-group s { consumes whole }');
        expectOne(await validate(text), 'share-group-loses-order', W, at(text, 'whole }'));
        await reset();
        const inherited = `cluster shop {\n    brokers 1..3\n    defaults { replication-factor 3 min-insync-replicas 2 ordering key id }\n    topic a { }\n    producer p { produces a key id }\n    share-group s { consumes a }\n}\n`;
        expectOne(await validate(inherited), 'share-group-loses-order', W, at(inherited, 'a }'));
    });

    test('a consumer group on the same topic keeps its order; a share group on an unordered topic is fine', async () => {
        expect((await validate(cluster('consumer-group g { consumes k members 3 }', 'share-group s { consumes a members 5 }'))).codes).toEqual([]);
    });

    test('Korean message', async () => {
        const v = await validate(cluster('share-group s { consumes k }'), 'ko');
        expect(withCode(v, 'share-group-loses-order')[0].message).toContain('키별 순서');
    });
});

describe('idle-consumers names share groups where the release has them', () => {
    const idle = (...head: string[]) => `cluster shop {\n${head.map((h) => `    ${h}\n`).join('')}    brokers 1..3\n    topic t { partitions 2 replication-factor 3 min-insync-replicas 2 }\n    consumer-group g { consumes t members 3 }\n}\n`;
    const message = async (text: string) => withCode(await validate(text), 'idle-consumers')[0].message;

    test('4.2 (share.version 1 by default) and 4.1 with share.version = 1: the message points to share-group', async () => {
        expect(await message(idle('kafka-version 4.2'))).toMatch(/share-group/);
        await reset();
        expect(await message(idle('kafka-version 4.1', 'features { share.version = 1 }'))).toMatch(/share-group/);
    });

    test('4.1 by default, 4.0 and 3.9: no share groups, no such hint', async () => {
        for (const version of ['3.9', '4.0', '4.1']) {
            const found = await message(idle(`kafka-version ${version}`));
            expect(found, version).toMatch(/1 partition : N consumers/);
            expect(found, version).not.toMatch(/share-group|share group/);
            await reset();
        }
    });

    test('Korean hint', async () => {
        expect(withCode(await validate(idle('kafka-version 4.2'), 'ko'), 'idle-consumers')[0].message).toContain('공유 그룹');
    });
});
