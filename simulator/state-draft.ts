// A mutable working copy of a ClusterState for one step. Broker/controller sets
// are copied (they are small); a topic's leader/ISR arrays are copied the first
// time the step writes to that topic, so untouched topics stay shared.

import type { ClusterModel } from './cluster.js';
import type { BrokerId } from './model.js';
import { hasQuorumWith } from './quorum.js';
import { NO_LEADER, type ClusterState, type GroupState, type TopicState, type UncleanElection } from './state.js';

const LEADERS = 1;
const ISRS = 2;
const ELRS = 4;
const LAST_KNOWN_ELRS = 8;

interface WritableTopicState {
    leaders: Int32Array;
    isrs: (readonly BrokerId[])[];
    elrs: (readonly BrokerId[])[];
    lastKnownElrs: (readonly BrokerId[])[];
}

export class StateDraft {
    private aliveCopy: Set<BrokerId> | undefined;
    private fencedCopy: Set<BrokerId> | undefined;
    private controllersCopy: Set<number> | undefined;
    private waitingCopy: Set<BrokerId> | undefined;
    private cleanCopy: Set<BrokerId> | undefined;
    dataLoss: boolean;
    /**
     * The topics as they are now: the base's array until the step first writes to a topic, then a
     * copy holding, for each written topic, a state of its own whose written arrays are copies
     * (which ones: `copied`, a bit per array). Reads are an index, not a lookup per topic: they run
     * for every partition a step visits.
     */
    private topics: readonly TopicState[];
    private copied: Uint8Array | undefined;
    private groups: GroupState[] | undefined;
    private unclean: UncleanElection[] | undefined;
    /** Something changed (mutators only run when they change something). */
    private dirty = false;

    constructor(
        readonly model: ClusterModel,
        readonly base: ClusterState
    ) {
        this.dataLoss = base.dataLoss;
        this.topics = base.topics;
    }

    /** Running broker processes (read-only view; use setAlive). */
    get alive(): ReadonlySet<BrokerId> {
        return this.aliveCopy ?? this.base.aliveBrokers;
    }

    /** Brokers fenced in the committed metadata (read-only view; use setFenced). */
    get fenced(): ReadonlySet<BrokerId> {
        return this.fencedCopy ?? this.base.fencedBrokers;
    }

    /** Running dedicated controllers (read-only view; use setControllerAlive). */
    get controllers(): ReadonlySet<number> {
        return this.controllersCopy ?? this.base.aliveControllers;
    }

    /** Running brokers that wait for the quorum to register (read-only view; use setWaiting). */
    get waiting(): ReadonlySet<BrokerId> {
        return this.waitingCopy ?? this.base.waitingBrokers;
    }

    /** Stopped brokers whose shutdown was clean (read-only view; use setCleanlyStopped). */
    get cleanlyStopped(): ReadonlySet<BrokerId> {
        return this.cleanCopy ?? this.base.cleanlyStopped;
    }

    setWaiting(broker: BrokerId, waiting: boolean): void {
        if (this.waiting.has(broker) === waiting) return;
        this.waitingCopy ??= new Set(this.base.waitingBrokers);
        StateDraft.toggle(this.waitingCopy, broker, waiting);
        this.dirty = true;
    }

    setCleanlyStopped(broker: BrokerId, clean: boolean): void {
        if (this.cleanlyStopped.has(broker) === clean) return;
        this.cleanCopy ??= new Set(this.base.cleanlyStopped);
        StateDraft.toggle(this.cleanCopy, broker, clean);
        this.dirty = true;
    }

    private static toggle<T>(set: Set<T>, x: T, on: boolean): void {
        if (on) set.add(x);
        else set.delete(x);
    }

    setAlive(broker: BrokerId, alive: boolean): void {
        if (this.alive.has(broker) === alive) return;
        this.aliveCopy ??= new Set(this.base.aliveBrokers);
        StateDraft.toggle(this.aliveCopy, broker, alive);
        this.dirty = true;
    }

    setFenced(broker: BrokerId, fenced: boolean): void {
        if (this.fenced.has(broker) === fenced) return;
        this.fencedCopy ??= new Set(this.base.fencedBrokers);
        StateDraft.toggle(this.fencedCopy, broker, fenced);
        this.dirty = true;
    }

    setControllerAlive(controller: number, alive: boolean): void {
        if (this.controllers.has(controller) === alive) return;
        this.controllersCopy ??= new Set(this.base.aliveControllers);
        StateDraft.toggle(this.controllersCopy, controller, alive);
        this.dirty = true;
    }

    hasQuorum(): boolean {
        return hasQuorumWith(this.model, this.alive, this.controllers);
    }

    leader(t: number, p: number): BrokerId | null {
        const l = this.topics[t].leaders[p];
        return l === NO_LEADER ? null : l;
    }

    /** Topic `t`'s leaders as they are now (read only: NO_LEADER for none), for loops over its partitions. */
    leadersOf(t: number): Readonly<Int32Array> {
        return this.topics[t].leaders;
    }

    isr(t: number, p: number): readonly BrokerId[] {
        return this.topics[t].isrs[p];
    }

    elr(t: number, p: number): readonly BrokerId[] {
        return this.topics[t].elrs[p];
    }

    lastKnownElr(t: number, p: number): readonly BrokerId[] {
        return this.topics[t].lastKnownElrs[p];
    }

    setLeader(t: number, p: number, leader: BrokerId | null): void {
        this.writable(t, LEADERS).leaders[p] = leader === null ? NO_LEADER : leader;
    }

    setIsr(t: number, p: number, isr: readonly BrokerId[]): void {
        this.writable(t, ISRS).isrs[p] = isr;
    }

    setElr(t: number, p: number, elr: readonly BrokerId[]): void {
        this.writable(t, ELRS).elrs[p] = elr;
    }

    setLastKnownElr(t: number, p: number, lastKnownElr: readonly BrokerId[]): void {
        this.writable(t, LAST_KNOWN_ELRS).lastKnownElrs[p] = lastKnownElr;
    }

    /** Topic `t`'s state with the array `part` its own (copied at the step's first write to it). */
    private writable(t: number, part: number): WritableTopicState {
        this.dirty = true;
        let copied = this.copied;
        if (copied === undefined) {
            copied = this.copied = new Uint8Array(this.base.topics.length);
            this.topics = this.base.topics.slice();
        }
        const topics = this.topics as WritableTopicState[];
        if (copied[t] === 0) topics[t] = { ...topics[t] };
        const topic = topics[t];
        if ((copied[t] & part) === 0) {
            copied[t] |= part;
            if (part === LEADERS) topic.leaders = topic.leaders.slice();
            else if (part === ISRS) topic.isrs = topic.isrs.slice();
            else if (part === ELRS) topic.elrs = topic.elrs.slice();
            else topic.lastKnownElrs = topic.lastKnownElrs.slice();
        }
        return topic;
    }

    group(g: number): GroupState {
        return (this.groups ?? this.base.groups)[g];
    }

    setGroup(g: number, state: GroupState): void {
        this.groups ??= this.base.groups.slice();
        this.groups[g] = state;
        this.dirty = true;
    }

    recordUncleanElection(e: UncleanElection): void {
        this.unclean ??= this.base.uncleanElections.slice();
        this.unclean.push(e);
        this.dataLoss = true;
        this.dirty = true;
    }

    /** Whether anything differs from the base state. */
    get changed(): boolean {
        return this.dirty;
    }

    /** The new immutable state (the base itself when nothing changed). */
    build(): ClusterState {
        if (!this.dirty) return this.base;
        return {
            aliveBrokers: this.alive,
            fencedBrokers: this.fenced,
            waitingBrokers: this.waiting,
            cleanlyStopped: this.cleanlyStopped,
            aliveControllers: this.controllers,
            topics: this.topics,
            groups: this.groups ?? this.base.groups,
            dataLoss: this.dataLoss,
            uncleanElections: this.unclean ?? this.base.uncleanElections
        };
    }
}
