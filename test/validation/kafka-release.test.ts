// unsupported-in-version (validation/kafka-release.ts): the declared release and its
// feature levels against what Kafka's own release knows (SIMULATION.md §0).
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { reset, validate, withCode } from '../support/language.js';
import { at, expectOne } from '../support/positions.js';

afterEach(reset);

const { Error: E } = DiagnosticSeverity;
const CODE = 'unsupported-in-version';
const codes = (v: { readonly codes: readonly string[] }) => v.codes.map((c) => c.replace(/^\d+:/, ''));
const cluster = (...items: string[]) => `cluster shop {\n    broker 1\n    broker 2\n    broker 3\n${items.map((i) => `    ${i}\n`).join('')}}\n`;

describe('unsupported-in-version', () => {
    test('a release the model does not cover: error on the version, listing the covered ones', async () => {
        const text = cluster('kafka-version 3.8');
        const v = await validate(text);
        expectOne(v, CODE, E, at(text, '3.8'));
        expect(withCode(v, CODE)[0].message).toContain('3.9, 4.0, 4.1, 4.2, 4.3, 4.4');
    });

    test('covered releases and patch releases pass; 4.10 is not 4.1', async () => {
        for (const version of ['3.9', '4.0', '4.1', '4.2.2', '4.3', '4.4']) {
            expect((await validate(cluster(`kafka-version ${version}`))).codes, version).toEqual([]);
            await reset();
        }
        expect(codes(await validate(cluster('kafka-version 4.10')))).toEqual([CODE]);
    });

    test('a feature the release does not have, or a level above what it knows', async () => {
        const unknown = cluster('kafka-version 4.0', 'features { share.version = 1 }');
        expectOne(await validate(unknown), CODE, E, at(unknown, 'share.version'));
        await reset();
        const level = cluster('kafka-version 4.2', 'features { eligible.leader.replicas.version = 2 }');
        expectOne(await validate(level), CODE, E, at(level, '2 }'));
        await reset();
        expect(codes(await validate(cluster('kafka-version 3.9', 'features { eligible.leader.replicas.version = 1 }')))).toEqual([CODE]);
        await reset();
        expect((await validate(cluster('kafka-version 4.0', 'features { eligible.leader.replicas.version = 1 group.version = 0 }'))).codes).toEqual([]);
    });

    // A share group that consumes a topic (one without `consumes` is group-without-topics).
    const SHARE_GROUP = ['topic t { replication-factor 3 min-insync-replicas 2 }', 'share-group s { consumes t }'];
    test('share-group needs share.version >= 1: 4.1 has it as a preview level, 4.2 on by default', async () => {
        const text = cluster('kafka-version 4.1', ...SHARE_GROUP);
        expectOne(await validate(text), CODE, E, at(text, 'share-group'));
        await reset();
        expect((await validate(cluster('kafka-version 4.1', 'features { share.version = 1 }', ...SHARE_GROUP))).codes).toEqual([]);
        await reset();
        expect((await validate(cluster('kafka-version 4.2', ...SHARE_GROUP))).codes).toEqual([]);
        await reset();
        expect((await validate(cluster(...SHARE_GROUP))).codes).toEqual([]);
    });

    test('protocol consumer needs group.version >= 1 (none in 3.9)', async () => {
        const text = cluster('kafka-version 3.9', 'topic t { replication-factor 3 min-insync-replicas 2 } consumer-group g { consumes t protocol consumer }');
        expectOne(await validate(text), CODE, E, at(text, 'protocol consumer'));
        await reset();
        expect((await validate(cluster('kafka-version 4.0', 'topic t { replication-factor 3 min-insync-replicas 2 } consumer-group g { consumes t protocol consumer }'))).codes).toEqual([]);
        await reset();
        expect((await validate(cluster('kafka-version 3.9', 'topic t { replication-factor 3 min-insync-replicas 2 } consumer-group g { consumes t protocol classic }'))).codes).toEqual([]);
    });

    test('messages exist in Korean', async () => {
        const v = await validate(cluster('kafka-version 3.9', 'topic t { replication-factor 3 min-insync-replicas 2 } consumer-group g { consumes t protocol consumer }'), 'ko');
        expect(withCode(v, CODE)[0].message).toContain('group.version');
        expect(withCode(v, CODE)[0].message).toMatch(/[가-힣]/);
    });
});
