// The first pass of the sticky assignors: are all subscriptions equal, and which
// claimed partitions does each member still validly own?
// Source: apache/kafka clients/src/main/java/org/apache/kafka/clients/consumer/internals/AbstractStickyAssignor.java
// (allSubscriptionsEqual). Members are visited in the Java HashMap order of the
// subscriptions map; a partition claimed twice in one generation is dropped from
// both and remembered as "claimed by multiple previous owners", across
// generations the higher generation keeps it.

import { formatTopicPartition, type TopicPartition } from '../topic-partition.js';

export const DEFAULT_GENERATION = -1;

/** A member as the sticky assignor reads it (Kafka's Subscription + MemberData). */
export interface StickyMember {
    readonly memberId: string;
    readonly topics: readonly string[];
    readonly owned: readonly TopicPartition[];
    /** undefined = Optional.empty(). */
    readonly generation: number | undefined;
}

export interface Ownership {
    readonly allSubscriptionsEqual: boolean;
    /** Member -> still-valid owned partitions, in subscription iteration order. */
    readonly consumerToOwnedPartitions: Map<string, TopicPartition[]>;
    /** "topic-p" keys claimed by two members of the same generation. */
    readonly partitionsWithMultiplePreviousOwners: Set<string>;
    readonly maxGeneration: number;
}

export function collectOwnership(
    partitionsPerTopic: ReadonlyMap<string, number>,
    membersInIterationOrder: readonly StickyMember[]
): Ownership {
    let allEqual = true;
    const subscribedTopics = new Set<string>();
    const previousOwner = new Map<string, string>();
    const generationOf = new Map(membersInIterationOrder.map((m) => [m.memberId, m.generation ?? DEFAULT_GENERATION] as const));
    const consumerToOwnedPartitions = new Map<string, TopicPartition[]>();
    const multiple = new Set<string>();
    let maxGeneration = DEFAULT_GENERATION;

    const removeFirst = (list: TopicPartition[], key: string): void => {
        const i = list.findIndex((tp) => formatTopicPartition(tp) === key);
        if (i >= 0) list.splice(i, 1);
    };

    for (const member of membersInIterationOrder) {
        const topics = new Set(member.topics);
        if (subscribedTopics.size === 0) {
            for (const t of topics) subscribedTopics.add(t);
        } else if (allEqual && !(topics.size === subscribedTopics.size && [...topics].every((t) => subscribedTopics.has(t)))) {
            allEqual = false;
        }
        const generation = member.generation ?? DEFAULT_GENERATION;
        maxGeneration = Math.max(maxGeneration, generation);
        const owned: TopicPartition[] = [];
        consumerToOwnedPartitions.set(member.memberId, owned);
        for (const tp of member.owned) {
            const count = partitionsPerTopic.get(tp.topic);
            // Kafka only checks that the topic still exists; a partition number out of
            // range cannot come from Kafka itself and is dropped here as well.
            if (count === undefined || !(tp.partition >= 0 && tp.partition < count)) continue;
            const key = formatTopicPartition(tp);
            const other = previousOwner.get(key);
            if (other === undefined) {
                owned.push(tp);
                previousOwner.set(key, member.memberId);
                continue;
            }
            const otherGeneration = generationOf.get(other) ?? DEFAULT_GENERATION;
            if (generation === otherGeneration) {
                multiple.add(key);
                removeFirst(consumerToOwnedPartitions.get(other)!, key);
                previousOwner.set(key, member.memberId);
            } else if (generation > otherGeneration) {
                owned.push(tp);
                removeFirst(consumerToOwnedPartitions.get(other)!, key);
                previousOwner.set(key, member.memberId);
            }
        }
    }
    return { allSubscriptionsEqual: allEqual, consumerToOwnedPartitions, partitionsWithMultiplePreviousOwners: multiple, maxGeneration };
}
