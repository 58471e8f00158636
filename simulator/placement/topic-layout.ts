// The layout `placement striped` gives a topic: StripedReplicaPlacer over the
// brokers in ascending id order (all unfenced at creation), fed a MockRandom
// seeded from the topic's name, so one topic's layout never changes when
// another topic is edited (SIMULATION.md §1). Kafka's controller draws from
// one shared java.util.Random instead, so this is a layout Kafka *could* choose.

import type { BrokerId, BrokerSpec, PlacementError, Result } from '../model.js';
import { err, ok } from '../model.js';
import { murmur2, toPositive, utf8Bytes } from '../partitioner.js';
import { MockRandom } from './mock-random.js';
import { stripedPlace } from './striped-replica-placer.js';

/** `toPositive(murmur2(utf8(name)))`: the MockRandom seed of a topic's layout. */
export const topicPlacementSeed = (topicName: string): number => toPositive(murmur2(utf8Bytes(topicName)));

/** The brokers in ascending id order, once per broker list (every topic of a model is placed on the same one). */
const ascendingById = new WeakMap<readonly BrokerSpec[], readonly BrokerSpec[]>();

function sortedById(brokers: readonly BrokerSpec[]): readonly BrokerSpec[] {
    let sorted = ascendingById.get(brokers);
    if (!sorted) ascendingById.set(brokers, (sorted = [...brokers].sort((a, b) => a.id - b.id)));
    return sorted;
}

/** Striped placement of `nPartitions` x `replicationFactor` with MockRandom(seed). */
export function stripedLayout(
    brokers: readonly BrokerSpec[],
    nPartitions: number,
    replicationFactor: number,
    seed: number | bigint
): Result<BrokerId[][], PlacementError> {
    if (!(nPartitions > 0)) return err({ kind: 'invalid-partitions', partitions: nPartitions });
    if (!(replicationFactor > 0)) return err({ kind: 'invalid-replication-factor', replicationFactor });
    if (replicationFactor > brokers.length) {
        return err({ kind: 'replication-factor-exceeds-brokers', replicationFactor, brokers: brokers.length });
    }
    const placed = stripedPlace(sortedById(brokers), nPartitions, replicationFactor, new MockRandom(seed));
    // The checks above cover every error the placer raises on unfenced brokers.
    return placed.ok ? ok(placed.value) : err({ kind: 'invalid-replication-factor', replicationFactor });
}
