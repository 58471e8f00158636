// What the KRaft controller does to partitions when a broker is fenced, shuts
// down in a controlled way, registers again (clean or unclean restart), is
// unfenced, on a preferred-leader election, and when a lost quorum returns.
// Source: apache/kafka metadata/src/main/java/org/apache/kafka/controller/ReplicationControlManager.java
// at tags 4.0.0, 4.1.1 and 4.2.0-rc1 (the same in these paths): handleBrokerFenced and
// handleBrokerInControlledShutdown (partitions with the broker in their ISR, target
// ISR without it, the broker not acceptable), handleBrokerShutdown (called from
// ClusterControlManager.registerBroker for every new incarnation; with ELR on and an
// unclean shutdown the broker leaves the ISR and the ELR of its partitions),
// handleBrokerUnfenced (leaderless partitions, the broker acceptable),
// generateLeaderAndIsrUpdates and electLeaders (PREFERRED), each change built by
// partition-change.ts.
// Model choices (SIMULATION.md §2): a replica whose leader is alive catches up at
// once, so it rejoins the ISR as soon as it is unfenced or a leader is elected (the
// leader's AlterPartition, run through the same builder, so the ELR shrinks too).

import { ascendingCopy } from './ascending.js';
import type { ClusterModel } from './cluster.js';
import { isWritableAll } from './derived.js';
import type { ChangeCause, LeaderChangeReason, SimEvent } from './events.js';
import type { BrokerId } from './model.js';
import { buildPartitionChangeRecord, mergePartitionChange, NO_LEADER_CHANGE, NO_LEADER_ID, type ElectionKind, type PartitionChangeRecord, type PartitionRegistrationLike } from './partition-change.js';
import type { StateDraft } from './state-draft.js';

export interface StepContext {
    readonly model: ClusterModel;
    readonly draft: StateDraft;
    /** null when the caller does not want events (the analysis). */
    readonly events: SimEvent[] | null;
    /**
     * Live replicas rejoin the ISR at once (default). Off, the controller alone acts, as in
     * Kafka's ReplicationControlManagerTest, where only an AlterPartition expands an ISR.
     */
    readonly instantCatchUp?: boolean;
}

const ascending = (a: number, b: number): number => a - b;
/** ClusterControlManager.isActive: registered, unfenced, not in controlled shutdown. */
const isActive = (ctx: StepContext, broker: BrokerId): boolean => !ctx.draft.fenced.has(broker);

/** Serves clients and replicates: running and registered. */
const isServing = (ctx: StepContext, broker: BrokerId): boolean => ctx.draft.alive.has(broker) && !ctx.draft.waiting.has(broker) && !ctx.draft.fenced.has(broker);

function registrationOf(ctx: StepContext, t: number, p: number): PartitionRegistrationLike {
    const { draft, model } = ctx;
    const leader = draft.leader(t, p);
    return {
        replicas: model.topics[t].replicas[p],
        isr: draft.isr(t, p),
        elr: draft.elr(t, p),
        lastKnownElr: draft.lastKnownElr(t, p),
        leader: leader ?? NO_LEADER_ID,
        recovering: false
    };
}

interface ChangeRequest {
    readonly targetIsr: readonly BrokerId[];
    readonly isAcceptableLeader: (broker: BrokerId) => boolean;
    readonly election?: ElectionKind;
    readonly uncleanShutdown?: BrokerId;
}

const electionFor = (model: ClusterModel, t: number): ElectionKind => (model.topics[t].uncleanLeaderElection ? 'UNCLEAN' : 'ONLINE');

/** Builds and applies one partition change; returns the partition after it (undefined when nothing changed). */
function change(ctx: StepContext, t: number, p: number, request: ChangeRequest): Change | undefined {
    const { model } = ctx;
    const topic = model.topics[t];
    const before = registrationOf(ctx, t, p);
    const record = buildPartitionChangeRecord({
        partition: before,
        targetIsr: request.targetIsr,
        election: request.election ?? electionFor(model, t),
        isAcceptableLeader: request.isAcceptableLeader,
        minIsr: topic.effectiveMinIsr,
        eligibleLeaderReplicasEnabled: model.elrEnabled,
        uncleanShutdownReplicas: request.uncleanShutdown === undefined ? undefined : [request.uncleanShutdown],
        lastKnownLeaderRule: model.release.lastKnownLeaderRule
    });
    return record ? apply(ctx, t, p, before, record) : undefined;
}

type Change = { before: PartitionRegistrationLike; after: PartitionRegistrationLike; via?: 'elr' | 'last-known-leader' | 'unclean' };

/** Applies a partition change record (with the catch-up a new leader brings). */
function apply(ctx: StepContext, t: number, p: number, before: PartitionRegistrationLike, record: PartitionChangeRecord): Change {
    let after = mergePartitionChange(before, record);
    const via = record.via === 'isr' ? undefined : record.via;
    if (record.leader !== NO_LEADER_CHANGE && record.leader !== NO_LEADER_ID) after = catchUp(ctx, t, after);
    write(ctx, t, p, before, after);
    return { before, after, via };
}

/** The leader's AlterPartition once the live replicas caught up (instant in the model). */
function catchUp(ctx: StepContext, t: number, partition: PartitionRegistrationLike): PartitionRegistrationLike {
    if (ctx.instantCatchUp === false) return partition;
    if (partition.leader === NO_LEADER_ID || !isServing(ctx, partition.leader)) return partition;
    let joining: BrokerId[] | undefined;
    for (const r of partition.replicas) if (!partition.isr.includes(r) && isServing(ctx, r)) (joining ??= []).push(r);
    if (!joining) return partition;
    const record = buildPartitionChangeRecord({
        partition,
        targetIsr: ascendingCopy([...partition.isr, ...joining]),
        election: electionFor(ctx.model, t),
        isAcceptableLeader: (r) => isActive(ctx, r),
        minIsr: ctx.model.topics[t].effectiveMinIsr,
        eligibleLeaderReplicasEnabled: ctx.model.elrEnabled,
        lastKnownLeaderRule: ctx.model.release.lastKnownLeaderRule
    });
    return record ? mergePartitionChange(partition, record) : partition;
}

function write(ctx: StepContext, t: number, p: number, before: PartitionRegistrationLike, after: PartitionRegistrationLike): void {
    const { draft } = ctx;
    if (after.leader !== before.leader) draft.setLeader(t, p, after.leader === NO_LEADER_ID ? null : after.leader);
    if (after.isr !== before.isr) draft.setIsr(t, p, ascendingCopy(after.isr));
    if (after.elr !== before.elr) draft.setElr(t, p, after.elr);
    if (after.lastKnownElr !== before.lastKnownElr) draft.setLastKnownElr(t, p, after.lastKnownElr);
}

const sameMembers = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

function report(ctx: StepContext, t: number, p: number, result: ReturnType<typeof change>, cause: ChangeCause, cleanReason: LeaderChangeReason): void {
    if (!result) return;
    const { draft, model } = ctx;
    const { before, after, via } = result;
    const topic = model.topics[t];
    const leader = after.leader === NO_LEADER_ID ? null : after.leader;
    const isr = draft.isr(t, p);
    const unclean = via === 'unclean' || via === 'last-known-leader';
    if (after.leader !== before.leader && leader !== null && unclean) {
        draft.recordUncleanElection({ topic: topic.name, partition: p, leader, previousIsr: ascendingCopy(before.isr) });
    }
    const events = ctx.events;
    if (!events) return;
    const state = {
        isr,
        elr: ascendingCopy(after.elr),
        lastKnownElr: ascendingCopy(after.lastKnownElr),
        minIsr: topic.effectiveMinIsr,
        replicationFactor: topic.replicationFactor,
        writable: isWritableAll(topic, leader, isr, servingView(ctx))
    };
    const ref = { topic: topic.name, partition: p, cause };
    const previousLeader = before.leader === NO_LEADER_ID ? null : before.leader;
    if (after.leader !== before.leader && leader !== null) {
        const reason: LeaderChangeReason = via === 'unclean' ? 'unclean' : via === 'last-known-leader' ? 'last-known-leader' : via === 'elr' ? 'elr' : cleanReason;
        events.push({ kind: 'leader-changed', ...ref, ...state, from: previousLeader, to: leader, reason });
        if (unclean) events.push({ kind: 'data-loss', ...ref, leader, previousIsr: ascendingCopy(before.isr) });
        return;
    }
    if (after.leader !== before.leader) {
        events.push({ kind: 'partition-offline', ...ref, ...state, lastLeader: previousLeader });
        return;
    }
    const removed = before.isr.filter((r) => !after.isr.includes(r)).sort(ascending);
    const added = after.isr.filter((r) => !before.isr.includes(r)).sort(ascending);
    if (removed.length > 0) events.push({ kind: 'isr-shrunk', ...ref, ...state, leader, removed });
    if (added.length > 0 && leader !== null) events.push({ kind: 'isr-expanded', ...ref, ...state, leader, added });
    if (removed.length === 0 && added.length === 0 && !sameMembers(before.elr, after.elr)) {
        events.push({ kind: 'elr-changed', ...ref, ...state, leader, removed: before.elr.filter((r) => !after.elr.includes(r)).sort(ascending) });
    }
}

/** The brokers that count as alive for writability in events (running and registered). */
function servingView(ctx: StepContext): ReadonlySet<BrokerId> {
    const { draft } = ctx;
    if (draft.waiting.size === 0) return draft.alive;
    return new Set([...draft.alive].filter((b) => !draft.waiting.has(b)));
}

/** Partitions of `broker` (it is a replica of every partition whose ISR or ELR can hold it). */
const partitionsOf = (ctx: StepContext, broker: BrokerId): Int32Array => ctx.model.partitionsByBroker.get(broker)!;

/**
 * handleBrokerFenced / handleBrokerInControlledShutdown: every partition with `broker`
 * in its ISR loses it and re-elects without it.
 */
export function fenceBroker(ctx: StepContext, broker: BrokerId, pending: boolean, controlled = false): void {
    const { draft } = ctx;
    if (pending) ctx.events?.push({ kind: 'broker-fenced', broker, pending: true });
    const cause: ChangeCause = { kind: controlled ? 'broker-stopped' : 'broker-fenced', broker, pending };
    removeFromIsrs(ctx, broker, cause);
    draft.setFenced(broker, true);
}

function removeFromIsrs(ctx: StepContext, broker: BrokerId, cause: ChangeCause): void {
    const { model, draft } = ctx;
    const { topicOf, partitionOf } = model.partitionTable;
    const acceptable = (r: BrokerId): boolean => r !== broker && isActive(ctx, r);
    for (const g of partitionsOf(ctx, broker)) {
        const t = topicOf[g];
        const p = partitionOf[g];
        const isr = draft.isr(t, p);
        if (!isr.includes(broker)) continue;
        report(ctx, t, p, change(ctx, t, p, { targetIsr: without(isr, broker), isAcceptableLeader: acceptable }), cause, 'clean');
    }
}

/** `list` less `broker` (a loop: this runs for every partition a fenced broker is in the ISR of). */
function without(list: readonly BrokerId[], broker: BrokerId): BrokerId[] {
    const rest: BrokerId[] = [];
    for (const r of list) if (r !== broker) rest.push(r);
    return rest;
}

/**
 * ClusterControlManager.registerBroker → handleBrokerShutdown for a new incarnation:
 * with ELR on and an unclean shutdown, the broker leaves the ISR and the ELR of its
 * partitions (it may have lost unflushed records); otherwise it is removed from the
 * ISRs as when fenced. The new registration is fenced until its first heartbeat.
 */
export function registerBroker(ctx: StepContext, broker: BrokerId, clean: boolean): void {
    const { model, draft } = ctx;
    const cause: ChangeCause = { kind: 'broker-registered', broker, clean };
    if (model.elrEnabled && !clean) {
        const { topicOf, partitionOf } = model.partitionTable;
        const acceptable = (r: BrokerId): boolean => r !== broker && isActive(ctx, r);
        // partitionsWithBrokerInIsr, then partitionsWithBrokerInElr
        for (const inElr of [false, true]) {
            for (const g of partitionsOf(ctx, broker)) {
                const t = topicOf[g];
                const p = partitionOf[g];
                const holds = inElr ? draft.elr(t, p).includes(broker) : draft.isr(t, p).includes(broker);
                if (!holds) continue;
                const isr = draft.isr(t, p);
                report(ctx, t, p, change(ctx, t, p, { targetIsr: without(isr, broker), isAcceptableLeader: acceptable, uncleanShutdown: broker }), cause, 'clean');
            }
        }
    } else {
        removeFromIsrs(ctx, broker, cause);
    }
    draft.setFenced(broker, true);
    draft.setCleanlyStopped(broker, false);
    draft.setWaiting(broker, false);
}

/**
 * handleBrokerUnfenced: leaderless partitions elect with `broker` acceptable;
 * partitions with a live leader take it back into the ISR (instant catch-up).
 */
export function unfenceBroker(ctx: StepContext, broker: BrokerId, pending: boolean): void {
    const { model, draft } = ctx;
    draft.setFenced(broker, false);
    if (pending) ctx.events?.push({ kind: 'broker-unfenced', broker, pending: true });
    const cause: ChangeCause = { kind: 'broker-unfenced', broker, pending };
    const { topicOf, partitionOf } = model.partitionTable;
    const acceptable = (r: BrokerId): boolean => r === broker || isActive(ctx, r);
    const visit = (t: number, p: number, replica: boolean): void => {
        const leader = draft.leader(t, p);
        if (leader === null) {
            report(ctx, t, p, change(ctx, t, p, { targetIsr: draft.isr(t, p), isAcceptableLeader: acceptable }), cause, 'recovered');
        } else if (replica && !draft.isr(t, p).includes(broker) && isServing(ctx, broker)) {
            const before = registrationOf(ctx, t, p);
            const after = catchUp(ctx, t, before);
            if (after !== before) {
                write(ctx, t, p, before, after);
                report(ctx, t, p, { before, after }, cause, 'clean');
            }
        }
    };
    if (model.elrEnabled && model.release.lastKnownLeaderRule === '4.0') {
        // 4.0 may elect a last known leader that is not acceptable, so every leaderless
        // partition can change (brokersToIsrs.partitionsWithNoLeader), not only the broker's.
        const replicaOf = new Set(partitionsOf(ctx, broker));
        for (let g = 0; g < model.partitionTable.size; g++) visit(topicOf[g], partitionOf[g], replicaOf.has(g));
        return;
    }
    for (const g of partitionsOf(ctx, broker)) visit(topicOf[g], partitionOf[g], true);
}

/** Preferred election for every partition whose leader is not its first replica (never unclean). */
export function electPreferredLeaders(ctx: StepContext): void {
    const { model, draft } = ctx;
    const acceptable = (r: BrokerId): boolean => isActive(ctx, r);
    const cause: ChangeCause = { kind: 'preferred-election' };
    for (const topic of model.topics) {
        // Read again after a change: the step's first change to a topic copies its array.
        let leaders = draft.leadersOf(topic.index);
        const { replicas } = topic;
        for (let p = 0; p < topic.partitions; p++) {
            if (leaders[p] === replicas[p][0]) continue;
            const before = registrationOf(ctx, topic.index, p);
            const record = buildPartitionChangeRecord({
                partition: before,
                targetIsr: before.isr,
                election: 'PREFERRED',
                isAcceptableLeader: acceptable,
                minIsr: topic.effectiveMinIsr,
                eligibleLeaderReplicasEnabled: model.elrEnabled,
                lastKnownLeaderRule: model.release.lastKnownLeaderRule
            });
            // ReplicationControlManager.electLeader only writes a record that changes the leader.
            if (!record || record.leader === NO_LEADER_CHANGE || record.leader === before.leader) continue;
            report(ctx, topic.index, p, apply(ctx, topic.index, p, before, record), cause, 'preferred');
            leaders = draft.leadersOf(topic.index);
        }
    }
}

/**
 * The quorum is back and a controller becomes active. ClusterControlManager.activate
 * gives every broker the metadata shows unfenced a fresh session, so:
 * 1. restarted brokers the metadata shows fenced register at once and are unfenced;
 * 2. brokers the metadata shows unfenced but whose process died (or restarted: a new
 *    incarnation cannot register while the old one's session is valid,
 *    DuplicateBrokerRegistrationException) are fenced when that session expires;
 * 3. then those restarted ones register and are unfenced.
 * Each group in id order (BrokerHeartbeatTracker fenced stale brokers in ascending id
 * order in the replays of shared/vectors/kafka-vectors-4x.json).
 */
export function applyPendingChanges(ctx: StepContext): void {
    const { model, draft } = ctx;
    const restarted = model.brokerIds.filter((b) => draft.waiting.has(b) && draft.alive.has(b));
    const registerFirst = restarted.filter((b) => draft.fenced.has(b));
    const toFence = model.brokerIds.filter((b) => !draft.fenced.has(b) && (!draft.alive.has(b) || draft.waiting.has(b)));
    const registerAfter = restarted.filter((b) => !draft.fenced.has(b));
    if (toFence.length === 0 && restarted.length === 0) return;
    ctx.events?.push({ kind: 'pending-changes-applied', fenced: toFence, unfenced: [...registerFirst, ...registerAfter] });
    const register = (b: BrokerId): void => {
        registerBroker(ctx, b, draft.cleanlyStopped.has(b));
        unfenceBroker(ctx, b, true);
    };
    registerFirst.forEach(register);
    for (const b of toFence) fenceBroker(ctx, b, true);
    registerAfter.forEach(register);
}
