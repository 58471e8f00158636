// The sticky assignors' path for groups whose members all subscribe to the same topics.
// Source: apache/kafka clients/src/main/java/org/apache/kafka/clients/consumer/internals/AbstractStickyAssignor.java
// (ConstrainedAssignmentBuilder: assignOwnedPartitions, getUnassignedPartitions,
// assignRoundRobin, assignNewPartition); rack-aware steps omitted (members have no rack).
//
// Who keeps an owned partition beyond minQuota depends on the order the members
// are visited in: Java's HashMap order of member ids (java-hash-order.ts).

import { compareStrings, formatTopicPartition, type TopicPartition } from '../topic-partition.js';

export interface ConstrainedResult {
    readonly assignment: Map<string, TopicPartition[]>;
    readonly partitionsTransferringOwnership: Map<string, string>;
}

const byPartitionThenTopic = (a: TopicPartition, b: TopicPartition): number => a.partition - b.partition || compareStrings(a.topic, b.topic);

/**
 * @param consumerToOwnedPartitions every member with its valid owned partitions, iterated in Java HashMap order
 * @param partitionsWithMultiplePreviousOwners "topic-p" keys claimed twice in one generation
 */
export function constrainedAssign(
    partitionsPerTopic: ReadonlyMap<string, number>,
    consumerToOwnedPartitions: ReadonlyMap<string, readonly TopicPartition[]>,
    partitionsWithMultiplePreviousOwners: ReadonlySet<string>
): ConstrainedResult {
    let total = 0;
    for (const n of partitionsPerTopic.values()) total += n;
    const numberOfConsumers = consumerToOwnedPartitions.size;
    const minQuota = Math.floor(total / numberOfConsumers);
    const maxQuota = Math.ceil(total / numberOfConsumers);
    const expectedNumMembersWithOverMinQuota = total % numberOfConsumers;
    let currentNumMembersWithOverMinQuota = 0;

    const assignment = new Map<string, TopicPartition[]>();
    for (const c of consumerToOwnedPartitions.keys()) assignment.set(c, []);
    const maybeRevoked = new Map<string, string>();
    const transferring = new Map<string, string>();
    const unfilledUnderMinQuota: string[] = [];
    let unfilledExactlyMinQuota: string[] = [];
    const assigned = new Set<string>();

    const keep = (consumer: string, tps: readonly TopicPartition[]): void => {
        const list = assignment.get(consumer)!;
        for (const tp of tps) {
            list.push(tp);
            assigned.add(formatTopicPartition(tp));
        }
    };
    const markRevoked = (consumer: string, tps: readonly TopicPartition[]): void => {
        for (const tp of tps) maybeRevoked.set(formatTopicPartition(tp), consumer);
    };

    // 1. Reassign previously owned partitions, up to the quota.
    for (const [consumer, ownedRaw] of consumerToOwnedPartitions) {
        const removedOnce = new Set<string>();
        const owned = [...ownedRaw].sort(byPartitionThenTopic).filter((tp) => {
            const key = formatTopicPartition(tp);
            if (!partitionsWithMultiplePreviousOwners.has(key) || removedOnce.has(key)) return true;
            removedOnce.add(key);
            return false;
        });
        if (owned.length < minQuota) {
            keep(consumer, owned);
            unfilledUnderMinQuota.push(consumer);
        } else if (owned.length >= maxQuota && currentNumMembersWithOverMinQuota < expectedNumMembersWithOverMinQuota) {
            currentNumMembersWithOverMinQuota++;
            if (currentNumMembersWithOverMinQuota === expectedNumMembersWithOverMinQuota) unfilledExactlyMinQuota = [];
            keep(consumer, owned.slice(0, maxQuota));
            markRevoked(consumer, owned.slice(maxQuota));
        } else {
            keep(consumer, owned.slice(0, minQuota));
            markRevoked(consumer, owned.slice(minQuota));
            if (currentNumMembersWithOverMinQuota < expectedNumMembersWithOverMinQuota) unfilledExactlyMinQuota.push(consumer);
        }
    }

    // 2. The rest, topics in name order and partitions ascending.
    const unassigned: TopicPartition[] = [];
    for (const topic of [...partitionsPerTopic.keys()].sort(compareStrings)) {
        const n = partitionsPerTopic.get(topic)!;
        for (let partition = 0; partition < n; partition++) {
            if (!assigned.has(`${topic}-${partition}`)) unassigned.push({ topic, partition });
        }
    }
    unfilledUnderMinQuota.sort(compareStrings);
    unfilledExactlyMinQuota.sort(compareStrings);

    // 3. Round-robin over the unfilled members (a Java iterator over a LinkedList, with removal).
    let cursor = 0;
    for (const tp of unassigned) {
        let consumer: string;
        let fromIterator = true;
        if (cursor < unfilledUnderMinQuota.length) {
            consumer = unfilledUnderMinQuota[cursor++];
        } else if (unfilledUnderMinQuota.length === 0 && unfilledExactlyMinQuota.length === 0) {
            throw new Error('sticky assignor: no more unfilled consumers to be assigned');
        } else if (unfilledUnderMinQuota.length === 0) {
            consumer = unfilledExactlyMinQuota.shift()!;
            fromIterator = false;
        } else {
            cursor = 0;
            consumer = unfilledUnderMinQuota[cursor++];
        }
        const list = assignment.get(consumer)!;
        list.push(tp);
        const key = formatTopicPartition(tp);
        const revokedFrom = maybeRevoked.get(key);
        if ((revokedFrom !== undefined && revokedFrom !== consumer) || partitionsWithMultiplePreviousOwners.has(key)) {
            transferring.set(key, consumer);
        }
        if (list.length === minQuota && fromIterator) {
            unfilledUnderMinQuota.splice(--cursor, 1);
            unfilledExactlyMinQuota.push(consumer);
        } else if (list.length === maxQuota) {
            currentNumMembersWithOverMinQuota++;
        }
    }
    return { assignment, partitionsTransferringOwnership: transferring };
}
