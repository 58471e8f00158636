import { describe, expect, test } from 'vitest';
import type { ClusterDescription } from '../../interop/cluster-description.js';
import { diffTopology, driftLine } from '../../interop/drift.js';
import { liveTopic, topology } from './helpers.js';

const FILE = `cluster c {
    broker 1 { rack "a" }
    broker 2 { rack "b" }
    defaults { min-insync-replicas 2 }
    topic orders { partitions 2 replication-factor 2 config { retention.ms = 7d } }
    topic pinned { assignment { 0: [1, 2] } }
    topic only-in-file { partitions 1 }
    consumer-group billing { consumes orders }
}`;

const topic = liveTopic;

const live: ClusterDescription = {
    brokers: [{ id: 1, host: 'h', port: 1, rack: 'a' }, { id: 2, host: 'h', port: 2, rack: 'b' }],
    brokerConfigs: { 'min.insync.replicas': '2' },
    topics: [topic('orders', [[1, 2], [2, 1]], { 'retention.ms': '604800000' }), topic('pinned', [[1, 2]]), { ...topic('__consumer_offsets', [[1]]), internal: true }],
    groups: [{ name: 'billing', type: 'classic', state: 'Stable', members: [], topics: ['orders'] }],
    unread: [],
    readAt: '2026-11-30T00:00:00Z'
};

describe('diff: the file against the live cluster', () => {
    test('no drift when they agree (7d = 604800000, min ISR from the brokers)', async () => {
        const file = await topology(FILE.replace('topic only-in-file { partitions 1 }', ''));
        expect(diffTopology(file, live)).toEqual([]);
    });

    test('every kind of drift, with file and cluster values', async () => {
        const file = await topology(FILE);
        const changed: ClusterDescription = {
            ...live,
            brokers: [{ id: 1, host: 'h', port: 1, rack: 'z' }, { id: 3, host: 'h', port: 3 }],
            brokerConfigs: {},
            topics: [topic('orders', [[1, 2, 3], [2, 1, 3], [3, 1, 2]], { 'retention.ms': '86400000' }), topic('pinned', [[2, 1]]), topic('stray', [[1]])],
            groups: [{ name: 'other', type: 'consumer', state: 'Stable', members: [], topics: [] }]
        };
        const drift = diffTopology(file, changed);
        expect(drift).toEqual(expect.arrayContaining([
            { kind: 'rack', broker: 1, file: 'a', cluster: 'z' },
            { kind: 'broker-missing-on-cluster', broker: 2, file: 2, cluster: null },
            { kind: 'broker-not-in-file', broker: 3, file: null, cluster: 3 },
            { kind: 'partitions', topic: 'orders', file: 2, cluster: 3 },
            { kind: 'replication-factor', topic: 'orders', file: 2, cluster: 3 },
            { kind: 'config', topic: 'orders', key: 'retention.ms', file: '604800000', cluster: '86400000' },
            { kind: 'config', topic: 'orders', key: 'min.insync.replicas', file: '2', cluster: '1' },
            { kind: 'replicas', topic: 'pinned', partition: 0, file: [1, 2], cluster: [2, 1] },
            { kind: 'topic-missing-on-cluster', topic: 'only-in-file', file: 'only-in-file', cluster: null },
            { kind: 'topic-not-in-file', topic: 'stray', file: null, cluster: 'stray' },
            { kind: 'group-missing-on-cluster', group: 'billing', file: 'billing', cluster: null },
            { kind: 'group-not-in-file', group: 'other', file: null, cluster: 'other' }
        ]));
        expect(drift.some((d) => d.topic === '__consumer_offsets')).toBe(false);
        expect(driftLine({ kind: 'replicas', topic: 'pinned', partition: 0, file: [1, 2], cluster: [2, 1] })).toBe('replicas: topic pinned partition 0: file [1, 2], cluster [2, 1]');
    });
});
