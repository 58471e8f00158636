// Partition leader election and the resulting leader/ISR change, KRaft controller, ELR off.
// Source: apache/kafka metadata/src/main/java/org/apache/kafka/controller/PartitionChangeBuilder.java
// (electLeader, electPreferredLeader, electAnyLeader, isValidNewLeader, tryElection,
// build). Reassignment, ELR and leader-recovery state are not modelled.

import type { BrokerId } from './model.js';

/** ONLINE is the default; UNCLEAN when the topic allows unclean election; PREFERRED for preferred elections. */
export type ElectionType = 'ONLINE' | 'UNCLEAN' | 'PREFERRED';

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

export function electLeader(input: ElectionInput): ElectionResult {
    const valid = (r: BrokerId | null): r is BrokerId => r !== null && input.isr.includes(r) && input.isAcceptableLeader(r);
    if (input.election === 'PREFERRED') {
        const preferred = input.replicas[0];
        if (valid(preferred)) return { leader: preferred, unclean: false };
        if (valid(input.leader)) return { leader: input.leader, unclean: false };
        const online = input.replicas.slice(1).find(valid);
        // A preferred election never performs an unclean election.
        return { leader: online ?? null, unclean: false };
    }
    // Keep a leader that still meets every constraint.
    if (valid(input.leader)) return { leader: input.leader, unclean: false };
    const online = input.replicas.find(valid);
    if (online !== undefined) return { leader: online, unclean: false };
    if (input.election === 'UNCLEAN') {
        const unclean = input.replicas.find((r) => input.isAcceptableLeader(r));
        if (unclean !== undefined) return { leader: unclean, unclean: true };
    }
    return { leader: null, unclean: false };
}

export interface PartitionChange {
    readonly leader: BrokerId | null;
    readonly isr: readonly BrokerId[];
    readonly leaderChanged: boolean;
    readonly isrChanged: boolean;
    /** The new leader came from outside the ISR: the ISR is forced to [leader] and committed data may be lost. */
    readonly unclean: boolean;
}

const sameMembers = (a: readonly BrokerId[], b: readonly BrokerId[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * `PartitionChangeBuilder#build` without reassignment/ELR: elect, then an unclean
 * winner gets ISR [leader]; otherwise a non-empty target ISR that differs replaces
 * the ISR, and an empty target ISR leaves it unchanged (the last member stays).
 * ISRs are compared as given; callers keep them in ascending order.
 */
export function buildPartitionChange(input: ElectionInput & { readonly currentIsr: readonly BrokerId[] }): PartitionChange {
    const result = electLeader(input);
    const leaderChanged = result.leader !== input.leader;
    let isr = input.currentIsr;
    const unclean = leaderChanged && result.unclean;
    if (unclean) isr = [result.leader!];
    else if (input.isr.length > 0 && !sameMembers(input.isr, input.currentIsr)) isr = input.isr;
    return { leader: result.leader, isr, leaderChanged, isrChanged: !sameMembers(isr, input.currentIsr), unclean };
}
