// What the KRaft controller does to partitions when a broker is fenced or
// unfenced, on a preferred-leader election, and when a lost quorum returns.
// Source: apache/kafka metadata/src/main/java/org/apache/kafka/controller/ReplicationControlManager.java
// (handleBrokerFenced: partitions with the broker in their ISR, target ISR
// without it, the broker not acceptable; handleBrokerUnfenced: leaderless
// partitions, the broker acceptable, ISR unchanged; electLeader with PREFERRED;
// generateLeaderAndIsrUpdates) with the election of election.ts.
// Model choices (SIMULATION.md §2): a broker that is back catches up at once, so
// it rejoins the ISR of every partition with a live leader, and all live
// replicas join when a partition gets a leader again.

import type { ClusterModel } from './cluster.js';
import { isWritableAll } from './derived.js';
import { buildPartitionChange, type ElectionType, type PartitionChange } from './election.js';
import type { ChangeCause, LeaderChangeReason, SimEvent } from './events.js';
import type { BrokerId } from './model.js';
import type { StateDraft } from './state-draft.js';

export interface StepContext {
    readonly model: ClusterModel;
    readonly draft: StateDraft;
    /** null when the caller does not want events (the analysis). */
    readonly events: SimEvent[] | null;
}

const ascending = (a: number, b: number): number => a - b;

/** Live, unfenced replicas not yet in the ISR join it (instant catch-up under a live leader). */
function catchUp(ctx: StepContext, t: number, p: number, leader: BrokerId | null, isr: readonly BrokerId[]): readonly BrokerId[] {
    const { draft } = ctx;
    if (leader === null || !draft.alive.has(leader) || draft.fenced.has(leader)) return isr;
    const joining = ctx.model.topics[t].replicas[p].filter((r) => !isr.includes(r) && draft.alive.has(r) && !draft.fenced.has(r));
    return joining.length === 0 ? isr : [...isr, ...joining].sort(ascending);
}

function applyChange(
    ctx: StepContext,
    t: number,
    p: number,
    before: { readonly leader: BrokerId | null; readonly isr: readonly BrokerId[] },
    change: PartitionChange,
    cause: ChangeCause,
    cleanReason: LeaderChangeReason
): void {
    const { draft, model } = ctx;
    if (!change.leaderChanged && !change.isrChanged) return;
    const topic = model.topics[t];
    let isr = change.isr;
    if (change.leaderChanged && change.leader !== null) isr = catchUp(ctx, t, p, change.leader, isr);
    if (change.leaderChanged) draft.setLeader(t, p, change.leader);
    if (isr !== before.isr) draft.setIsr(t, p, isr);
    if (change.unclean) draft.recordUncleanElection({ topic: topic.name, partition: p, leader: change.leader!, previousIsr: before.isr });
    const events = ctx.events;
    if (!events) return;
    const after = { isr, minIsr: topic.effectiveMinIsr, replicationFactor: topic.replicationFactor, writable: isWritableAll(topic, change.leader, isr, draft.alive) };
    const ref = { topic: topic.name, partition: p, cause };
    if (change.leaderChanged && change.leader !== null) {
        events.push({ kind: 'leader-changed', ...ref, ...after, from: before.leader, to: change.leader, reason: change.unclean ? 'unclean' : cleanReason });
        if (change.unclean) events.push({ kind: 'data-loss', ...ref, leader: change.leader, previousIsr: before.isr });
    } else if (change.leaderChanged) {
        events.push({ kind: 'partition-offline', ...ref, ...after, lastLeader: before.leader });
    } else {
        const removed = before.isr.filter((r) => !isr.includes(r));
        const added = isr.filter((r) => !before.isr.includes(r));
        if (removed.length > 0) events.push({ kind: 'isr-shrunk', ...ref, ...after, leader: change.leader, removed });
        if (added.length > 0 && change.leader !== null) events.push({ kind: 'isr-expanded', ...ref, ...after, leader: change.leader, added });
    }
}

const electionFor = (model: ClusterModel, t: number): ElectionType => (model.topics[t].uncleanLeaderElection ? 'UNCLEAN' : 'ONLINE');

/** handleBrokerFenced: every partition with `broker` in its ISR loses it (the last member stays) and re-elects. */
export function fenceBroker(ctx: StepContext, broker: BrokerId, pending: boolean): void {
    const { model, draft } = ctx;
    draft.setFenced(broker, true);
    if (pending) ctx.events?.push({ kind: 'broker-fenced', broker, pending: true });
    const cause: ChangeCause = { kind: 'broker-fenced', broker, pending };
    const { topicOf, partitionOf } = model.partitionTable;
    const acceptable = (r: BrokerId): boolean => r !== broker && !draft.fenced.has(r);
    for (const g of model.partitionsByBroker.get(broker)!) {
        const t = topicOf[g];
        const p = partitionOf[g];
        const isr = draft.isr(t, p);
        if (!isr.includes(broker)) continue;
        const leader = draft.leader(t, p);
        const change = buildPartitionChange({
            replicas: model.topics[t].replicas[p],
            isr: isr.filter((r) => r !== broker),
            currentIsr: isr,
            leader,
            election: electionFor(model, t),
            isAcceptableLeader: acceptable
        });
        applyChange(ctx, t, p, { leader, isr }, change, cause, 'clean');
    }
}

/**
 * handleBrokerUnfenced: leaderless partitions of `broker` elect it if it is in
 * their ISR (or, with unclean election, any acceptable replica); partitions with
 * a live leader take it back into the ISR.
 */
export function unfenceBroker(ctx: StepContext, broker: BrokerId, pending: boolean): void {
    const { model, draft } = ctx;
    draft.setFenced(broker, false);
    if (pending) ctx.events?.push({ kind: 'broker-unfenced', broker, pending: true });
    const cause: ChangeCause = { kind: 'broker-unfenced', broker, pending };
    const { topicOf, partitionOf } = model.partitionTable;
    const acceptable = (r: BrokerId): boolean => r === broker || !draft.fenced.has(r);
    for (const g of model.partitionsByBroker.get(broker)!) {
        const t = topicOf[g];
        const p = partitionOf[g];
        const isr = draft.isr(t, p);
        const leader = draft.leader(t, p);
        if (leader === null) {
            const change = buildPartitionChange({
                replicas: model.topics[t].replicas[p],
                isr,
                currentIsr: isr,
                leader,
                election: electionFor(model, t),
                isAcceptableLeader: acceptable
            });
            applyChange(ctx, t, p, { leader, isr }, change, cause, 'recovered');
        } else if (!isr.includes(broker) && draft.alive.has(broker)) {
            const expanded = catchUp(ctx, t, p, leader, isr);
            if (expanded !== isr) applyChange(ctx, t, p, { leader, isr }, { leader, isr: expanded, leaderChanged: false, isrChanged: true, unclean: false }, cause, 'clean');
        }
    }
}

/** Preferred election for every partition whose leader is not its first replica (never unclean). */
export function electPreferredLeaders(ctx: StepContext): void {
    const { model, draft } = ctx;
    const acceptable = (r: BrokerId): boolean => !draft.fenced.has(r);
    const cause: ChangeCause = { kind: 'preferred-election' };
    for (const topic of model.topics) {
        for (let p = 0; p < topic.partitions; p++) {
            const leader = draft.leader(topic.index, p);
            if (leader === topic.replicas[p][0]) continue;
            const isr = draft.isr(topic.index, p);
            const change = buildPartitionChange({ replicas: topic.replicas[p], isr, currentIsr: isr, leader, election: 'PREFERRED', isAcceptableLeader: acceptable });
            if (change.leaderChanged) applyChange(ctx, topic.index, p, { leader, isr }, change, cause, 'preferred');
        }
    }
}

/** The quorum is back: fence every dead-but-unfenced broker, then unfence every live-but-fenced one, each in id order. */
export function applyPendingChanges(ctx: StepContext): void {
    const { model, draft } = ctx;
    const toFence = model.brokerIds.filter((b) => !draft.alive.has(b) && !draft.fenced.has(b));
    const toUnfence = model.brokerIds.filter((b) => draft.alive.has(b) && draft.fenced.has(b));
    if (toFence.length === 0 && toUnfence.length === 0) return;
    ctx.events?.push({ kind: 'pending-changes-applied', fenced: toFence, unfenced: toUnfence });
    for (const b of toFence) fenceBroker(ctx, b, true);
    for (const b of toUnfence) unfenceBroker(ctx, b, true);
}
