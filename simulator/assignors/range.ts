// RangeAssignor without rack awareness.
// Source: apache/kafka clients/src/main/java/org/apache/kafka/clients/consumer/RangeAssignor.java
// (assignPartitions, assignRanges, TopicAssignmentState). Per topic, the members
// subscribed to it (sorted as in member-order.ts) get consecutive ranges; the
// first `partitions mod members` get one extra. Topics are visited in the Java
// HashMap order of partitionsPerTopic, which only affects list order.

import { JavaHashOrder } from '../java-hash-order.js';
import type { TopicPartition } from '../topic-partition.js';
import { membersInAssignorOrder } from './member-order.js';
import type { MemberSubscription } from './types.js';

export function rangeAssign(
    partitionsPerTopic: Readonly<Record<string, number>>,
    members: readonly MemberSubscription[]
): Record<string, TopicPartition[]> {
    const assignment: Record<string, TopicPartition[]> = {};
    for (const m of members) assignment[m.memberId] = [];
    const ordered = membersInAssignorOrder(members);
    for (const topic of JavaHashOrder.ofStrings(Object.keys(partitionsPerTopic)).keys()) {
        const n = partitionsPerTopic[topic];
        if (!(n > 0)) continue;
        const consumers = ordered.filter((m) => m.topics.includes(topic));
        if (consumers.length === 0) continue;
        const perConsumer = Math.floor(n / consumers.length);
        const withExtra = n % consumers.length;
        let next = 0;
        for (let i = 0; i < consumers.length && next < n; i++) {
            const count = perConsumer + (i < withExtra ? 1 : 0);
            const list = assignment[consumers[i].memberId];
            for (let k = 0; k < count; k++) list.push({ topic, partition: next++ });
        }
    }
    return assignment;
}
