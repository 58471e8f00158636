import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignReplicasToBrokers, explicitAssignmentProblem, placeTopic, rackAlternatedBrokerList, type BrokerSpec } from '../../simulator/index.js';
import { brokers, topic } from './helpers.js';

describe('assignReplicasToBrokers', () => {
    it('sorts the brokers by id itself', () => {
        const shuffled = brokers(4, 0, 3, 1, 2);
        expect(assignReplicasToBrokers(shuffled, 3, 2)).toEqual(assignReplicasToBrokers(brokers(0, 1, 2, 3, 4), 3, 2));
    });

    it('validates in Kafka\'s order: partitions, RF, RF > brokers, racks', () => {
        expect(assignReplicasToBrokers(brokers(1), 0, 0)).toEqual({ ok: false, error: { kind: 'invalid-partitions', partitions: 0 } });
        expect(assignReplicasToBrokers(brokers(1), 1, 0)).toEqual({ ok: false, error: { kind: 'invalid-replication-factor', replicationFactor: 0 } });
        expect(assignReplicasToBrokers([{ id: 1, rack: 'a' }], 1, 2)).toEqual({ ok: false, error: { kind: 'replication-factor-exceeds-brokers', replicationFactor: 2, brokers: 1 } });
        expect(assignReplicasToBrokers([{ id: 1, rack: 'a' }, { id: 2 }], 1, 2)).toEqual({ ok: false, error: { kind: 'rack-incomplete', withoutRack: [2] } });
    });

    it('starts at startPartitionId when adding partitions; the follower shift grows at multiples of the broker count', () => {
        const tail = assignReplicasToBrokers(brokers(0, 1, 2, 3, 4), 5, 3, 0, 6);
        expect(tail).toEqual({ ok: true, value: [[1, 2, 3], [2, 3, 4], [3, 4, 0], [4, 0, 1], [0, 2, 3]] });
    });

    const clusterArb = fc
        .record({ n: fc.integer({ min: 1, max: 12 }), racks: fc.integer({ min: 0, max: 5 }), seed: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }) })
        .map(({ n, racks, seed }): BrokerSpec[] => Array.from({ length: n }, (_, i) => (racks === 0 ? { id: i * 3 + 1 } : { id: i * 3 + 1, rack: `r${seed[i] % racks}` })));

    it('gives distinct replicas, RF of them, spread over min(RF, racks) racks (property)', () => {
        fc.assert(
            fc.property(clusterArb, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.nat(12), (bs, partitions, rf, start) => {
                const r = assignReplicasToBrokers(bs, partitions, rf, start);
                if (rf > bs.length) {
                    expect(r.ok).toBe(false);
                    return;
                }
                expect(r.ok).toBe(true);
                if (!r.ok) return;
                const rackOf = new Map(bs.map((b) => [b.id, b.rack] as const));
                const racks = new Set(bs.map((b) => b.rack)).size;
                expect(r.value).toHaveLength(partitions);
                for (const replicas of r.value) {
                    expect(replicas).toHaveLength(rf);
                    expect(new Set(replicas).size).toBe(rf);
                    for (const b of replicas) expect(rackOf.has(b)).toBe(true);
                    if (bs[0].rack !== undefined) expect(new Set(replicas.map((b) => rackOf.get(b))).size).toBe(Math.min(rf, racks));
                }
            })
        );
    });

    it('spreads leaders evenly over the brokers (rack-unaware, property)', () => {
        fc.assert(
            fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 5 }), (n, rounds) => {
                const bs = brokers(...Array.from({ length: n }, (_, i) => i));
                const r = assignReplicasToBrokers(bs, n * rounds, 1);
                const leaders = r.ok ? r.value.map((x) => x[0]) : [];
                for (let b = 0; b < n; b++) expect(leaders.filter((l) => l === b)).toHaveLength(rounds);
            })
        );
    });
});

describe('rackAlternatedBrokerList', () => {
    it('deals racks in name order, brokers in id order', () => {
        expect(rackAlternatedBrokerList([{ id: 5, rack: 'b' }, { id: 1, rack: 'b' }, { id: 2, rack: 'a' }, { id: 9, rack: 'c' }])).toEqual([2, 1, 9, 5]);
    });
});

describe('explicit assignments', () => {
    const bs = brokers(1, 2, 3);
    it('are used as given', () => {
        expect(placeTopic(bs, topic('t', { partitions: 2, replicationFactor: 2, assignment: [[3, 1], [2, 3]] }))).toEqual({ ok: true, value: [[3, 1], [2, 3]] });
    });
    it('name the broken rule', () => {
        expect(explicitAssignmentProblem(bs, topic('t', { partitions: 3, replicationFactor: 2, assignment: [[1, 2], [2, 3]] }))).toEqual({ kind: 'partitions-mismatch', expected: 3, listed: [0, 1] });
        expect(explicitAssignmentProblem(bs, topic('t', { partitions: 2, replicationFactor: 2, assignment: [[1, 2], [2]] }))).toEqual({ kind: 'wrong-size', partition: 1, size: 1, replicationFactor: 2 });
        expect(explicitAssignmentProblem(bs, topic('t', { partitions: 1, replicationFactor: 2, assignment: [[1, 7]] }))).toEqual({ kind: 'unknown-broker', partition: 0, broker: 7 });
        expect(explicitAssignmentProblem(bs, topic('t', { partitions: 1, replicationFactor: 2, assignment: [[2, 2]] }))).toEqual({ kind: 'duplicate-broker', partition: 0, broker: 2 });
        const r = placeTopic(bs, topic('t', { partitions: 1, replicationFactor: 2, assignment: [[2, 2]] }));
        expect(r.ok ? undefined : r.error).toMatchObject({ kind: 'invalid-assignment', reason: 'partition 0 lists broker 2 twice' });
    });
});
