// What a state means for clients: per partition (leader, ISR, writable with
// acks=all / acks=1, readable, under-replicated, under min ISR, offline), per
// producer, per consumer group, and the quorum. SIMULATION.md §2 definitions.

import type { ClusterModel, TopicModel } from './cluster.js';
import type { Acks, BrokerId } from './model.js';
import { quorumStatus, type QuorumStatus } from './quorum.js';
import { NO_LEADER, servingBrokers, type ClusterState } from './state.js';
import { compareTopicPartitions, formatTopicPartition } from './topic-partition.js';

/** acks=all: a live leader, |ISR| >= min(min.insync.replicas, RF), and every ISR member alive. */
export function isWritableAll(topic: TopicModel, leader: BrokerId | null, isr: readonly BrokerId[], alive: ReadonlySet<BrokerId>): boolean {
    if (leader === null || leader === NO_LEADER || !alive.has(leader)) return false;
    if (isr.length < topic.effectiveMinIsr) return false;
    for (const r of isr) if (!alive.has(r)) return false;
    return true;
}

const leaderAt = (state: ClusterState, t: number, p: number): BrokerId | null => {
    const l = state.topics[t].leaders[p];
    return l === NO_LEADER ? null : l;
};

/** Whether a producer with `acks` can write to the partition: acks=all as above, acks=0/1 only need a live leader. */
export function isWritable(model: ClusterModel, state: ClusterState, topicIndex: number, partition: number, acks: Acks = 'all'): boolean {
    const leader = leaderAt(state, topicIndex, partition);
    const serving = servingBrokers(state);
    if (acks !== 'all') return leader !== null && serving.has(leader);
    return isWritableAll(model.topics[topicIndex], leader, state.topics[topicIndex].isrs[partition], serving);
}

/** Readable: the leader is alive (and registered: a broker waiting for the quorum serves nothing). */
export function isReadable(state: ClusterState, topicIndex: number, partition: number): boolean {
    const leader = leaderAt(state, topicIndex, partition);
    return leader !== null && servingBrokers(state).has(leader);
}

export interface PartitionStatus {
    readonly topic: string;
    readonly topicIndex: number;
    readonly partition: number;
    readonly replicas: readonly BrokerId[];
    readonly leader: BrokerId | null;
    readonly leaderAlive: boolean;
    /** Ascending broker id. */
    readonly isr: readonly BrokerId[];
    /** Eligible leader replicas, ascending. */
    readonly elr: readonly BrokerId[];
    /** Last known ELR, ascending. */
    readonly lastKnownElr: readonly BrokerId[];
    /** ISR members whose process is down (or not registered). */
    readonly deadIsr: readonly BrokerId[];
    readonly replicationFactor: number;
    readonly minInsyncReplicas: number;
    readonly effectiveMinIsr: number;
    /** acks=all produce succeeds. */
    readonly writable: boolean;
    /** acks=1 / acks=0 produce succeeds. */
    readonly writableLeaderOnly: boolean;
    readonly readable: boolean;
    /** |ISR| < RF. */
    readonly underReplicated: boolean;
    /** No live leader or |ISR| < min.insync.replicas (configured value, as kafka-topics reports). */
    readonly underMinIsr: boolean;
    /** No live leader: produce and fetch both fail (kafka-topics --unavailable-partitions). */
    readonly offline: boolean;
}

export function partitionStatus(model: ClusterModel, state: ClusterState, topicIndex: number, partition: number): PartitionStatus {
    const topic = model.topics[topicIndex];
    const leader = leaderAt(state, topicIndex, partition);
    const isr = state.topics[topicIndex].isrs[partition];
    const alive = servingBrokers(state);
    const leaderAlive = leader !== null && alive.has(leader);
    const ascendingCopy = (ids: readonly BrokerId[]): readonly BrokerId[] => (ids.length < 2 ? ids : [...ids].sort((a, b) => a - b));
    return {
        topic: topic.name,
        topicIndex,
        partition,
        replicas: topic.replicas[partition],
        leader,
        leaderAlive,
        isr,
        elr: ascendingCopy(state.topics[topicIndex].elrs[partition]),
        lastKnownElr: ascendingCopy(state.topics[topicIndex].lastKnownElrs[partition]),
        deadIsr: isr.filter((r) => !alive.has(r)),
        replicationFactor: topic.replicationFactor,
        minInsyncReplicas: topic.minInsyncReplicas,
        effectiveMinIsr: topic.effectiveMinIsr,
        writable: isWritableAll(topic, leader, isr, alive),
        writableLeaderOnly: leaderAlive,
        readable: leaderAlive,
        underReplicated: isr.length < topic.replicationFactor,
        underMinIsr: !leaderAlive || isr.length < topic.minInsyncReplicas,
        offline: !leaderAlive
    };
}

export interface TopicStatus {
    readonly topic: string;
    readonly partitions: number;
    readonly writable: number;
    readonly readable: number;
    readonly underReplicated: number;
    readonly underMinIsr: number;
    readonly offline: number;
}

export function topicStatus(model: ClusterModel, state: ClusterState, topicIndex: number): TopicStatus {
    const topic = model.topics[topicIndex];
    let writable = 0;
    let readable = 0;
    let underReplicated = 0;
    let underMinIsr = 0;
    for (let p = 0; p < topic.partitions; p++) {
        const s = partitionStatus(model, state, topicIndex, p);
        if (s.writable) writable++;
        if (s.readable) readable++;
        if (s.underReplicated) underReplicated++;
        if (s.underMinIsr) underMinIsr++;
    }
    return { topic: topic.name, partitions: topic.partitions, writable, readable, underReplicated, underMinIsr, offline: topic.partitions - readable };
}

export interface ProducerStatus {
    readonly name: string;
    readonly acks: Acks;
    /** Every partition of every topic it writes to accepts its writes. */
    readonly canWrite: boolean;
    /** The partitions that do not (keyed records mapped there fail; they are not re-routed). */
    readonly blocked: readonly { readonly topic: string; readonly partition: number }[];
    readonly missingTopics: readonly string[];
}

export function producerStatus(model: ClusterModel, state: ClusterState, producerIndex: number): ProducerStatus {
    const producer = model.producers[producerIndex];
    const blocked: { topic: string; partition: number }[] = [];
    for (const t of producer.topics) {
        for (let p = 0; p < model.topics[t].partitions; p++) {
            if (!isWritable(model, state, t, p, producer.acks)) blocked.push({ topic: model.topics[t].name, partition: p });
        }
    }
    return { name: producer.name, acks: producer.acks, canWrite: blocked.length === 0, blocked, missingTopics: producer.missingTopics };
}

export interface StalledPartition {
    /** "topic-p". */
    readonly partition: string;
    readonly topic: string;
    readonly partitionNumber: number;
    readonly member: string;
    readonly leader: BrokerId | null;
}

export interface GroupStatus {
    readonly name: string;
    /** member -> ["topic-p", ...] sorted by topic then partition; every member present. */
    readonly assignment: Readonly<Record<string, readonly string[]>>;
    readonly idle: readonly string[];
    /** Assigned partitions whose leader is not alive: their member cannot fetch them. */
    readonly stalled: readonly StalledPartition[];
    readonly balanced: boolean;
}

export function groupStatus(model: ClusterModel, state: ClusterState, groupIndex: number): GroupStatus {
    const g = state.groups[groupIndex];
    const assignment: Record<string, string[]> = {};
    const idle: string[] = [];
    const stalled: StalledPartition[] = [];
    for (const member of g.members) {
        const tps = [...(g.assignment.get(member) ?? [])].sort(compareTopicPartitions);
        assignment[member] = tps.map(formatTopicPartition);
        if (tps.length === 0) idle.push(member);
        for (const tp of tps) {
            const t = model.topicIndex.get(tp.topic);
            if (t === undefined || isReadable(state, t, tp.partition)) continue;
            stalled.push({ partition: formatTopicPartition(tp), topic: tp.topic, partitionNumber: tp.partition, member, leader: leaderAt(state, t, tp.partition) });
        }
    }
    stalled.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partitionNumber - b.partitionNumber));
    return { name: model.groups[groupIndex].name, assignment, idle, stalled, balanced: idle.length === 0 && stalled.length === 0 };
}

export { quorumStatus, type QuorumStatus };
