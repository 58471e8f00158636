// A mutable working copy of a ClusterState for one step. Broker/controller sets
// are copied (they are small); a topic's leader/ISR arrays are copied the first
// time the step writes to that topic, so untouched topics stay shared.

import type { ClusterModel } from './cluster.js';
import type { BrokerId } from './model.js';
import { hasQuorumWith } from './quorum.js';
import { NO_LEADER, type ClusterState, type GroupState, type TopicState, type UncleanElection } from './state.js';

export class StateDraft {
    private aliveCopy: Set<BrokerId> | undefined;
    private fencedCopy: Set<BrokerId> | undefined;
    private controllersCopy: Set<number> | undefined;
    private waitingCopy: Set<BrokerId> | undefined;
    private cleanCopy: Set<BrokerId> | undefined;
    dataLoss: boolean;
    private topics: TopicState[] | undefined;
    private readonly leaders = new Map<number, Int32Array>();
    private readonly isrs = new Map<number, (readonly BrokerId[])[]>();
    private readonly elrs = new Map<number, (readonly BrokerId[])[]>();
    private readonly lastKnownElrs = new Map<number, (readonly BrokerId[])[]>();
    private groups: GroupState[] | undefined;
    private unclean: UncleanElection[] | undefined;
    /** Something changed (mutators only run when they change something). */
    private dirty = false;

    constructor(
        readonly model: ClusterModel,
        readonly base: ClusterState
    ) {
        this.dataLoss = base.dataLoss;
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
        const l = (this.leaders.get(t) ?? this.base.topics[t].leaders)[p];
        return l === NO_LEADER ? null : l;
    }

    /** Topic `t`'s leaders as they are now (read only: NO_LEADER for none), for loops over its partitions. */
    leadersOf(t: number): Readonly<Int32Array> {
        return this.leaders.get(t) ?? this.base.topics[t].leaders;
    }

    isr(t: number, p: number): readonly BrokerId[] {
        return (this.isrs.get(t) ?? this.base.topics[t].isrs)[p];
    }

    setLeader(t: number, p: number, leader: BrokerId | null): void {
        let leaders = this.leaders.get(t);
        if (!leaders) {
            leaders = this.base.topics[t].leaders.slice();
            this.leaders.set(t, leaders);
        }
        leaders[p] = leader === null ? NO_LEADER : leader;
        this.dirty = true;
    }

    setIsr(t: number, p: number, isr: readonly BrokerId[]): void {
        let isrs = this.isrs.get(t);
        if (!isrs) {
            isrs = this.base.topics[t].isrs.slice();
            this.isrs.set(t, isrs);
        }
        isrs[p] = isr;
        this.dirty = true;
    }

    elr(t: number, p: number): readonly BrokerId[] {
        return (this.elrs.get(t) ?? this.base.topics[t].elrs)[p];
    }

    lastKnownElr(t: number, p: number): readonly BrokerId[] {
        return (this.lastKnownElrs.get(t) ?? this.base.topics[t].lastKnownElrs)[p];
    }

    setElr(t: number, p: number, elr: readonly BrokerId[]): void {
        let elrs = this.elrs.get(t);
        if (!elrs) {
            elrs = this.base.topics[t].elrs.slice();
            this.elrs.set(t, elrs);
        }
        elrs[p] = elr;
        this.dirty = true;
    }

    setLastKnownElr(t: number, p: number, lastKnownElr: readonly BrokerId[]): void {
        let lists = this.lastKnownElrs.get(t);
        if (!lists) {
            lists = this.base.topics[t].lastKnownElrs.slice();
            this.lastKnownElrs.set(t, lists);
        }
        lists[p] = lastKnownElr;
        this.dirty = true;
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
        let topics: readonly TopicState[] = this.base.topics;
        const touched = new Set([...this.leaders.keys(), ...this.isrs.keys(), ...this.elrs.keys(), ...this.lastKnownElrs.keys()]);
        if (touched.size > 0) {
            this.topics = this.base.topics.slice();
            for (const t of touched) {
                const base = this.base.topics[t];
                this.topics[t] = {
                    leaders: this.leaders.get(t) ?? base.leaders,
                    isrs: this.isrs.get(t) ?? base.isrs,
                    elrs: this.elrs.get(t) ?? base.elrs,
                    lastKnownElrs: this.lastKnownElrs.get(t) ?? base.lastKnownElrs
                };
            }
            topics = this.topics;
        }
        return {
            aliveBrokers: this.alive,
            fencedBrokers: this.fenced,
            waitingBrokers: this.waiting,
            cleanlyStopped: this.cleanlyStopped,
            aliveControllers: this.controllers,
            topics,
            groups: this.groups ?? this.base.groups,
            dataLoss: this.dataLoss,
            uncleanElections: this.unclean ?? this.base.uncleanElections
        };
    }
}
