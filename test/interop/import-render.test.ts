import { describe, expect, test } from 'vitest';
import type { ClusterDescription } from '../../interop/cluster-description.js';
import { diffTopology } from '../../interop/drift.js';
import { formatKafkaText } from '../../interop/format-text.js';
import { renderImport } from '../../interop/import-render.js';
import { services, validate } from '../support/language.js';
import { topology } from './helpers.js';

const live: ClusterDescription = {
    clusterId: 'q1Sh-9_ISia_zwGINzRvyQ',
    controllerId: 2,
    brokers: [
        { id: 2, host: '127.0.0.1', port: 9093, rack: 'az-2' },
        { id: 1, host: '127.0.0.1', port: 9092, rack: 'az-1' },
        { id: 3, host: '127.0.0.1', port: 9094, rack: 'az-3' }
    ],
    quorum: { leaderId: 1, voters: [1, 2, 3], observers: [] },
    features: { 'metadata.version': 27, 'group.version': 1, 'transaction.version': 2 },
    release: '4.1',
    brokerConfigs: { 'min.insync.replicas': '2' },
    topics: [
        {
            name: 'orders', internal: false,
            partitions: [
                { partition: 0, replicas: [1, 2, 3], leader: 1, isr: [1, 2, 3], offlineReplicas: [] },
                { partition: 1, replicas: [2, 3, 1], leader: 3, isr: [1, 3], offlineReplicas: [] }
            ],
            configs: { 'retention.ms': '604800000', 'cleanup.policy': 'compact,delete', 'segment.bytes': '268435456', 'message.timestamp.type': 'LogAppendTime' }
        },
        { name: '2fa-codes', internal: false, partitions: [{ partition: 0, replicas: [3], leader: -1, isr: [3], offlineReplicas: [3] }], configs: {} },
        { name: 'key', internal: false, partitions: [{ partition: 0, replicas: [1, 2], leader: 1, isr: [1, 2], offlineReplicas: [] }], configs: { 'compression.type': 'producer' } }
    ],
    groups: [
        {
            name: 'billing', type: 'classic', state: 'Stable', assignor: 'range',
            members: [{ memberId: 'consumer-billing-1-5f0c', topics: ['orders'] }, { memberId: 'consumer-billing-2-77aa', topics: ['orders'] }],
            topics: ['orders']
        },
        { name: 'audit', type: 'classic', state: 'Empty', members: [], topics: ['orders', '__consumer_offsets'] },
        { name: 'ghost', type: 'classic', state: 'Empty', members: [], topics: [] }
    ],
    unread: ['share groups: the cluster has share.version 0.'],
    readAt: '2026-11-30T11:00:00Z'
};

async function imported(): Promise<string> {
    return formatKafkaText(services, renderImport(live, { cluster: 'shop', bootstrap: '127.0.0.1:9092' }));
}

describe('import rendering', () => {
    test('writes a formatted file that parses and checks without syntax errors', async () => {
        const text = await imported();
        expect(await formatKafkaText(services, text)).toBe(text);
        const { diagnostics } = await validate(text);
        // Other diagnostics are findings about the real cluster (here: min ISR 2 over RF 1).
        expect(diagnostics.filter((d) => d.code === 'syntax-error' || d.code === 'unresolved-reference')).toEqual([]);
        expect(diagnostics.map((d) => d.code)).toContain('min-insync-exceeds-replication-factor');
    });

    test('the file read back has no drift against the cluster it came from', async () => {
        const back = await topology(await imported());
        expect(diffTopology(back, live).filter((d) => d.kind !== 'group-topics' && d.kind !== 'group-not-in-file')).toEqual([]);
        expect(back.topics.find((t) => t.name === 'orders')?.assignment).toEqual([[1, 2, 3], [2, 3, 1]]);
        expect(back.brokers).toEqual([
            { id: 1, rack: 'az-1', host: '127.0.0.1:9092' }, { id: 2, rack: 'az-2', host: '127.0.0.1:9093' }, { id: 3, rack: 'az-3', host: '127.0.0.1:9094' }
        ]);
    });

    test('units are shown in the largest exact unit; names that are keywords or start with a digit are quoted', async () => {
        const text = await imported();
        expect(text).toContain('retention.ms = 7d');
        expect(text).toContain('segment.bytes = 256MiB');
        expect(text).toContain('cleanup.policy = compact, delete');
        expect(text).toContain('topic "2fa-codes" {');
        expect(text).toContain('topic "key" {');
        expect(text).toContain('compression.type = producer');
    });

    test('live state, producers and what was not read are dated comments, never declarations', async () => {
        const text = await imported();
        expect(text).toMatch(/^\/\/ Imported by 'kafka-topology import' from 127\.0\.0\.1:9092 at 2026-11-30T11:00:00Z\./);
        expect(text).toContain('//   offline partitions: 2fa-codes-0');
        expect(text).toContain('//   under-replicated partitions: orders-1 ISR [1, 3] of [2, 3, 1]');
        expect(text).toContain('//   orders leaders: [1, 3]');
        expect(text).toContain('Kafka does not record which clients write to a topic');
        expect(text).not.toMatch(/^\s*producer /m);
        expect(text).toContain('// Not read: share groups: the cluster has share.version 0.');
        expect(text).toContain('group ghost (Empty, 0 member(s)) consumes no imported topic; not declared');
    });

    test('groups keep protocol, assignor, members and the imported topics they consume', async () => {
        const text = await imported();
        expect(text).toMatch(/consumer-group billing \{\n\s+consumes orders\n\s+members \[consumer-billing-1-5f0c, consumer-billing-2-77aa\]\n\s+assignor range\n\s+\}/);
        expect(text).toMatch(/consumer-group audit \{\n\s+consumes orders\n\s+members 0\n\s+\}/);
    });

    test('cluster-wide settings become defaults; brokers vote, so no controllers line', async () => {
        const text = await imported();
        expect(text).toMatch(/defaults \{\n\s+min-insync-replicas 2\n\s+\}/);
        expect(text).not.toContain('controllers ');
        const dedicated = renderImport({ ...live, quorum: { leaderId: 3000, voters: [3000, 3001, 3002], observers: [1, 2, 3] } }, { cluster: 'shop', bootstrap: 'x:1' });
        expect(dedicated).toContain('controllers 3');
    });
});
