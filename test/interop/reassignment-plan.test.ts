import { describe, expect, test } from 'vitest';
import { pinnedAssignments, planReassignment, reassignmentJson } from '../../interop/reassignment-plan.js';
import { clusterText, topology } from './helpers.js';

describe('plan --export reassignment', () => {
    test('a grown RF keeps every replica and copies one per partition, leaders first as before', async () => {
        const before = await topology(clusterText('topic t { partitions 4 replication-factor 2 }', 5));
        const after = await topology(clusterText('topic t { partitions 4 replication-factor 3 }', 5));
        const plan = planReassignment(before, after);
        expect(plan.reassignment).toHaveLength(4);
        expect(plan.replicasMoved).toBe(4);
        plan.reassignment.forEach((entry, p) => {
            const current = before.topics[0].layout![p];
            expect(entry.replicas.slice(0, 2)).toEqual(current);
            expect(new Set(entry.replicas).size).toBe(3);
        });
        expect(plan.rollback.map((e) => e.replicas)).toEqual(before.topics[0].layout);
    });

    test('a shrunk RF drops the last replicas and moves nothing', async () => {
        const before = await topology(clusterText('topic t { assignment { 0: [1, 2, 3] 1: [2, 3, 4] } }'));
        const after = await topology(clusterText('topic t { partitions 2 replication-factor 2 }'));
        const plan = planReassignment(before, after);
        expect(plan.reassignment.map((e) => e.replicas)).toEqual([[1, 2], [2, 3]]);
        expect(plan.replicasMoved).toBe(0);
        expect(plan.rollback.map((e) => e.replicas)).toEqual([[1, 2, 3], [2, 3, 4]]);
    });

    test('a new pinned assignment lists only the partitions that change', async () => {
        const before = await topology(clusterText('topic t { assignment { 0: [1, 2] 1: [2, 3] } }'));
        const after = await topology(clusterText('topic t { assignment { 0: [1, 2] 1: [3, 4] } }'));
        const plan = planReassignment(before, after);
        expect(plan.reassignment).toEqual([{ topic: 't', partition: 1, replicas: [3, 4] }]);
        expect(plan.rollback).toEqual([{ topic: 't', partition: 1, replicas: [2, 3] }]);
        expect(plan.replicasMoved).toBe(1);
    });

    test("the JSON is kafka-reassign-partitions' format, with a log dir per replica", async () => {
        const json = JSON.parse(reassignmentJson(pinnedAssignments(await topology(clusterText('topic t { assignment { 0: [1, 2] } } topic u { partitions 1 }')))));
        expect(json).toEqual({ version: 1, partitions: [{ topic: 't', partition: 0, replicas: [1, 2], log_dirs: ['any', 'any'] }] });
        expect(JSON.parse(reassignmentJson([]))).toEqual({ version: 1, partitions: [] });
    });
});
