// Share groups' `simple` assignor (simulator/assignors/server/simple-homogeneous.ts),
// ported from apache/kafka 4.2.0 group-coordinator/…/assignor/SimpleHomogeneousAssignmentBuilder.java.
// SimpleAssignorTest (4.2.0) checks it by properties (its maps are keyed by random topic
// ids), so these tests check the same properties plus the exact layouts the port gives.
import { describe, expect, it } from 'vitest';
import { simpleHomogeneousAssign } from '../../simulator/assignors/server/simple-homogeneous.js';
import { formatTopicPartition, type TopicPartition } from '../../simulator/index.js';

const show = (a: Record<string, TopicPartition[]>) => Object.fromEntries(Object.entries(a).map(([m, tps]) => [m, tps.map(formatTopicPartition)]));
const members = (n: number) => Array.from({ length: n }, (_, i) => `M${i}`);
const toMap = (a: Record<string, TopicPartition[]>) => new Map(Object.entries(a));

/** SimpleAssignorTest.assertEveryPartitionGetsAssignment, plus what the builder promises. */
function expectBalanced(assignment: Record<string, TopicPartition[]>, partitions: number, memberCount: number): void {
    const sharing = Math.ceil(memberCount / partitions);
    const perPartition = new Map<string, number>();
    for (const tps of Object.values(assignment)) for (const tp of tps) perPartition.set(formatTopicPartition(tp), (perPartition.get(formatTopicPartition(tp)) ?? 0) + 1);
    expect(perPartition.size, 'every partition is assigned').toBe(partitions);
    expect(Math.max(...perPartition.values()), 'no partition shared beyond ceil(members / partitions)').toBeLessThanOrEqual(sharing);
    const counts = Object.values(assignment).map((tps) => tps.length);
    expect(Math.min(...counts), 'no idle member').toBeGreaterThanOrEqual(1);
    expect(Math.max(...counts) - Math.min(...counts), 'balanced within one').toBeLessThanOrEqual(1);
}

describe('simple assignor, homogeneous (SimpleAssignorTest 4.2.0)', () => {
    it('no more members than partitions: each partition to exactly one member, members balanced', () => {
        const a = simpleHomogeneousAssign({ t1: 3, t3: 2 }, ['A', 'B']);
        expect(show(a)).toEqual({ A: ['t1-0', 't1-2', 't3-1'], B: ['t1-1', 't3-0'] });
        expectBalanced(a, 5, 2);
    });

    it('more members than partitions: partitions are shared, nobody idle (5 members, 3 partitions: sharing 2)', () => {
        const a = simpleHomogeneousAssign({ t: 3 }, members(5));
        expect(show(a)).toEqual({ M0: ['t-0', 't-2'], M1: ['t-0'], M2: ['t-1'], M3: ['t-1'], M4: ['t-2'] });
        expectBalanced(a, 3, 5);
    });

    it('no topic with partitions, or no member: an empty assignment', () => {
        expect(show(simpleHomogeneousAssign({}, ['A']))).toEqual({ A: [] });
        expect(show(simpleHomogeneousAssign({ t: 3 }, []))).toEqual({});
    });

    it('testIncrementalAssignmentIncreasingMembersHomogeneous: 24 partitions, members joining one at a time up to 101', () => {
        let previous = new Map<string, readonly TopicPartition[]>();
        for (let n = 1; n <= 101; n++) {
            const a = simpleHomogeneousAssign({ t: 24 }, members(n), previous);
            expectBalanced(a, 24, n);
            previous = toMap(a);
        }
    });

    it('testIncrementalAssignmentDecreasingMembersHomogeneous: 101 members leaving one at a time', () => {
        let previous = toMap(simpleHomogeneousAssign({ t: 24 }, members(101)));
        for (let n = 100; n >= 1; n--) {
            const a = simpleHomogeneousAssign({ t: 24 }, members(n), previous);
            expectBalanced(a, 24, n);
            previous = toMap(a);
        }
    });

    it('a member leaving: the others keep what they had (stickiness), its partitions move', () => {
        const before = simpleHomogeneousAssign({ t: 6 }, members(3));
        const after = simpleHomogeneousAssign({ t: 6 }, ['M0', 'M2'], toMap(before));
        for (const m of ['M0', 'M2']) for (const tp of before[m]) expect(after[m].map(formatTopicPartition)).toContain(formatTopicPartition(tp));
        expectBalanced(after, 6, 2);
    });

    it('a topic the group no longer consumes is revoked', () => {
        const before = simpleHomogeneousAssign({ a: 2, b: 2 }, ['X', 'Y']);
        const after = simpleHomogeneousAssign({ a: 2 }, ['X', 'Y'], toMap(before));
        expect(Object.values(after).flat().every((tp) => tp.topic === 'a')).toBe(true);
        expectBalanced(after, 2, 2);
    });
});
