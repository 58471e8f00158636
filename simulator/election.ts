// Leader election and the resulting leader/ISR change with ELR off: the entry
// points the shared leader-election vectors use, on top of the port of
// apache/kafka metadata/src/main/java/org/apache/kafka/controller/PartitionChangeBuilder.java
// in partition-change.ts (which the model itself runs, ELR included).

import type { BrokerId } from './model.js';
import { buildPartitionChangeRecord, NO_LEADER_CHANGE, NO_LEADER_ID, type ElectionKind } from './partition-change.js';

/** ONLINE is the default; UNCLEAN when the topic allows unclean election; PREFERRED for preferred elections. */
export type ElectionType = ElectionKind;

export interface ElectionInput {
    /** Target replicas; the first one is the preferred leader. */
    readonly replicas: readonly BrokerId[];
    /** Target ISR. */
    readonly isr: readonly BrokerId[];
    /** The current leader, null when the partition has none. */
    readonly leader: BrokerId | null;
    readonly election: ElectionType;
    /** Unfenced and not shutting down; the broker being fenced is never acceptable, the one being unfenced is. */
    readonly isAcceptableLeader: (broker: BrokerId) => boolean;
}

export interface ElectionResult {
    readonly leader: BrokerId | null;
    readonly unclean: boolean;
}

export interface PartitionChange {
    readonly leader: BrokerId | null;
    readonly isr: readonly BrokerId[];
    readonly leaderChanged: boolean;
    readonly isrChanged: boolean;
    /** The new leader came from outside the ISR: the ISR is forced to [leader] and committed data may be lost. */
    readonly unclean: boolean;
}

/**
 * `PartitionChangeBuilder#build` with ELR off: elect, then an unclean winner gets
 * ISR [leader]; otherwise a non-empty target ISR that differs replaces the ISR, and
 * an empty target ISR leaves it unchanged (the last member stays).
 */
export function buildPartitionChange(input: ElectionInput & { readonly currentIsr: readonly BrokerId[] }): PartitionChange {
    const current = input.leader ?? NO_LEADER_ID;
    const record = buildPartitionChangeRecord({
        partition: { replicas: input.replicas, isr: input.currentIsr, elr: [], lastKnownElr: [], leader: current, recovering: false },
        targetIsr: input.isr,
        election: input.election,
        isAcceptableLeader: input.isAcceptableLeader,
        minIsr: 1,
        eligibleLeaderReplicasEnabled: false
    });
    const next = record === null || record.leader === NO_LEADER_CHANGE ? current : record.leader;
    const isr = record?.isr ?? input.currentIsr;
    const leaderChanged = next !== current;
    return {
        leader: next === NO_LEADER_ID ? null : next,
        isr,
        leaderChanged,
        isrChanged: isr !== input.currentIsr,
        unclean: leaderChanged && record?.via === 'unclean'
    };
}

/** The leader `PartitionChangeBuilder#electLeader` picks (the current one when it still qualifies). */
export function electLeader(input: ElectionInput): ElectionResult {
    const change = buildPartitionChange({ ...input, currentIsr: input.isr });
    return { leader: change.leader, unclean: change.unclean };
}
