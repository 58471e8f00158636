// A consumer-protocol group of the model as the coordinator assigns it: every
// member subscribes to the group's topics (so the subscription is homogeneous),
// members in declaration order (Kafka iterates a HashMap keyed by member ids the
// file does not have), and a rebalance starts from the previous target assignment.

import type { TopicPartition } from '../../topic-partition.js';
import { serverAssign, type ServerAssignorName } from './index.js';

export function consumerProtocolAssign(
    assignor: ServerAssignorName,
    partitionsPerTopic: Readonly<Record<string, number>>,
    members: readonly string[],
    previous: ReadonlyMap<string, readonly TopicPartition[]> = new Map(),
    kafkaVersion?: string
): Record<string, TopicPartition[]> {
    const topics = Object.keys(partitionsPerTopic);
    const serverMembers = members.map((memberId) => {
        const current = new Map<string, number[]>();
        for (const tp of previous.get(memberId) ?? []) {
            const list = current.get(tp.topic);
            if (list) list.push(tp.partition);
            else current.set(tp.topic, [tp.partition]);
        }
        return { memberId, topics, current };
    });
    const target = serverAssign(assignor, { members: serverMembers, partitionsPerTopic: new Map(Object.entries(partitionsPerTopic)), kafkaVersion });
    const result: Record<string, TopicPartition[]> = {};
    for (const m of members) {
        result[m] = [...(target.get(m) ?? new Map<string, number[]>())].flatMap(([topic, ps]) => ps.map((partition) => ({ topic, partition })));
    }
    return result;
}
