// Share groups (KIP-932): the coordinator's `simple` assignor for a group whose
// members all consume the same topics (a `share-group` block has one `consumes`,
// so the model's share groups are always homogeneous).
// Source: apache/kafka group-coordinator/src/main/java/org/apache/kafka/coordinator/group/assignor/
// SimpleHomogeneousAssignmentBuilder.java (4.2.0; KAFKA-19362). Each partition goes to
// ceil(members / partitions) members and each member gets its share of those
// (partition, member) pairs, so with no more members than partitions every partition
// has one member, and with more, a partition is shared: no member is idle. A rebalance
// keeps what it can of the previous assignment.
// Kafka iterates HashMaps keyed by topic-id partitions and HashSets of member
// indices; the model iterates partitions in topic declaration then partition order
// and member indices ascending (what a HashSet<Integer> of small ints yields).

import type { TopicPartition } from '../../topic-partition.js';

/** `key(topicIndex, partition)` of a target partition. */
type PartitionKey = string;

/** An iterator over a set of member indices, ascending, that supports `remove()` like Java's. */
class AscendingIterator {
    private readonly order: number[];
    private position = 0;

    constructor(private readonly set: Set<number>) {
        this.order = [...set].sort((a, b) => a - b);
    }

    hasNext(): boolean {
        return this.position < this.order.length;
    }

    next(): number {
        return this.order[this.position++];
    }

    remove(): void {
        const member = this.order[--this.position];
        this.order.splice(this.position, 1);
        this.set.delete(member);
    }
}

export function simpleHomogeneousAssign(
    partitionsPerTopic: Readonly<Record<string, number>>,
    members: readonly string[],
    previous: ReadonlyMap<string, readonly TopicPartition[]> = new Map()
): Record<string, TopicPartition[]> {
    const result: Record<string, TopicPartition[]> = {};
    for (const m of members) result[m] = [];
    const topics = Object.keys(partitionsPerTopic);
    const memberCount = members.length;
    if (memberCount === 0 || topics.length === 0) return result;

    const key = (topic: string, partition: number): PartitionKey => `${topic}\u0000${partition}`;
    const target: TopicPartition[] = topics.flatMap((topic) => Array.from({ length: partitionsPerTopic[topic] }, (_, partition) => ({ topic, partition })));
    const targetCount = target.length;
    const desiredSharing = targetCount === 0 ? 0 : Math.floor((memberCount + targetCount - 1) / targetCount);
    const precise = (desiredSharing * targetCount) / memberCount;
    const desired = Array.from({ length: memberCount }, (_, i) => Math.ceil(precise * (i + 1)) - Math.ceil(precise * i));

    // Old assignment per member index, topic by topic (only topics the group still consumes count).
    const old = members.map((m) => {
        const byTopic = new Map<string, number[]>();
        for (const tp of previous.get(m) ?? []) (byTopic.get(tp.topic) ?? byTopic.set(tp.topic, []).get(tp.topic)!).push(tp.partition);
        for (const list of byTopic.values()) list.sort((a, b) => a - b);
        return byTopic;
    });
    /** Members whose assignment changed: a copy of the old one, altered. */
    const changed = new Map<number, Map<string, Set<number>>>();
    const copyOf = (i: number) => {
        let copy = changed.get(i);
        if (!copy) {
            copy = new Map([...old[i]].map(([t, ps]) => [t, new Set(ps)]));
            changed.set(i, copy);
        }
        return copy;
    };
    const byPartition = new Map<PartitionKey, Set<number>>();
    const byMember = new Map<number, Map<PartitionKey, TopicPartition>>();
    const unfilled = new Set<number>();
    const overfilled = new Set<number>();
    const subscribed = new Set(topics);

    // revokeUnassignablePartitions
    for (let i = 0; i < memberCount; i++) {
        let assigned = 0;
        for (const [topic, partitions] of old[i]) {
            if (!subscribed.has(topic)) {
                // A topic the group no longer consumes goes entirely.
                copyOf(i).delete(topic);
                continue;
            }
            for (const partition of partitions) {
                assigned++;
                const k = key(topic, partition);
                (byPartition.get(k) ?? byPartition.set(k, new Set()).get(k)!).add(i);
                (byMember.get(i) ?? byMember.set(i, new Map()).get(i)!).set(k, { topic, partition });
                if (assigned >= desired[i]) copyOf(i);
            }
        }
        if (assigned < desired[i]) unfilled.add(i);
        else if (assigned > desired[i]) overfilled.add(i);
    }

    // revokeOverfilledMembers
    for (const i of [...overfilled].sort((a, b) => a - b)) {
        const mine = byMember.get(i)!;
        for (const [k, tp] of [...mine]) {
            if (mine.size <= desired[i]) break;
            copyOf(i).get(tp.topic)?.delete(tp.partition);
            byPartition.get(k)?.delete(i);
            mine.delete(k);
        }
    }

    // revokeOversharedPartitions
    for (const tp of target) {
        const assignedMembers = byPartition.get(key(tp.topic, tp.partition));
        if (!assignedMembers || assignedMembers.size <= desiredSharing) continue;
        let count = assignedMembers.size;
        for (const i of [...assignedMembers].sort((a, b) => a - b)) {
            if (copyOf(i).get(tp.topic)?.delete(tp.partition)) {
                count--;
                assignedMembers.delete(i);
                byMember.get(i)?.delete(key(tp.topic, tp.partition));
                unfilled.add(i);
            }
            if (count <= desiredSharing) break;
        }
    }

    for (const tp of target) {
        const k = key(tp.topic, tp.partition);
        if (!byPartition.has(k)) byPartition.set(k, new Set());
    }

    // assignRemainingPartitions
    if (unfilled.size > 0) {
        let iterator = new AscendingIterator(unfilled);
        let assignedThisPass = false;
        for (const tp of target) {
            const assignedMembers = byPartition.get(key(tp.topic, tp.partition))!;
            if (assignedMembers.size < desiredSharing) {
                let toMake = desiredSharing - assignedMembers.size;
                while (toMake > 0) {
                    if (!iterator.hasNext()) {
                        if (!assignedThisPass) break;
                        iterator = new AscendingIterator(unfilled);
                        assignedThisPass = false;
                    }
                    const i = iterator.next();
                    if (assignedMembers.has(i)) continue;
                    const copy = copyOf(i);
                    (copy.get(tp.topic) ?? copy.set(tp.topic, new Set()).get(tp.topic)!).add(tp.partition);
                    (byMember.get(i) ?? byMember.set(i, new Map()).get(i)!).set(key(tp.topic, tp.partition), tp);
                    toMake--;
                    assignedThisPass = true;
                    if (byMember.get(i)!.size >= desired[i]) iterator.remove();
                }
            }
            if (unfilled.size === 0) break;
        }
    }

    members.forEach((m, i) => {
        const assignment = changed.get(i) ?? new Map([...old[i]].map(([t, ps]) => [t, new Set(ps)]));
        result[m] = [...assignment].flatMap(([topic, ps]) => [...ps].sort((a, b) => a - b).map((partition) => ({ topic, partition })));
    });
    return result;
}
