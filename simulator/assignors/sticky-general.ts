// The sticky assignors' path for groups whose members subscribe to different topics.
// Source: apache/kafka clients/src/main/java/org/apache/kafka/clients/consumer/internals/AbstractStickyAssignor.java
// (GeneralAssignmentBuilder: prepopulateCurrentAssignments, assignOwnedPartitions,
// getUnassignedPartitions, balance, performReassignments, isBalanced,
// getBalanceScore, reassignPartition, processPartitionMovement; PartitionMovements;
// TopicComparator, SubscriptionComparator, Utils.PartitionComparator).
// Rack-aware steps are omitted (members have no rack). Where Java would throw on
// an inconsistent map lookup, this port skips the candidate instead.

import { JavaHashOrder, topicPartitionHashCode } from '../java-hash-order.js';
import { compareStrings, formatTopicPartition, type TopicPartition } from '../topic-partition.js';
import { DEFAULT_GENERATION, type StickyMember } from './sticky-ownership.js';

const key = formatTopicPartition;

/** The TreeSet of members ordered by (current assignment size, member id). */
class MembersBySize {
    private readonly items: string[] = [];
    constructor(private readonly sizeOf: (member: string) => number) {}

    private compare(a: string, b: string): number {
        return this.sizeOf(a) - this.sizeOf(b) || compareStrings(a, b);
    }
    add(member: string): void {
        if (this.items.includes(member)) return;
        let lo = 0;
        let hi = this.items.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.compare(this.items[mid], member) < 0) lo = mid + 1;
            else hi = mid;
        }
        this.items.splice(lo, 0, member);
    }
    remove(member: string): void {
        const i = this.items.indexOf(member);
        if (i >= 0) this.items.splice(i, 1);
    }
    first(): string {
        return this.items[0];
    }
    last(): string {
        return this.items[this.items.length - 1];
    }
    get size(): number {
        return this.items.length;
    }
    values(): readonly string[] {
        return this.items;
    }
}

interface ConsumerPair {
    readonly src: string;
    readonly dst: string;
}
const pairKey = (p: ConsumerPair): string => JSON.stringify([p.src, p.dst]);

/** `PartitionMovements`: which partitions moved between which members, per topic. */
class PartitionMovements {
    private readonly byTopic = new Map<string, Map<string, JavaHashOrder<TopicPartition>>>();
    private readonly movements = new Map<string, ConsumerPair>();

    private removeRecord(partition: TopicPartition): ConsumerPair {
        const pair = this.movements.get(key(partition))!;
        this.movements.delete(key(partition));
        const forTopic = this.byTopic.get(partition.topic)!;
        const set = forTopic.get(pairKey(pair))!;
        set.delete(partition);
        if (set.size === 0) forTopic.delete(pairKey(pair));
        if (forTopic.size === 0) this.byTopic.delete(partition.topic);
        return pair;
    }

    private addRecord(partition: TopicPartition, pair: ConsumerPair): void {
        this.movements.set(key(partition), pair);
        let forTopic = this.byTopic.get(partition.topic);
        if (!forTopic) this.byTopic.set(partition.topic, (forTopic = new Map<string, JavaHashOrder<TopicPartition>>()));
        let set = forTopic.get(pairKey(pair));
        if (!set) forTopic.set(pairKey(pair), (set = new JavaHashOrder<TopicPartition>((tp) => topicPartitionHashCode(tp.topic, tp.partition), key)));
        set.add(partition);
    }

    movePartition(partition: TopicPartition, oldConsumer: string, newConsumer: string): void {
        if (this.movements.has(key(partition))) {
            const existing = this.removeRecord(partition);
            if (existing.src !== newConsumer) this.addRecord(partition, { src: existing.src, dst: newConsumer });
        } else {
            this.addRecord(partition, { src: oldConsumer, dst: newConsumer });
        }
    }

    /** A partition of the same topic that earlier moved the opposite way is moved back instead. */
    actualPartitionToBeMoved(partition: TopicPartition, oldConsumer: string, newConsumer: string): TopicPartition {
        const forTopic = this.byTopic.get(partition.topic);
        if (!forTopic) return partition;
        const previous = this.movements.get(key(partition));
        const source = previous ? previous.src : oldConsumer;
        const reverse = forTopic.get(pairKey({ src: newConsumer, dst: source }));
        return reverse ? reverse.first()! : partition;
    }
}

/**
 * @param members subscriptions in Java HashMap iteration order, with their member data
 * @param currentAssignment member -> valid owned partitions (from collectOwnership); mutated and returned
 */
export function generalAssign(
    partitionsPerTopic: ReadonlyMap<string, number>,
    members: readonly StickyMember[],
    currentAssignment: Map<string, TopicPartition[]>,
    maxGeneration: number
): Map<string, TopicPartition[]> {
    const subscriptionOf = new Map(members.map((m) => [m.memberId, new Set(m.topics)] as const));
    const topic2AllPotentialConsumers = new Map<string, string[]>();
    for (const t of partitionsPerTopic.keys()) topic2AllPotentialConsumers.set(t, []);
    const consumer2AllPotentialTopics = new Map<string, string[]>();
    for (const m of members) {
        const topics = [...new Set(m.topics)].filter((t) => partitionsPerTopic.has(t));
        consumer2AllPotentialTopics.set(m.memberId, topics);
        for (const t of topics) topic2AllPotentialConsumers.get(t)!.push(m.memberId);
        if (!currentAssignment.has(m.memberId)) currentAssignment.set(m.memberId, []);
    }
    const currentPartitionConsumer = new Map<string, string>();
    for (const [consumer, tps] of currentAssignment) for (const tp of tps) currentPartitionConsumer.set(key(tp), consumer);

    const potentialCount = (topic: string): number => topic2AllPotentialConsumers.get(topic)!.length;
    const sortedAllTopics = [...topic2AllPotentialConsumers.keys()].sort((a, b) => potentialCount(a) - potentialCount(b) || compareStrings(a, b));
    let sortedAllPartitions: TopicPartition[] = [];
    for (const topic of sortedAllTopics) {
        for (let p = 0; p < partitionsPerTopic.get(topic)!; p++) sortedAllPartitions.push({ topic, partition: p });
    }
    const totalPartitionsCount = sortedAllPartitions.length;
    const sortedCurrentSubscriptions = new MembersBySize((c) => currentAssignment.get(c)?.length ?? 0);
    let revocationRequired = false;

    // prepopulateCurrentAssignments: the latest previous owner of each partition, from older generations.
    const prevAssignment = new Map<string, { consumer: string; generation: number }>();
    const updatePrev = (tps: readonly TopicPartition[], consumer: string, generation: number): void => {
        for (const tp of tps) {
            const existing = prevAssignment.get(key(tp));
            if (!existing || generation > existing.generation) prevAssignment.set(key(tp), { consumer, generation });
        }
    };
    for (const m of members) {
        if (m.generation !== undefined && m.generation < maxGeneration) updatePrev(m.owned, m.memberId, m.generation);
        else if (m.generation === undefined && maxGeneration > DEFAULT_GENERATION) updatePrev(m.owned, m.memberId, DEFAULT_GENERATION);
    }
    const partitionMovements = new PartitionMovements();

    // assignOwnedPartitions: keep what is still valid.
    const assignedPartitions = new Set<string>();
    for (const [consumer, tps] of currentAssignment) {
        const subscription = subscriptionOf.get(consumer);
        if (!subscription) {
            for (const tp of tps) currentPartitionConsumer.delete(key(tp));
            currentAssignment.delete(consumer);
            continue;
        }
        const kept: TopicPartition[] = [];
        for (const tp of tps) {
            if (!topic2AllPotentialConsumers.has(tp.topic)) {
                currentPartitionConsumer.delete(key(tp));
            } else if (!subscription.has(tp.topic)) {
                revocationRequired = true;
            } else {
                kept.push(tp);
                assignedPartitions.add(key(tp));
            }
        }
        currentAssignment.set(consumer, kept);
    }
    let unassignedPartitions =
        assignedPartitions.size === 0 ? sortedAllPartitions : sortedAllPartitions.filter((tp) => !assignedPartitions.has(key(tp)));

    for (const c of currentAssignment.keys()) sortedCurrentSubscriptions.add(c);

    const sizeOf = (c: string): number | undefined => currentAssignment.get(c)?.length;
    const getMaxAssignmentSize = (topics: readonly string[]): number =>
        topics.length === partitionsPerTopic.size ? totalPartitionsCount : topics.reduce((n, t) => n + partitionsPerTopic.get(t)!, 0);

    const maybeAssignPartition = (partition: TopicPartition): boolean => {
        for (const consumer of sortedCurrentSubscriptions.values()) {
            if (consumer2AllPotentialTopics.get(consumer)!.includes(partition.topic)) {
                sortedCurrentSubscriptions.remove(consumer);
                currentAssignment.get(consumer)!.push(partition);
                currentPartitionConsumer.set(key(partition), consumer);
                sortedCurrentSubscriptions.add(consumer);
                return true;
            }
        }
        return false;
    };

    const canTopicParticipateInReassignment = (topic: string): boolean => potentialCount(topic) >= 2;
    const canConsumerParticipateInReassignment = (consumer: string): boolean => {
        const current = currentAssignment.get(consumer)!;
        if (current.length < getMaxAssignmentSize(consumer2AllPotentialTopics.get(consumer)!)) return true;
        return current.some((tp) => canTopicParticipateInReassignment(tp.topic));
    };

    const isBalanced = (): boolean => {
        const min = sizeOf(sortedCurrentSubscriptions.first())!;
        const max = sizeOf(sortedCurrentSubscriptions.last())!;
        if (min >= max - 1) return true;
        const owner = new Map<string, string>();
        for (const [consumer, tps] of currentAssignment) for (const tp of tps) owner.set(key(tp), consumer);
        for (const consumer of sortedCurrentSubscriptions.values()) {
            const mine = currentAssignment.get(consumer)!;
            const count = mine.length;
            const topics = consumer2AllPotentialTopics.get(consumer)!;
            if (count === getMaxAssignmentSize(topics)) continue;
            const mineKeys = new Set(mine.map(key));
            for (const topic of topics) {
                const n = partitionsPerTopic.get(topic)!;
                for (let p = 0; p < n; p++) {
                    const k = `${topic}-${p}`;
                    if (mineKeys.has(k)) continue;
                    const other = owner.get(k);
                    const otherCount = other === undefined ? undefined : sizeOf(other);
                    if (otherCount !== undefined && count + 1 < otherCount) return false;
                }
            }
        }
        return true;
    };

    const processPartitionMovement = (partition: TopicPartition, newConsumer: string): void => {
        const oldConsumer = currentPartitionConsumer.get(key(partition))!;
        sortedCurrentSubscriptions.remove(oldConsumer);
        sortedCurrentSubscriptions.remove(newConsumer);
        partitionMovements.movePartition(partition, oldConsumer, newConsumer);
        const oldList = currentAssignment.get(oldConsumer)!;
        const i = oldList.findIndex((tp) => tp.topic === partition.topic && tp.partition === partition.partition);
        if (i >= 0) oldList.splice(i, 1);
        currentAssignment.get(newConsumer)!.push(partition);
        currentPartitionConsumer.set(key(partition), newConsumer);
        sortedCurrentSubscriptions.add(newConsumer);
        sortedCurrentSubscriptions.add(oldConsumer);
    };

    const reassignPartitionTo = (partition: TopicPartition, newConsumer: string): void => {
        const consumer = currentPartitionConsumer.get(key(partition))!;
        processPartitionMovement(partitionMovements.actualPartitionToBeMoved(partition, consumer, newConsumer), newConsumer);
    };

    const reassignPartition = (partition: TopicPartition): void => {
        const newConsumer = sortedCurrentSubscriptions.values().find((c) => consumer2AllPotentialTopics.get(c)!.includes(partition.topic));
        if (newConsumer !== undefined) reassignPartitionTo(partition, newConsumer);
    };

    const performReassignments = (reassignablePartitions: readonly TopicPartition[]): boolean => {
        let reassignmentPerformed = false;
        let modified: boolean;
        do {
            modified = false;
            for (const partition of reassignablePartitions) {
                if (isBalanced()) break;
                const consumer = currentPartitionConsumer.get(key(partition));
                const consumerSize = consumer === undefined ? undefined : sizeOf(consumer);
                if (consumer === undefined || consumerSize === undefined) continue;
                const prev = prevAssignment.get(key(partition));
                const prevSize = prev === undefined ? undefined : sizeOf(prev.consumer);
                if (prev !== undefined && prevSize !== undefined && consumerSize > prevSize + 1) {
                    reassignPartitionTo(partition, prev.consumer);
                    reassignmentPerformed = modified = true;
                    continue;
                }
                for (const other of topic2AllPotentialConsumers.get(partition.topic)!) {
                    const otherSize = sizeOf(other);
                    if (otherSize !== undefined && consumerSize > otherSize + 1) {
                        reassignPartition(partition);
                        reassignmentPerformed = modified = true;
                        break;
                    }
                }
            }
        } while (modified);
        return reassignmentPerformed;
    };

    const balanceScore = (assignment: ReadonlyMap<string, readonly TopicPartition[]>): number => {
        // Sum over member pairs of |size difference|, computed over the sorted sizes.
        const sizes = [...assignment.values()].map((l) => l.length).sort((a, b) => a - b);
        let score = 0;
        let prefix = 0;
        sizes.forEach((s, i) => {
            score += s * i - prefix;
            prefix += s;
        });
        return score;
    };

    // balance()
    if (sortedCurrentSubscriptions.size === 0) return currentAssignment;
    const initializing = sizeOf(sortedCurrentSubscriptions.last()) === 0;
    for (const partition of unassignedPartitions) {
        if (potentialCount(partition.topic) === 0) continue;
        maybeAssignPartition(partition);
    }

    const fixedTopics = new Set(sortedAllTopics.filter((t) => !canTopicParticipateInReassignment(t)));
    const aliased = unassignedPartitions === sortedAllPartitions;
    sortedAllPartitions = sortedAllPartitions.filter((tp) => !fixedTopics.has(tp.topic));
    unassignedPartitions = aliased ? sortedAllPartitions : unassignedPartitions.filter((tp) => !fixedTopics.has(tp.topic));

    const fixedAssignments = new Map<string, TopicPartition[]>();
    for (const consumer of consumer2AllPotentialTopics.keys()) {
        if (!canConsumerParticipateInReassignment(consumer)) {
            sortedCurrentSubscriptions.remove(consumer);
            fixedAssignments.set(consumer, currentAssignment.get(consumer)!);
            currentAssignment.delete(consumer);
        }
    }

    const preBalanceAssignment = new Map([...currentAssignment].map(([c, l]) => [c, [...l]] as const));
    const preBalancePartitionConsumers = new Map(currentPartitionConsumer);

    if (sortedCurrentSubscriptions.size > 0) {
        if (!revocationRequired) performReassignments(unassignedPartitions);
        const reassignmentPerformed = performReassignments(sortedAllPartitions);
        if (!initializing && reassignmentPerformed && balanceScore(currentAssignment) >= balanceScore(preBalanceAssignment)) {
            currentAssignment.clear();
            for (const [c, l] of preBalanceAssignment) currentAssignment.set(c, [...l]);
            currentPartitionConsumer.clear();
            for (const [k, c] of preBalancePartitionConsumers) currentPartitionConsumer.set(k, c);
        }
    }
    for (const [consumer, tps] of fixedAssignments) {
        currentAssignment.set(consumer, tps);
        sortedCurrentSubscriptions.add(consumer);
    }
    return currentAssignment;
}
