import { describe, expect, test } from 'vitest';
import { planChanges } from '../../interop/change-plan.js';
import { clusterText, topologies } from './helpers.js';

async function plan(before: string, after: string, locale: 'en' | 'ko' = 'en') {
    return planChanges(await topologies(clusterText(before)), await topologies(clusterText(after)), locale);
}

const codes = (changes: { code: string; topic: string }[]) => changes.map((c) => `${c.code}:${c.topic}`);

describe('plan: change-safety codes (INTEROP.md §3)', () => {
    test('nothing changes: no change', async () => {
        const text = 'topic t { partitions 3 replication-factor 2 ordering key id config { retention.ms = 7d } }';
        expect(await plan(text, text)).toEqual([]);
    });

    test('partitions-decreased is an error with Kafka words', async () => {
        const changes = await plan('topic t { partitions 4 }', 'topic t { partitions 2 }');
        expect(codes(changes)).toEqual(['partitions-decreased:t']);
        expect(changes[0]).toMatchObject({ severity: 'error', old: 4, new: 2 });
        expect(changes[0].message).toContain('currently has 4 partitions, 2 would not be an increase');
    });

    test('keyed-topic-repartitioned gives the exact moved share, for ordering key and for a keyed producer', async () => {
        const byOrdering = await plan('topic t { partitions 3 ordering key id }', 'topic t { partitions 4 ordering key id }');
        expect(byOrdering).toMatchObject([{ code: 'keyed-topic-repartitioned', severity: 'warning', movedKeyShare: 0.75, old: 3, new: 4 }]);
        expect(byOrdering[0].message).toContain('75 %');
        const byProducer = await plan(
            'topic t { partitions 3 } producer p { produces t key id }',
            'topic t { partitions 6 } producer p { produces t key id }'
        );
        expect(byProducer).toMatchObject([{ code: 'keyed-topic-repartitioned', movedKeyShare: 0.5 }]);
        expect(await plan('topic t { partitions 3 }', 'topic t { partitions 4 }')).toEqual([]);
    });

    test('replication-factor-changed and assignment-changed are information', async () => {
        expect(await plan('topic t { partitions 2 replication-factor 2 }', 'topic t { partitions 2 replication-factor 3 }')).toMatchObject([
            { code: 'replication-factor-changed', severity: 'info', old: 2, new: 3 }
        ]);
        const pinned = await plan('topic t { assignment { 0: [1, 2] 1: [2, 3] } }', 'topic t { assignment { 0: [1, 2] 1: [3, 4] } }');
        expect(pinned).toMatchObject([{ code: 'assignment-changed', severity: 'info', old: [[1, 2], [2, 3]], new: [[1, 2], [3, 4]] }]);
        expect(await plan('topic t { assignment { 0: [1, 2] } }', 'topic t { assignment { 0: [1, 2] } }')).toEqual([]);
    });

    test('topic-deleted, and topic-renamed when a topic with the same settings appears', async () => {
        expect(codes(await plan('topic a { partitions 2 }', ''))).toEqual(['topic-deleted:a']);
        const renamed = await plan('topic a { partitions 2 config { retention.ms = 1d } }', 'topic b { partitions 2 config { retention.ms = 86400000 } }');
        expect(renamed).toMatchObject([{ code: 'topic-renamed', topic: 'b', old: 'a', new: 'b', severity: 'warning' }]);
        expect(codes(await plan('topic a { partitions 2 }', 'topic b { partitions 3 }'))).toEqual(['topic-deleted:a']);
    });

    test('retention-shortened compares in Kafka units, unlimited (-1) included', async () => {
        expect(await plan('topic t { config { retention.ms = 7d } }', 'topic t { config { retention.ms = 1d } }')).toMatchObject([
            { code: 'retention-shortened', key: 'retention.ms', old: 604800000, new: 86400000 }
        ]);
        expect(await plan('topic t { config { retention.ms = 1d } }', 'topic t { config { retention.ms = 86400000 } }')).toEqual([]);
        expect(codes(await plan('topic t { config { retention.bytes = -1 } }', 'topic t { config { retention.bytes = 1GiB } }'))).toEqual(['retention-shortened:t']);
        expect(await plan('topic t { config { retention.ms = 1d } }', 'topic t { config { retention.ms = -1 } }')).toEqual([]);
        // Kafka's default (7 days) counts when the old file set nothing.
        expect(codes(await plan('topic t { }', 'topic t { config { retention.ms = 1h } }'))).toEqual(['retention-shortened:t']);
    });

    test('cleanup-policy-changed, as a set of words', async () => {
        expect(codes(await plan('topic t { config { cleanup.policy = delete } }', 'topic t { config { cleanup.policy = compact } }'))).toEqual(['cleanup-policy-changed:t']);
        expect(await plan('topic t { config { cleanup.policy = compact, delete } }', 'topic t { config { cleanup.policy = "delete,compact" } }')).toEqual([]);
    });

    test('min-insync-raised only above the ISR a scenario reaches', async () => {
        const scenario = 'controllers 3 scenario s { fail broker 1 fail broker 2 }';
        const raised = await plan(
            `topic t { partitions 1 replication-factor 3 min-insync-replicas 1 assignment { 0: [1, 2, 3] } } ${scenario}`,
            `topic t { partitions 1 replication-factor 3 min-insync-replicas 2 assignment { 0: [1, 2, 3] } } ${scenario}`
        );
        expect(raised).toMatchObject([{ code: 'min-insync-raised', old: 1, new: 2, severity: 'warning' }]);
        expect(await plan(
            'topic t { partitions 1 replication-factor 3 min-insync-replicas 1 }',
            'topic t { partitions 1 replication-factor 3 min-insync-replicas 2 }'
        )).toEqual([]);
    });

    test('messages in Korean', async () => {
        const [change] = await plan('topic t { partitions 4 }', 'topic t { partitions 2 }', 'ko');
        expect(change.message).toContain('파티션을 줄일 수 없습니다');
    });
});
