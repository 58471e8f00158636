import { describe, expect, it } from 'vitest';
import { groupStatus, initialState, partitionStatus, producerStatus, quorumStatus, topicStatus } from '../../simulator/index.js';
import { cluster, dedicatedControllers, fail, model, orderPlatform, run, topic } from './helpers.js';

describe('derived views', () => {
    it('partition status follows SIMULATION.md §2 (under min ISR uses the configured value)', () => {
        const m = model(cluster({ controllers: 1, topics: [topic('t', { partitions: 1, minInsyncReplicas: 4, assignment: [[1, 2, 3]] })] }));
        const healthy = partitionStatus(m, initialState(m), 0, 0);
        expect(healthy).toMatchObject({ leader: 1, isr: [1, 2, 3], writable: true, underReplicated: false, underMinIsr: true, offline: false, effectiveMinIsr: 3 });
        const down = partitionStatus(m, run(m, fail(2), fail(3), fail(1)), 0, 0);
        expect(down).toMatchObject({ leader: null, leaderAlive: false, isr: [1], deadIsr: [1], writable: false, writableLeaderOnly: false, readable: false, offline: true, underReplicated: true });
    });

    it('topic and producer status: acks=1 producers only need live leaders', () => {
        const spec = orderPlatform();
        const m = model({ ...spec, controllers: 1, producers: [...spec.producers, { name: 'fast', topics: ['order-created'], acks: 1 }, { name: 'ghost', topics: ['nope'], acks: 0 }] });
        const s = run(m, fail(1), fail(2));
        expect(topicStatus(m, s, 0)).toEqual({ topic: 'order-created', partitions: 3, writable: 0, readable: 3, underReplicated: 3, underMinIsr: 3, offline: 0 });
        expect(producerStatus(m, s, 0)).toMatchObject({ name: 'order-service', acks: 'all', canWrite: false, blocked: [{ topic: 'order-created', partition: 0 }, { topic: 'order-created', partition: 1 }, { topic: 'order-created', partition: 2 }] });
        expect(producerStatus(m, s, 1)).toMatchObject({ canWrite: true, blocked: [] });
        expect(producerStatus(m, s, 2)).toMatchObject({ canWrite: true, missingTopics: ['nope'] });
    });

    it('group status lists idle members and the partitions whose leader is down', () => {
        const m = model({ ...dedicatedControllers(), groups: [{ name: 'g', topics: ['page-views'], members: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], assignor: 'range' }] });
        const healthy = groupStatus(m, initialState(m), 0);
        expect(healthy.idle).toEqual(['g']);
        expect(healthy.balanced).toBe(false);
        expect(healthy.assignment.a).toEqual(['page-views-0']);
        const s = run(m, { kind: 'fail-controller', controller: 1 }, { kind: 'fail-controller', controller: 2 }, fail(1));
        const stalled = groupStatus(m, s, 0).stalled;
        const ledBy1 = m.topics[0].replicas.flatMap((r, p) => (r[0] === 1 ? [p] : []));
        expect(stalled.map((x) => x.partitionNumber)).toEqual(ledBy1);
        expect(stalled.every((x) => x.leader === 1)).toBe(true);
    });

    it('quorum status names the dead voters', () => {
        const m = model(dedicatedControllers());
        expect(quorumStatus(m, run(m, { kind: 'fail-controller', controller: 3 }))).toEqual({ voters: 3, alive: 2, majority: 2, hasQuorum: true, mode: 'controllers', deadVoters: [3] });
    });
});
