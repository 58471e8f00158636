// A mutable working copy of a ClusterState for one step. Broker/controller sets
// are copied (they are small); a topic's leader/ISR arrays are copied the first
// time the step writes to that topic, so untouched topics stay shared.

import type { ClusterModel } from './cluster.js';
import type { BrokerId } from './model.js';
import { hasQuorumWith } from './quorum.js';
import { NO_LEADER, type ClusterState, type GroupState, type TopicState, type UncleanElection } from './state.js';

export class StateDraft {
    readonly alive: Set<BrokerId>;
    readonly fenced: Set<BrokerId>;
    readonly controllers: Set<number>;
    dataLoss: boolean;
    private topics: TopicState[] | undefined;
    private readonly leaders = new Map<number, Int32Array>();
    private readonly isrs = new Map<number, (readonly BrokerId[])[]>();
    private groups: GroupState[] | undefined;
    private unclean: UncleanElection[] | undefined;
    /** Something other than the broker/controller sets changed. */
    private dirty = false;

    constructor(
        readonly model: ClusterModel,
        readonly base: ClusterState
    ) {
        this.alive = new Set(base.aliveBrokers);
        this.fenced = new Set(base.fencedBrokers);
        this.controllers = new Set(base.aliveControllers);
        this.dataLoss = base.dataLoss;
    }

    hasQuorum(): boolean {
        return hasQuorumWith(this.model, this.alive, this.controllers);
    }

    leader(t: number, p: number): BrokerId | null {
        const l = (this.leaders.get(t) ?? this.base.topics[t].leaders)[p];
        return l === NO_LEADER ? null : l;
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

    private static sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
        if (a.size !== b.size) return false;
        for (const x of a) if (!b.has(x)) return false;
        return true;
    }

    /** Whether anything differs from the base state. */
    get changed(): boolean {
        return (
            this.dirty ||
            !StateDraft.sameSet(this.alive, this.base.aliveBrokers) ||
            !StateDraft.sameSet(this.fenced, this.base.fencedBrokers) ||
            !StateDraft.sameSet(this.controllers, this.base.aliveControllers)
        );
    }

    /** The new immutable state (the base itself when nothing changed). */
    build(): ClusterState {
        if (!this.changed) return this.base;
        let topics: readonly TopicState[] = this.base.topics;
        if (this.leaders.size > 0 || this.isrs.size > 0) {
            this.topics = this.base.topics.slice();
            for (const t of new Set([...this.leaders.keys(), ...this.isrs.keys()])) {
                this.topics[t] = { leaders: this.leaders.get(t) ?? this.base.topics[t].leaders, isrs: this.isrs.get(t) ?? this.base.topics[t].isrs };
            }
            topics = this.topics;
        }
        const same = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): ReadonlySet<T> => (StateDraft.sameSet(a, b) ? b : a);
        return {
            aliveBrokers: same(this.alive, this.base.aliveBrokers),
            fencedBrokers: same(this.fenced, this.base.fencedBrokers),
            aliveControllers: same(this.controllers, this.base.aliveControllers),
            topics,
            groups: this.groups ?? this.base.groups,
            dataLoss: this.dataLoss,
            uncleanElections: this.unclean ?? this.base.uncleanElections
        };
    }
}
