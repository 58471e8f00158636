// StripedReplicaPlacer vectors of shared/vectors/kafka-vectors-4x.json (each names
// its upstream file and release), plus properties of the per-topic seeding.
import { describe, expect, it } from 'vitest';
import {
    BrokerList, buildCluster, MockRandom, placerWordingOf, RackList, stripedLayout, stripedPlace, topicPlacementSeed, type UsableBroker
} from '../../simulator/index.js';
import { cite, entries4x, mockRandomSeed } from './vectors-4x.js';
import type { Json } from './vectors.js';

const usable = (brokers: Json[]): UsableBroker[] => brokers.map((b) => ({ id: b.id, rack: b.rack ?? undefined, fenced: Boolean(b.fenced) }));

describe('StripedReplicaPlacer vectors (kafka-vectors-4x.json)', () => {
    const vectors = entries4x('stripedReplicaPlacer');
    it('the fixture has striped placer cases', () => expect(vectors.length).toBeGreaterThan(0));
    for (const v of vectors) {
        it(`${v.name} — ${cite(v)}`, () => {
            let checked = 0;
            if (Array.isArray(v.calls)) {
                const list = new BrokerList();
                for (const b of v.brokerListAddOrder) list.add(b);
                for (const call of v.calls) expect(list.next(call.next)).toBe(call.expect);
                if (v.emptyList) expect(new BrokerList().next(1)).toBe(v.emptyList['next(1)']);
                checked++;
            }
            if (v.expectedRackNames) {
                const racks = new RackList(new MockRandom(mockRandomSeed(v.rng)), usable(v.brokersInIteratorOrder));
                expect(racks.numTotalBrokers).toBe(v.expectedNumTotalBrokers);
                expect(racks.numUnfencedBrokers).toBe(v.expectedNumUnfencedBrokers);
                expect(racks.rackNames.map((r) => r ?? null)).toEqual(v.expectedRackNames);
                checked++;
            }
            if (v.expectedSuccessivePlacements) {
                const placed = stripedPlace(usable(v.brokersInIteratorOrder), v.expectedSuccessivePlacements.length, v.replicationFactor, new MockRandom(mockRandomSeed(v.rng)));
                expect(placed).toEqual({ ok: true, value: v.expectedSuccessivePlacements });
                checked++;
            }
            for (const c of v.cases ?? []) {
                const racks = new RackList(new MockRandom(mockRandomSeed(c.rng ?? v.rng)), usable(c.brokers));
                const placed = racks.place(c.replicationFactor);
                expect(placed.ok, c.test).toBe(false);
                if (!placed.ok) expect(placed.error.message, c.test).toBe(c.expectMessage);
                checked++;
            }
            expect(checked, 'a case shape this test understands').toBeGreaterThan(0);
        });
    }
});

describe('striped placement in the model', () => {
    const brokers = [1, 2, 3, 4, 5, 6].map((id) => ({ id, rack: `az-${((id - 1) % 3) + 1}` }));

    it('seeds each topic with toPositive(murmur2(utf8(name)))', () => {
        expect(topicPlacementSeed('orders')).toBeGreaterThanOrEqual(0);
        expect(stripedLayout(brokers, 6, 3, topicPlacementSeed('orders'))).toEqual(
            stripedPlace(brokers, 6, 3, new MockRandom(topicPlacementSeed('orders')))
        );
    });

    it("keeps a topic's layout when another topic is added or edited", () => {
        const topic = (name: string, partitions: number) => ({ name, partitions, replicationFactor: 3, minInsyncReplicas: 2, uncleanLeaderElection: false });
        const one = buildCluster({ name: 'c', brokers, topics: [topic('orders', 6)], producers: [], groups: [] });
        const two = buildCluster({ name: 'c', brokers, topics: [topic('payments', 12), topic('orders', 6)], producers: [], groups: [] });
        expect(one.ok && two.ok).toBe(true);
        if (one.ok && two.ok) expect(two.value.topics[1].replicas).toEqual(one.value.topics[0].replicas);
    });

    it('puts every replica of a partition on a different rack when racks allow it', () => {
        const layout = stripedLayout(brokers, 30, 3, topicPlacementSeed('payments'));
        expect(layout.ok).toBe(true);
        if (!layout.ok) return;
        const rackOf = new Map(brokers.map((b) => [b.id, b.rack]));
        for (const replicas of layout.value) expect(new Set(replicas.map((b) => rackOf.get(b))).size).toBe(3);
    });

    it('accepts a partly racked cluster (rackless brokers form one more rack); admin-utils refuses it', () => {
        const partly = [{ id: 1, rack: 'a' }, { id: 2, rack: 'b' }, { id: 3 }];
        const topics = [{ name: 't', partitions: 3, replicationFactor: 3, minInsyncReplicas: 2, uncleanLeaderElection: false }];
        expect(buildCluster({ name: 'c', brokers: partly, topics, producers: [], groups: [] }).ok).toBe(true);
        expect(buildCluster({ name: 'c', brokers: partly, topics, producers: [], groups: [], placement: 'admin-utils' })).toMatchObject({
            ok: false, error: { kind: 'rack-incomplete', withoutRack: [3] }
        });
    });

    it('raises Kafka\'s messages: fenced brokers, too few brokers', () => {
        const fenced = stripedPlace([{ id: 1, fenced: true }, { id: 2, fenced: true }], 1, 1, new MockRandom(17n));
        expect(fenced).toMatchObject({ ok: false, error: { message: 'All brokers are currently fenced.' } });
        const few = stripedPlace([{ id: 1 }], 1, 2, new MockRandom(17n));
        expect(few).toMatchObject({ ok: false, error: { message: 'The target replication factor of 2 cannot be reached because only 1 broker(s) are registered.' } });
    });

    it('words them as the release does: 4.3 added cordoned log directories (KIP-1066)', () => {
        expect(['3.9', '4.2', '4.2.2', '4.3', '4.4.0', undefined].map(placerWordingOf)).toEqual([
            'before-4.3', 'before-4.3', 'before-4.3', 'cordoned-log-dirs', 'cordoned-log-dirs', 'cordoned-log-dirs'
        ]);
        const fenced = stripedPlace([{ id: 1, fenced: true }], 1, 1, new MockRandom(17n), 'cordoned-log-dirs');
        expect(fenced).toMatchObject({ ok: false, error: { message: 'All brokers are currently fenced, or have all their log directories cordoned.' } });
        const few = stripedPlace([{ id: 1 }], 1, 2, new MockRandom(17n), 'cordoned-log-dirs');
        expect(few).toMatchObject({
            ok: false,
            error: { message: 'The target replication factor of 2 cannot be reached because only 1 broker(s) are registered or some brokers have all their log directories cordoned.' }
        });
    });
});
