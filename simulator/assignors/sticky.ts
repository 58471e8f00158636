// StickyAssignor / the shared core of both sticky assignors.
// Source: apache/kafka clients/src/main/java/org/apache/kafka/clients/consumer/internals/AbstractStickyAssignor.java
// (assignPartitions: constrained path when all subscriptions are equal, general
// path otherwise) and clients/.../consumer/StickyAssignor.java (memberData: the
// eager assignor reads owned partitions from its user data, which
// CollectionUtils.groupPartitionsByTopic serialises topic by topic in HashMap order).
//
// Like Kafka's client (AbstractPartitionAssignor#assign), only subscribed topics
// with at least one partition take part.

import { JavaHashOrder } from '../java-hash-order.js';
import { formatTopicPartition, type TopicPartition } from '../topic-partition.js';
import { constrainedAssign } from './sticky-constrained.js';
import { generalAssign } from './sticky-general.js';
import { collectOwnership, type StickyMember } from './sticky-ownership.js';
import type { MemberSubscription } from './types.js';

export interface StickyOutcome {
    readonly assignment: Map<string, TopicPartition[]>;
    /** Kafka's map on the constrained path; null on the general path (as in Kafka). */
    readonly partitionsTransferringOwnership: Map<string, string> | null;
    readonly path: 'constrained' | 'general';
}

/** Owned partitions in the order StickyAssignor's user data carries them: grouped by topic, topics in HashMap order. */
export function userDataOrder(owned: readonly TopicPartition[]): TopicPartition[] {
    const byTopic = new Map<string, TopicPartition[]>();
    const topics = JavaHashOrder.ofStrings();
    for (const tp of owned) {
        topics.add(tp.topic);
        const list = byTopic.get(tp.topic);
        if (list) list.push(tp);
        else byTopic.set(tp.topic, [tp]);
    }
    return topics.keys().flatMap((t) => byTopic.get(t)!);
}

/** The subscribed topics with partitions, as Kafka's client builds partitionsPerTopic. */
export function subscribedPartitionsPerTopic(
    partitionsPerTopic: Readonly<Record<string, number>>,
    members: readonly MemberSubscription[]
): Map<string, number> {
    const subscribed = new Set(members.flatMap((m) => m.topics));
    const result = new Map<string, number>();
    for (const [topic, n] of Object.entries(partitionsPerTopic)) if (n > 0 && subscribed.has(topic)) result.set(topic, n);
    return result;
}

export function stickyAssign(
    partitionsPerTopic: Readonly<Record<string, number>>,
    members: readonly MemberSubscription[],
    protocol: 'eager' | 'cooperative'
): StickyOutcome {
    if (members.length === 0) return { assignment: new Map(), partitionsTransferringOwnership: new Map(), path: 'constrained' };
    const ppt = subscribedPartitionsPerTopic(partitionsPerTopic, members);
    const byId = new Map(members.map((m) => [m.memberId, m] as const));
    // The subscriptions map is a HashMap filled in the members' order.
    const ordered: StickyMember[] = JavaHashOrder.ofStrings(members.map((m) => m.memberId))
        .keys()
        .map((id) => {
            const m = byId.get(id)!;
            const owned = m.owned ?? [];
            return { memberId: id, topics: m.topics, owned: protocol === 'eager' ? userDataOrder(owned) : owned, generation: m.generation };
        });
    const ownership = collectOwnership(ppt, ordered);
    if (ownership.allSubscriptionsEqual) {
        const r = constrainedAssign(ppt, ownership.consumerToOwnedPartitions, ownership.partitionsWithMultiplePreviousOwners);
        return { assignment: r.assignment, partitionsTransferringOwnership: r.partitionsTransferringOwnership, path: 'constrained' };
    }
    const assignment = generalAssign(ppt, ordered, ownership.consumerToOwnedPartitions, ownership.maxGeneration);
    return { assignment, partitionsTransferringOwnership: null, path: 'general' };
}

/**
 * CooperativeStickyAssignor#computePartitionsTransferringOwnership: partitions newly
 * assigned to one member that another member owned before.
 */
export function addedAndRevoked(
    members: readonly MemberSubscription[],
    assignment: ReadonlyMap<string, readonly TopicPartition[]>
): Map<string, string> {
    const added = new Map<string, string>();
    const revoked = new Set<string>();
    for (const m of members) {
        const owned = new Set((m.owned ?? []).map(formatTopicPartition));
        const assigned = assignment.get(m.memberId) ?? [];
        const assignedKeys = new Set(assigned.map(formatTopicPartition));
        for (const k of assignedKeys) if (!owned.has(k)) added.set(k, m.memberId);
        for (const k of owned) if (!assignedKeys.has(k)) revoked.add(k);
    }
    for (const k of [...added.keys()]) if (!revoked.has(k)) added.delete(k);
    return added;
}
