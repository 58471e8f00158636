// Share groups (KIP-932) in the model and the language: the broker's `simple`
// assignor (4.2) spreads the consumed partitions over the members, sharing a
// partition only when there are more members than partitions, so no member is
// idle; members stall on a partition whose leader is dead; `fail member … in`
// and `expect group … balanced` work as for consumer groups; one namespace of group ids.
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { buildCluster, initialState, groupStatus, runScenario } from '../../simulator/index.js';
import { ClusterFacts } from '../../language-server/model/cluster-facts.js';
import { reset, validate, withCode } from '../support/language.js';
import { at, expectOne } from '../support/positions.js';

afterEach(reset);

const { Error: E } = DiagnosticSeverity;

/** Three brokers, topic `t` of 3 partitions pinned so broker 1 leads P0 only. */
const cluster = (...items: string[]) =>
    `cluster shop {\n    kafka-version 4.2\n    brokers 1..3\n    topic t {\n        partitions 3 replication-factor 3 min-insync-replicas 2\n        assignment { 0: [1, 2, 3] 1: [2, 3, 1] 2: [3, 1, 2] }\n    }\n    producer p { produces t }\n${items.map((i) => `    ${i}\n`).join('')}}\n`;

describe('share groups in the language', () => {
    test('more members than partitions: no idle-consumers, and the group is balanced', async () => {
        const v = await validate(cluster('share-group s { consumes t members 5 }', 'scenario drill { expect group s balanced }'));
        expect(v.codes).toEqual([]);
    });

    test('a dead leader stalls the members on its partition: `expect group s balanced` fails, naming them', async () => {
        const text = cluster('share-group s { consumes t members [a, b, c, d, e] }', 'scenario drill {\n        stop broker 1\n        expect group s balanced\n    }');
        const v = await validate(text);
        // stop broker 1 moves P0's leadership to broker 2: nothing stalls.
        expect(v.codes).toEqual([]);
        await reset();
        const dead = cluster(
            'topic solo { partitions 1 replication-factor 1 assignment { 0: [1] } }',
            'share-group s { consumes solo members [a, b] }',
            'producer q { produces solo }',
            'scenario drill {\n        fail broker 1\n        expect group s balanced\n    }'
        );
        const failed = await validate(dead);
        expectOne(failed, 'scenario-expectation-failed', E, at(dead, 'expect group s balanced'));
        expect(withCode(failed, 'scenario-expectation-failed')[0].message).toMatch(/solo-0/);
    });

    test('`fail member … in` a share group resolves its members, counted ones too', async () => {
        const text = cluster('share-group s { consumes t members 4 }', 'share-group n { consumes t members [x, y] }', 'scenario drill {\n        fail member s-4 in s\n        fail member y in n\n        expect group s balanced\n        expect group n balanced\n    }');
        expect((await validate(text)).codes).toEqual([]);
        await reset();
        const unknown = cluster('share-group s { consumes t members 2 }', 'scenario drill { fail member s-7 in s }');
        expect((await validate(unknown)).codes.map((c) => c.replace(/^\d+:/, ''))).toEqual(['unresolved-reference']);
    });

    test('a topic only a share group consumes is used (no unused-topic hint)', async () => {
        const text = cluster('topic jobs { partitions 2 replication-factor 3 min-insync-replicas 2 }', 'share-group s { consumes jobs members 3 }');
        expect((await validate(text)).codes).toEqual([]);
    });

    test('a consumer group and a share group with one name: duplicate-group on the later one', async () => {
        const text = cluster('consumer-group g { consumes t members 3 }', 'share-group g { consumes t }');
        const v = await validate(text);
        expectOne(v, 'duplicate-group', E, at(text, 'g {', 2));
        expect(withCode(v, 'duplicate-group')[0].message).toMatch(/share group/);
    });
});

describe('share groups in the model', () => {
    async function factsOf(text: string): Promise<ClusterFacts> {
        const v = await validate(text);
        const model = v.document.parseResult.value;
        return new ClusterFacts(model.clusters[0]);
    }

    test('5 members on 3 partitions: every partition assigned, to at most 2 members, nobody idle', async () => {
        const facts = await factsOf(cluster('share-group s { consumes t members 5 }'));
        const built = buildCluster(facts.spec);
        if (!built.ok) throw new Error('model');
        const s = groupStatus(built.value, initialState(built.value), built.value.groupIndex.get('s')!);
        expect(s.idle).toEqual([]);
        expect(s.assignment).toEqual({ 's-1': ['t-0', 't-2'], 's-2': ['t-0'], 's-3': ['t-1'], 's-4': ['t-1'], 's-5': ['t-2'] });
        expect(built.value.groups[0]).toMatchObject({ protocol: 'share', assignor: 'simple' });
    });

    test('2 members on 3 partitions: each partition to one member, as the broker does', async () => {
        const facts = await factsOf(cluster('share-group s { consumes t members [a, b] }'));
        expect(Object.fromEntries([...facts.assignmentOf(facts.shareGroups.get('s')!)!.perMember].map(([m, tps]) => [m, tps.length]))).toEqual({ a: 2, b: 1 });
    });

    test('a member leaving: its partitions go to the others, who keep theirs', async () => {
        const facts = await factsOf(cluster('share-group s { consumes t members [a, b, c] }'));
        const built = buildCluster(facts.spec);
        if (!built.ok) throw new Error('model');
        const run = runScenario(built.value, [{ kind: 'step', step: { kind: 'member-leave', group: 's', member: 'b' }, text: 'fail member b in s' }]);
        const last = run.snapshots.at(-1)!.groups[0];
        expect(last.assignment).toEqual({ a: ['t-0', 't-1'], c: ['t-2'] });
        expect(last.idle).toEqual([]);
    });
});
