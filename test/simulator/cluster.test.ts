import { describe, expect, it } from 'vitest';
import { buildCluster, describeSkippedTopic, restrictToTopic } from '../../simulator/index.js';
import { brokerRange, brokers, cluster, model, topic } from './helpers.js';

describe('buildCluster', () => {
    it('refuses a cluster without brokers, with a duplicate broker, or with racks on some brokers only', () => {
        expect(buildCluster(cluster({ brokers: [] }))).toEqual({ ok: false, error: { kind: 'no-brokers' } });
        expect(buildCluster(cluster({ brokers: brokers(1, 2, 2) }))).toEqual({ ok: false, error: { kind: 'duplicate-broker', broker: 2 } });
        expect(buildCluster(cluster({ placement: 'admin-utils', brokers: [{ id: 1, rack: 'a' }, { id: 2 }, { id: 3 }] }))).toEqual({ ok: false, error: { kind: 'rack-incomplete', withoutRack: [2, 3] } });
    });

    it('sorts brokers, collects racks and voters', () => {
        const m = model(cluster({ brokers: brokerRange(1, 6, ['rack-b', 'rack-a']).reverse() }));
        expect(m.brokerIds).toEqual([1, 2, 3, 4, 5, 6]);
        expect(m.racks).toEqual(['rack-a', 'rack-b']);
        expect(m.brokersByRack.get('rack-a')).toEqual([2, 4, 6]);
        expect(m.voterMode).toBe('brokers');
        expect(m.voters).toEqual([1, 2, 3, 4, 5, 6]);
        expect(m.majority).toBe(4);
        const dedicated = model(cluster({ controllers: 5 }));
        expect(dedicated.voterMode).toBe('controllers');
        expect(dedicated.voters).toEqual([1, 2, 3, 4, 5]);
        expect(dedicated.majority).toBe(3);
    });

    it('skips a topic whose placement fails and keeps the rest', () => {
        const m = model(cluster({
            topics: [
                topic('ok'),
                topic('too-wide', { replicationFactor: 5 }),
                topic('no-partitions', { partitions: 0 }),
                topic('bad-assignment', { partitions: 2, assignment: [[1, 2, 9], [2, 3, 1]] }),
                topic('ok')
            ]
        }));
        expect(m.topics.map((t) => t.name)).toEqual(['ok']);
        expect(m.skippedTopics).toEqual([
            { topic: 'too-wide', error: { kind: 'replication-factor-exceeds-brokers', replicationFactor: 5, brokers: 3 } },
            { topic: 'no-partitions', error: { kind: 'invalid-partitions', partitions: 0 } },
            { topic: 'bad-assignment', error: expect.objectContaining({ kind: 'invalid-assignment', problem: { kind: 'unknown-broker', partition: 0, broker: 9 } }) },
            { topic: 'ok', error: { kind: 'duplicate-topic' } }
        ]);
    });

    // Kafka's controller refuses these names (ReplicationControlManager.validateNewTopicNames);
    // the real 3.9.1 and 4.4.0 brokers refused 'bad name!' of samples/broken-cluster.
    it('leaves out a topic Kafka refuses by its name: invalid, or colliding with an earlier one', () => {
        const m = model(cluster({
            topics: [
                topic('metrics.raw'),
                topic('bad name!'),
                topic('..'),
                topic('x'.repeat(250)),
                topic('metrics_raw'),
                topic('__internal'),
                topic('metrics-raw')
            ]
        }));
        expect(m.topics.map((t) => t.name)).toEqual(['metrics.raw', '__internal', 'metrics-raw']);
        expect(m.skippedTopics).toEqual([
            { topic: 'bad name!', error: { kind: 'invalid-topic-name', problem: 'illegal-chars' } },
            { topic: '..', error: { kind: 'invalid-topic-name', problem: 'dot' } },
            { topic: 'x'.repeat(250), error: { kind: 'invalid-topic-name', problem: 'too-long' } },
            { topic: 'metrics_raw', error: { kind: 'topic-name-collision', other: 'metrics.raw' } }
        ]);
        expect(describeSkippedTopic(m.skippedTopics[3].error)).toBe("it collides with topic 'metrics.raw' ('.' and '_' count as the same), so Kafka refuses to create it");
        expect(describeSkippedTopic(m.skippedTopics[0].error, 'ko')).toContain('토픽 이름을 거부');
    });

    it('uses an explicit assignment as given and places the others with AdminUtils', () => {
        const m = model(cluster({ placement: 'admin-utils', topics: [topic('explicit', { partitions: 2, assignment: [[3, 1, 2], [2, 3, 1]] }), topic('placed')] }));
        expect(m.topics[0].replicas).toEqual([[3, 1, 2], [2, 3, 1]]);
        expect(m.topics[1].replicas).toEqual([[1, 2, 3], [2, 3, 1], [3, 1, 2]]);
    });

    it('indexes partitions by broker, so a step finds a broker\'s partitions directly', () => {
        const m = model(cluster({ brokers: brokers(1, 2, 3, 4), topics: [topic('a', { partitions: 4, replicationFactor: 2 }), topic('b', { partitions: 2, replicationFactor: 1 })] }));
        expect(m.partitionTable.size).toBe(6);
        for (const b of m.brokerIds) {
            const hosted = [...m.partitionsByBroker.get(b)!].map((g) => `${m.topics[m.partitionTable.topicOf[g]].name}-${m.partitionTable.partitionOf[g]}`);
            const expected = m.topics.flatMap((t) => t.replicas.flatMap((r, p) => (r.includes(b) ? [`${t.name}-${p}`] : [])));
            expect(hosted).toEqual(expected);
        }
    });

    it('resolves producer and group topics, noting the missing ones', () => {
        const m = model(cluster({
            topics: [topic('a'), topic('skipped', { replicationFactor: 9 })],
            producers: [{ name: 'p', topics: ['a', 'skipped', 'nope'], acks: 1 }],
            groups: [{ name: 'g', topics: ['a', 'nope'], members: ['m1', 'm2'], assignor: 'range' }]
        }));
        expect(m.producers[0]).toMatchObject({ topics: [0], missingTopics: ['skipped', 'nope'] });
        expect(m.groups[0]).toMatchObject({ topics: [0], missingTopics: ['nope'], partitionsPerTopic: { a: 3 } });
    });

    it('restricts to one topic for the analysis', () => {
        const m = model(cluster({ topics: [topic('a'), topic('b', { partitions: 2 })] }));
        const sub = restrictToTopic(m, 1);
        expect(sub.topics.map((t) => [t.name, t.index, t.firstPartitionIndex])).toEqual([['b', 0, 0]]);
        expect(sub.partitionTable.size).toBe(2);
        expect([...sub.partitionsByBroker.get(1)!]).toEqual([0, 1]);
    });
});
