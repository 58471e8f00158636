// The matrix's rows (topics, expanded partitions), the rows in a window of
// pixels (what the virtualised renderer draws), a topic folded per broker and
// a replica's role now (the server sends replicas as broker ids) and before the last step.
import { afterEach, describe, expect, test } from 'vitest';
import { matrixColumns, matrixRows, PARTITION_ROW_HEIGHT, replicaRole, roleBefore, TOPIC_ROW_HEIGHT, topicCells, visibleRows } from '../../extension/webview/app/matrix-rows.js';
import { reset } from '../support/language.js';
import { failBroker, open, partition, sample, topic, view } from './helpers.js';

afterEach(reset);

describe('the broker × partition matrix', () => {
    test('columns rack by rack; rows: a topic, then its partitions when expanded', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const r = await view(uri, 'order-platform', [failBroker(1)]);
        const v = r.view!;
        expect(matrixColumns(v).map((c) => [c.broker.id, c.rackStart])).toEqual([[1, true], [2, true], [3, true]]);
        const { rows, height } = matrixRows(v.topics, (t) => t.name === 'order-created');
        expect(rows.map((row) => (row.kind === 'topic' ? row.topic.name : `P${row.partition.partition}`))).toEqual(['order-created', 'P0', 'P1', 'P2', 'payment-completed', 'stock-reserved']);
        expect(height).toBe(3 * TOPIC_ROW_HEIGHT + 3 * PARTITION_ROW_HEIGHT);
        expect(rows[4].top).toBe(TOPIC_ROW_HEIGHT + 3 * PARTITION_ROW_HEIGHT);
    });

    test('a topic folded per broker: leaders, replicas, out of sync, changed', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const r = await view(uri, 'order-platform', [failBroker(1)]);
        const cells = topicCells(topic(r, 'order-created'));
        expect(cells.get(1)).toEqual({ leaders: 0, replicas: 3, outOfSync: 3, changed: true });
        expect(cells.get(2)).toEqual({ leaders: 2, replicas: 3, outOfSync: 0, changed: true });
        expect(cells.get(3)).toEqual({ leaders: 1, replicas: 3, outOfSync: 0, changed: false });
        const p0 = partition(r, 'order-created', 0);
        expect([1, 2, 3].map((b) => roleBefore(p0, b))).toEqual(['leader', 'in-sync', 'in-sync']);
        const healthy = await view(uri, 'order-platform', []);
        expect(roleBefore(partition(healthy, 'order-created', 0), 1)).toBeUndefined();
    });

    test("a replica's role follows from the partition's leader, ISR and ELR", async () => {
        const uri = await open(sample('order-platform.kafka'));
        const healthy = partition(await view(uri, 'order-platform', []), 'order-created', 0);
        expect(healthy.replicas.map((b) => replicaRole(healthy, b))).toEqual(['leader', 'in-sync', 'in-sync']);
        const r = await view(uri, 'order-platform', [failBroker(1)]);
        const p0 = partition(r, 'order-created', 0);
        expect(p0.replicas.map((b) => replicaRole(p0, b))).toEqual(['out-of-sync', 'leader', 'in-sync']);
        // Below min ISR with ELR on (KIP-966, the newest release's default): the replica fenced last stays eligible.
        const five = await open(`cluster five {
    placement admin-utils
    broker 1 { } broker 2 { } broker 3 { } broker 4 { } broker 5 { }
    topic t { partitions 1 replication-factor 3 min-insync-replicas 2 }
}`);
        const elr = partition(await view(five, 'five', [failBroker(1), failBroker(2)]), 't', 0);
        expect(elr).toMatchObject({ replicas: [1, 2, 3], leader: 3, isr: [3], elr: [2] });
        expect(elr.replicas.map((b) => replicaRole(elr, b))).toEqual(['out-of-sync', 'elr', 'leader']);
    });

    test('only the rows in a window of pixels are drawn: 500 topics × 6 partitions expanded', () => {
        const topics = Array.from({ length: 500 }, (_, i) => ({
            name: `t${i}`,
            partitions: Array.from({ length: 6 }, (_, p) => ({ partition: p, replicas: [], leader: null, isr: [], health: 'healthy' as const, underMinIsr: false }))
        }));
        const { rows, height } = matrixRows(topics as never, () => true);
        expect(rows).toHaveLength(3500);
        expect(height).toBe(500 * TOPIC_ROW_HEIGHT + 3000 * PARTITION_ROW_HEIGHT);
        const middle = 250 * (TOPIC_ROW_HEIGHT + 6 * PARTITION_ROW_HEIGHT);
        const { start, end } = visibleRows(rows, middle, middle + 1000);
        expect(rows[start]).toMatchObject({ kind: 'topic', top: middle });
        expect(end - start).toBeLessThan(60);
        expect(rows[end - 1].top).toBeLessThan(middle + 1000);
        expect(rows[end]?.top ?? Infinity).toBeGreaterThanOrEqual(middle + 1000);
        expect(visibleRows(rows, height + 10, height + 100)).toEqual({ start: 3500, end: 3500 });
    });
});
