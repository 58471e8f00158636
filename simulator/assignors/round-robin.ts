// RoundRobinAssignor.
// Source: apache/kafka clients/src/main/java/org/apache/kafka/clients/consumer/RoundRobinAssignor.java
// All members sorted (member-order.ts) form one circular cursor that is never
// reset; the subscribed topics (string order, only those with metadata) are
// dealt partition by partition, skipping members not subscribed to the topic.

import { compareStrings, type TopicPartition } from '../topic-partition.js';
import { membersInAssignorOrder } from './member-order.js';
import type { MemberSubscription } from './types.js';

export function roundRobinAssign(
    partitionsPerTopic: Readonly<Record<string, number>>,
    members: readonly MemberSubscription[]
): Record<string, TopicPartition[]> {
    const assignment: Record<string, TopicPartition[]> = {};
    for (const m of members) assignment[m.memberId] = [];
    if (members.length === 0) return assignment;
    const sorted = membersInAssignorOrder(members);
    const subscribed = sorted.map((m) => new Set(m.topics));
    const topics = [...new Set(members.flatMap((m) => m.topics))].sort(compareStrings);
    let cursor = 0;
    for (const topic of topics) {
        const n = partitionsPerTopic[topic];
        if (n === undefined) continue;
        for (let partition = 0; partition < n; partition++) {
            while (!subscribed[cursor].has(topic)) cursor = (cursor + 1) % sorted.length;
            assignment[sorted[cursor].memberId].push({ topic, partition });
            cursor = (cursor + 1) % sorted.length;
        }
    }
    return assignment;
}
