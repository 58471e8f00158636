// What a step did, as plain data for the failover event log (messages/ turns
// them into sentences). A step on a large cluster can emit one event per
// touched partition; `summarizeEvents` folds those into per-topic counts.

import type { AssignorName, BrokerId } from './model.js';

/** What made the controller change a partition. */
export type ChangeCause =
    | { readonly kind: 'broker-fenced'; readonly broker: BrokerId; readonly pending: boolean }
    | { readonly kind: 'broker-unfenced'; readonly broker: BrokerId; readonly pending: boolean }
    /** A controlled shutdown (`stop broker`): the broker leaves every ISR before it stops. */
    | { readonly kind: 'broker-stopped'; readonly broker: BrokerId; readonly pending: boolean }
    /** A restarted broker registers; clean=false (a crash) takes it out of the ELR too when ELR is on. */
    | { readonly kind: 'broker-registered'; readonly broker: BrokerId; readonly clean: boolean }
    | { readonly kind: 'preferred-election' };

/**
 * clean: failover to the first in-sync, live replica in assignment order;
 * unclean: a live replica outside the ISR (data may be lost);
 * preferred: back to the first replica; recovered: a returning broker that was
 * still in the ISR of a leaderless partition; elr: an eligible leader replica of a
 * partition whose ISR is empty (clean, KIP-966); last-known-leader: the last leader
 * of a partition with empty ISR and ELR (counted as unclean, as Kafka does).
 */
export type LeaderChangeReason = 'clean' | 'unclean' | 'preferred' | 'recovered' | 'elr' | 'last-known-leader';

interface PartitionRef {
    readonly topic: string;
    readonly partition: number;
    readonly cause: ChangeCause;
}

/** The partition after the change, for messages like "ISR [2,3]; acks=all writes still succeed (ISR 2 >= min ISR 2)". */
interface PartitionAfter {
    readonly isr: readonly BrokerId[];
    /** Ascending; absent or [] with ELR off. */
    readonly elr?: readonly BrokerId[];
    readonly lastKnownElr?: readonly BrokerId[];
    readonly minIsr: number;
    readonly replicationFactor: number;
    readonly writable: boolean;
}

export type PartitionEvent =
    | (PartitionRef & PartitionAfter & { readonly kind: 'leader-changed'; readonly from: BrokerId | null; readonly to: BrokerId; readonly reason: LeaderChangeReason })
    | (PartitionRef & PartitionAfter & { readonly kind: 'partition-offline'; readonly lastLeader: BrokerId | null })
    | (PartitionRef & PartitionAfter & { readonly kind: 'isr-shrunk'; readonly leader: BrokerId | null; readonly removed: readonly BrokerId[] })
    | (PartitionRef & PartitionAfter & { readonly kind: 'isr-expanded'; readonly leader: BrokerId; readonly added: readonly BrokerId[] })
    /** Only the ELR changed, e.g. a broker restarting after a crash lost its seat (`removed`). */
    | (PartitionRef & PartitionAfter & { readonly kind: 'elr-changed'; readonly leader: BrokerId | null; readonly removed: readonly BrokerId[] })
    | (PartitionRef & { readonly kind: 'data-loss'; readonly leader: BrokerId; readonly previousIsr: readonly BrokerId[] });

export interface QuorumCounts {
    readonly mode: 'controllers' | 'brokers';
    readonly voters: number;
    readonly alive: number;
    readonly majority: number;
}

export interface GroupRebalancedEvent {
    readonly kind: 'group-rebalanced';
    readonly group: string;
    readonly assignor: AssignorName;
    readonly trigger: { readonly kind: 'member-left' | 'member-joined'; readonly member: string };
    readonly generation: number;
    /** Partitions ("topic-p") whose owner changed; `from` is null when nobody owned it. */
    readonly moved: readonly { readonly partition: string; readonly from: string | null; readonly to: string }[];
    /** cooperative-sticky: revoked from their owners in the first round... */
    readonly revoked: readonly { readonly partition: string; readonly from: string }[];
    /** ...and handed out in the follow-up round. */
    readonly assignedInFollowUp: readonly { readonly partition: string; readonly to: string }[];
    readonly idle: readonly string[];
    readonly members: number;
}

export type SimEvent =
    /** committed=false: the quorum is lost, so the broker is not fenced (its partitions keep it as leader / ISR member). */
    | { readonly kind: 'broker-failed'; readonly broker: BrokerId; readonly committed: boolean }
    /**
     * committed=false: the process is back but cannot register without a quorum, so it serves
     * nothing until the quorum returns. clean: the broker had been stopped (`stop broker`), not crashed.
     */
    | { readonly kind: 'broker-recovered'; readonly broker: BrokerId; readonly committed: boolean; readonly clean: boolean }
    /** A controlled shutdown; committed=false: no quorum, so the broker stops without leaving any ISR. */
    | { readonly kind: 'broker-stopped'; readonly broker: BrokerId; readonly committed: boolean }
    /** A rack outage: its brokers fail at the same instant; committed=false: the voters left have no majority, so none is fenced. */
    | { readonly kind: 'rack-failed'; readonly rack: string; readonly brokers: readonly BrokerId[]; readonly committed: boolean }
    /** Fencing / unfencing applied late, when the quorum returned. */
    | { readonly kind: 'broker-fenced'; readonly broker: BrokerId; readonly pending: true }
    | { readonly kind: 'broker-unfenced'; readonly broker: BrokerId; readonly pending: true }
    | { readonly kind: 'controller-failed'; readonly controller: number }
    | { readonly kind: 'controller-recovered'; readonly controller: number }
    | ({ readonly kind: 'quorum-lost' } & QuorumCounts)
    | ({ readonly kind: 'quorum-restored' } & QuorumCounts)
    | ({ readonly kind: 'change-not-committed'; readonly change: 'fence' | 'unfence' | 'elect-preferred'; readonly broker?: BrokerId } & QuorumCounts)
    | { readonly kind: 'pending-changes-applied'; readonly fenced: readonly BrokerId[]; readonly unfenced: readonly BrokerId[] }
    | PartitionEvent
    | { readonly kind: 'member-left'; readonly group: string; readonly member: string }
    | { readonly kind: 'member-joined'; readonly group: string; readonly member: string }
    | GroupRebalancedEvent;

const PARTITION_EVENT_KINDS: ReadonlySet<string> = new Set(['leader-changed', 'partition-offline', 'isr-shrunk', 'isr-expanded', 'elr-changed', 'data-loss']);

export const isPartitionEvent = (e: SimEvent): e is PartitionEvent => PARTITION_EVENT_KINDS.has(e.kind);

export interface TopicEventSummary {
    readonly topic: string;
    readonly partitions: number;
    readonly leaderChanges: number;
    readonly uncleanElections: number;
    readonly wentOffline: number;
    readonly isrShrunk: number;
    readonly isrExpanded: number;
    /** Partitions whose last event left them not writable with acks=all. */
    readonly notWritable: number;
}

export interface EventSummary {
    /** Everything that is not about one partition, in order. */
    readonly cluster: readonly SimEvent[];
    /** Per topic, in order of first appearance. */
    readonly topics: readonly TopicEventSummary[];
}

/** Folds partition events into per-topic counts for a compact log; other events are kept as they are. */
export function summarizeEvents(events: readonly SimEvent[]): EventSummary {
    interface Tally {
        leaderChanges: number;
        uncleanElections: number;
        wentOffline: number;
        isrShrunk: number;
        isrExpanded: number;
        readonly partitions: Set<number>;
        /** Writability after each partition's last event. */
        readonly writable: Map<number, boolean>;
    }
    const cluster: SimEvent[] = [];
    const byTopic = new Map<string, Tally>();
    for (const e of events) {
        if (!isPartitionEvent(e)) {
            cluster.push(e);
            continue;
        }
        let tally = byTopic.get(e.topic);
        if (!tally) {
            tally = { leaderChanges: 0, uncleanElections: 0, wentOffline: 0, isrShrunk: 0, isrExpanded: 0, partitions: new Set(), writable: new Map() };
            byTopic.set(e.topic, tally);
        }
        tally.partitions.add(e.partition);
        switch (e.kind) {
            case 'leader-changed':
                tally.leaderChanges++;
                if (e.reason === 'unclean' || e.reason === 'last-known-leader') tally.uncleanElections++;
                tally.writable.set(e.partition, e.writable);
                break;
            case 'partition-offline':
                tally.wentOffline++;
                tally.writable.set(e.partition, e.writable);
                break;
            case 'isr-shrunk':
                tally.isrShrunk++;
                tally.writable.set(e.partition, e.writable);
                break;
            case 'isr-expanded':
                tally.isrExpanded++;
                tally.writable.set(e.partition, e.writable);
                break;
            case 'elr-changed':
                tally.writable.set(e.partition, e.writable);
                break;
            case 'data-loss':
                break;
        }
    }
    return {
        cluster,
        topics: [...byTopic].map(([topic, t]) => ({
            topic,
            partitions: t.partitions.size,
            leaderChanges: t.leaderChanges,
            uncleanElections: t.uncleanElections,
            wentOffline: t.wentOffline,
            isrShrunk: t.isrShrunk,
            isrExpanded: t.isrExpanded,
            notWritable: [...t.writable.values()].filter((w) => !w).length
        }))
    };
}
