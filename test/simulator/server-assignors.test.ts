// KIP-848 server-side assignors against shared/vectors/kafka-vectors-4x.json
// (uniformAssignor: UniformHomogeneous/Heterogeneous builder tests; serverRangeAssignor:
// RangeAssignorTest), each case named with its upstream file and release.
import { describe, expect, it } from 'vitest';
import { serverAssign, type ServerAssignment, type ServerMember } from '../../simulator/assignors/server/index.js';
import { buildCluster, formatTopicPartition } from '../../simulator/index.js';
import { initialGroupState, rebalanceGroup } from '../../simulator/group-rebalance.js';
import { cite, entries4x } from './vectors-4x.js';
import type { Json } from './vectors.js';

/** `Uuid.compareTo`: most significant 64 bits as a signed long, then the least significant. */
function uuidRank(topics: Record<string, { id: string | null }>): Map<string, number> {
    const key = (id: string): [bigint, bigint] => {
        const bytes = Buffer.from(id.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
        return [bytes.readBigInt64BE(0), bytes.readBigInt64BE(8)];
    };
    const names = Object.keys(topics);
    if (names.some((n) => !topics[n].id)) return new Map(names.map((n, i) => [n, i]));
    const sorted = [...names].sort((a, b) => {
        const [am, al] = key(topics[a].id!);
        const [bm, bl] = key(topics[b].id!);
        return am < bm ? -1 : am > bm ? 1 : al < bl ? -1 : al > bl ? 1 : 0;
    });
    return new Map(sorted.map((n, i) => [n, i]));
}

function membersOf(v: Json): ServerMember[] {
    const byId = new Map<string, Json>(v.members.map((m: Json) => [m.memberId, m]));
    const order: string[] = v.memberIterationOrder ?? v.members.map((m: Json) => m.memberId);
    const javaCurrent = v.javaIterationOrder?.currentAssignment ?? {};
    const javaTopics: string[] | undefined = v.javaIterationOrder?.subscribedTopics;
    return order.map((memberId, i) => {
        const m = byId.get(memberId)!;
        const pairs: [string, number[]][] = javaCurrent[memberId] ?? Object.entries(m.currentAssignment ?? {});
        // The homogeneous builder lays out the partitions in the first member's subscription-set order.
        const topics = i === 0 && javaTopics && javaTopics.length === m.subscribedTopics.length ? javaTopics : m.subscribedTopics;
        return { memberId, instanceId: m.instanceId ?? undefined, topics, current: new Map(pairs) };
    });
}

const asSets = (a: ServerAssignment): Record<string, Record<string, number[]>> =>
    Object.fromEntries([...a].map(([m, topics]) => [m, Object.fromEntries([...topics].filter(([, ps]) => ps.length > 0).map(([t, ps]) => [t, [...ps].sort((x, y) => x - y)]))]));

const normalise = (expected: Record<string, Record<string, number[]>>) =>
    Object.fromEntries(Object.entries(expected).map(([m, topics]) => [m, Object.fromEntries(Object.entries(topics).map(([t, ps]) => [t, [...ps].sort((x, y) => x - y)]))]));

for (const [section, assignor] of [['uniformAssignor', 'uniform'], ['serverRangeAssignor', 'range']] as const) {
    describe(`${section} vectors (kafka-vectors-4x.json)`, () => {
        const vectors = entries4x(section);
        it('the fixture has cases', () => expect(vectors.length).toBeGreaterThan(0));
        for (const v of vectors) {
            it(`${v.name} — ${cite(v)}`, () => {
                const result = serverAssign(v.assignor ?? assignor, {
                    members: membersOf(v),
                    partitionsPerTopic: new Map(Object.entries(v.topics as Record<string, Json>).map(([t, d]) => [t, d.partitions])),
                    topicRank: uuidRank(v.topics),
                    subscriptionType: v.subscriptionType,
                    kafkaVersion: v.kafkaVersion
                });
                if (v.expectedEmptyGroupAssignment) {
                    expect(result.size).toBe(0);
                    return;
                }
                const got = asSets(result);
                // Members Kafka leaves out of the map hold nothing; compare every member named on either side.
                for (const m of new Set([...Object.keys(got), ...Object.keys(v.expected)])) {
                    expect(got[m] ?? {}, m).toEqual(normalise(v.expected)[m] ?? {});
                }
            });
        }
    });
}

describe('the release picks the uniform algorithm (KAFKA-18688)', () => {
    const members = ['A', 'B', 'C'].map((memberId) => ({ memberId, topics: ['t'] }));
    const spec = (kafkaVersion: string) => ({ members, partitionsPerTopic: new Map([['t', 2]]), kafkaVersion });
    it('4.0: the first members take the extra partitions', () => {
        expect(asSets(serverAssign('uniform', spec('4.0')))).toEqual({ A: { t: [0] }, B: { t: [1] }, C: {} });
    });
    it('4.1 and later: the last members take them', () => {
        expect(asSets(serverAssign('uniform', spec('4.1')))).toEqual({ A: {}, B: { t: [0] }, C: { t: [1] } });
        expect(asSets(serverAssign('uniform', spec('4.2')))).toEqual({ A: {}, B: { t: [0] }, C: { t: [1] } });
    });
});

describe('a rebalance starts from the current target assignment', () => {
    it('uniform: a member leaving hands only its own partitions over', () => {
        const current = { A: [0, 1], B: [2, 3], C: [4, 5] };
        const members = ['A', 'B'].map((memberId) => ({ memberId, topics: ['t'], current: new Map([['t', current[memberId as 'A' | 'B']]]) }));
        const after = asSets(serverAssign('uniform', { members, partitionsPerTopic: new Map([['t', 6]]) }));
        expect(after.A.t).toEqual(expect.arrayContaining([0, 1]));
        expect(after.B.t).toEqual(expect.arrayContaining([2, 3]));
        expect([...after.A.t, ...after.B.t].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    });
    it('uniform heterogeneous: kept partitions stay unless balance needs them; totals even out', () => {
        const members: ServerMember[] = [
            { memberId: 'A', topics: ['x', 'y'], current: new Map([['x', [0, 1, 2, 3]], ['y', [0, 1]]]) },
            { memberId: 'B', topics: ['x'] }
        ];
        const after = asSets(serverAssign('uniform', { members, partitionsPerTopic: new Map([['x', 4], ['y', 2]]) }));
        // A alone reads y, so balancing moves x partitions until the totals differ by at most one.
        expect(after.A.y).toEqual([0, 1]);
        expect(after.B.x).toHaveLength(3);
        expect(after.A.x).toHaveLength(1);
    });
    it('range ignores the current assignment', () => {
        const members = ['B', 'A'].map((memberId) => ({ memberId, topics: ['t'], current: new Map([['t', memberId === 'B' ? [0, 1, 2] : []]]) }));
        expect(asSets(serverAssign('range', { members, partitionsPerTopic: new Map([['t', 3]]) }))).toEqual({ A: { t: [0, 1] }, B: { t: [2] } });
    });
});

describe('consumer-protocol groups in the model', () => {
    const spec = (protocol: 'classic' | 'consumer', assignor: 'range' | 'uniform' | 'sticky', kafkaVersion?: string) => ({
        name: 'c', brokers: [{ id: 1 }, { id: 2 }, { id: 3 }],
        topics: [{ name: 't', partitions: 2, replicationFactor: 3, minInsyncReplicas: 2, uncleanLeaderElection: false }],
        producers: [], groups: [{ name: 'g', topics: ['t'], members: ['m1', 'm2', 'm3'], assignor, protocol, kafkaVersion }]
    });
    const initial = (s: ReturnType<typeof spec>) => {
        const built = buildCluster(s);
        if (!built.ok) throw new Error('not built');
        return Object.fromEntries([...initialGroupState(built.value.groups[0]).assignment].map(([m, tps]) => [m, tps.map(formatTopicPartition)]));
    };
    it('uniform (4.2) idles the first member; classic range idles the last', () => {
        expect(initial(spec('consumer', 'uniform'))).toEqual({ m1: [], m2: ['t-0'], m3: ['t-1'] });
        expect(initial(spec('consumer', 'uniform', '4.0'))).toEqual({ m1: ['t-0'], m2: ['t-1'], m3: [] });
        expect(initial(spec('classic', 'range'))).toEqual({ m1: ['t-0'], m2: ['t-1'], m3: [] });
    });
    it('a classic assignor in a consumer group runs the broker default (uniform)', () => {
        const built = buildCluster(spec('consumer', 'sticky'));
        expect(built.ok && built.value.groups[0].assignor).toBe('uniform');
    });
    it('a member leaving: the others keep their partitions (the target starts from the current one)', () => {
        const built = buildCluster({ ...spec('consumer', 'uniform'), topics: [{ name: 't', partitions: 6, replicationFactor: 3, minInsyncReplicas: 2, uncleanLeaderElection: false }] });
        if (!built.ok) throw new Error('not built');
        const group = built.value.groups[0];
        const before = initialGroupState(group);
        const { state } = rebalanceGroup(group, before, ['m1', 'm3'], { kind: 'member-left', member: 'm2' });
        for (const m of ['m1', 'm3']) {
            const kept = new Set(state.assignment.get(m)!.map(formatTopicPartition));
            for (const tp of before.assignment.get(m)!) expect(kept.has(formatTopicPartition(tp))).toBe(true);
        }
        expect([...state.assignment.values()].flat()).toHaveLength(6);
    });
});
