// The cluster at one moment. Immutable: a step returns a new state and shares
// every part it did not touch (per-topic leader/ISR arrays are copied on write),
// so keeping old states (undo) is free.

import type { ClusterModel } from './cluster.js';
import { initialGroupState } from './group-rebalance.js';
import type { BrokerId } from './model.js';
import type { TopicPartition } from './topic-partition.js';

/** `leaders[p]` of a topic with no leader. */
export const NO_LEADER = -1;

export interface TopicState {
    /** Leader per partition; NO_LEADER (-1) when it has none. Treat as read-only. */
    readonly leaders: Int32Array;
    /** ISR per partition, ascending broker id, never empty. */
    readonly isrs: readonly (readonly BrokerId[])[];
}

export interface GroupState {
    /** Current members in join order (declared ones first). */
    readonly members: readonly string[];
    /** Member -> partitions, in the assignor's own order; every member present. */
    readonly assignment: ReadonlyMap<string, readonly TopicPartition[]>;
    readonly generation: number;
    /** Every member id the group has had (declared or joined): leaving one of these is not an error. */
    readonly knownMembers: ReadonlySet<string>;
}

export interface UncleanElection {
    readonly topic: string;
    readonly partition: number;
    readonly leader: BrokerId;
    /** The ISR before the election: the replicas that had the committed data. */
    readonly previousIsr: readonly BrokerId[];
}

export interface ClusterState {
    /** Broker processes that are running. */
    readonly aliveBrokers: ReadonlySet<BrokerId>;
    /** Brokers the committed metadata shows fenced. Equals the dead brokers unless the quorum was lost meanwhile. */
    readonly fencedBrokers: ReadonlySet<BrokerId>;
    /** Dedicated controllers that are running (empty in combined mode). */
    readonly aliveControllers: ReadonlySet<number>;
    /** By topic index of the model. */
    readonly topics: readonly TopicState[];
    /** By group index of the model. */
    readonly groups: readonly GroupState[];
    /** True once any unclean election has happened. */
    readonly dataLoss: boolean;
    readonly uncleanElections: readonly UncleanElection[];
}

/** The healthy cluster: everything alive, every replica in the ISR, leader = first replica, groups assigned. */
export function initialState(model: ClusterModel): ClusterState {
    const topics: TopicState[] = model.topics.map((t) => {
        const leaders = new Int32Array(t.partitions);
        const isrs: BrokerId[][] = new Array(t.partitions);
        for (let p = 0; p < t.partitions; p++) {
            leaders[p] = t.replicas[p][0];
            isrs[p] = [...t.replicas[p]].sort((a, b) => a - b);
        }
        return { leaders, isrs };
    });
    return {
        aliveBrokers: new Set(model.brokerIds),
        fencedBrokers: new Set(),
        aliveControllers: new Set(model.controllers),
        topics,
        groups: model.groups.map((g) => initialGroupState(g)),
        dataLoss: false,
        uncleanElections: []
    };
}

export function leaderOf(state: ClusterState, topicIndex: number, partition: number): BrokerId | null {
    const l = state.topics[topicIndex].leaders[partition];
    return l === NO_LEADER ? null : l;
}

export const isrOf = (state: ClusterState, topicIndex: number, partition: number): readonly BrokerId[] => state.topics[topicIndex].isrs[partition];
