// Partition health, judged once in the simulator (simulator/health.ts) for the
// failover view and the CLI: offline > not writable (acks=all) > under-replicated > healthy.
import { describe, expect, it } from 'vitest';
import { healthOf, noHealthCounts, partitionStatus, snapshot, worseHealth, PARTITION_HEALTHS, type PartitionHealth } from '../../simulator/index.js';
import { cluster, fail, model, run, topic } from './helpers.js';

describe('partition health', () => {
    // Three brokers, one partition on all three, min ISR 2; dedicated controllers keep the quorum whatever fails.
    const m = model(cluster({ controllers: 3, topics: [topic('t', { partitions: 1 })] }));
    const healthAfter = (...failed: number[]) => healthOf(partitionStatus(m, run(m, ...failed.map(fail)), 0, 0));

    it('follows what clients can still do as brokers fail', () => {
        expect(healthAfter()).toBe('healthy');
        expect(healthAfter(1)).toBe('under-replicated');
        expect(healthAfter(1, 2)).toBe('not-writable');
        expect(healthAfter(1, 2, 3)).toBe('offline');
    });

    it('judges a JSON snapshot the same way as the live status', () => {
        for (const failed of [[], [1], [1, 2], [1, 2, 3]]) {
            const state = run(m, ...failed.map(fail));
            expect(healthOf(snapshot(m, state, 'x', []).partitions[0])).toBe(healthOf(partitionStatus(m, state, 0, 0)));
        }
    });

    it('orders worst first, and a topic is as healthy as its worst partition', () => {
        expect(PARTITION_HEALTHS).toEqual(['offline', 'not-writable', 'under-replicated', 'healthy']);
        const all: PartitionHealth[] = [...PARTITION_HEALTHS];
        for (const a of all) {
            for (const b of all) expect(worseHealth(a, b)).toBe(all[Math.min(all.indexOf(a), all.indexOf(b))]);
        }
        expect(Object.keys(noHealthCounts()).sort()).toEqual([...all].sort());
        expect(Object.values(noHealthCounts())).toEqual([0, 0, 0, 0]);
    });
});
