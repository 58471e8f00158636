// The partition reassignment behind a plan's replication-factor and
// assignment changes, and its rollback. Replicas that stay are never moved:
// a grown RF keeps every current replica and adds brokers in the order the
// model's placement (SIMULATION.md §1) gives for the new RF, then the least
// loaded brokers on racks the partition does not use yet; a shrunk RF keeps
// the first replicas (the preferred leader stays). So the reassignment copies
// exactly |new RF − old RF| replicas per partition, the fewest possible.
import type { Topology, TopologyBroker, TopologyTopic } from './topology.js';

export interface ReassignmentEntry {
    readonly topic: string;
    readonly partition: number;
    readonly replicas: readonly number[];
}

export interface ReassignmentPlan {
    /** The lists to execute, only partitions whose list changes. */
    readonly reassignment: readonly ReassignmentEntry[];
    /** The current lists of the same partitions. */
    readonly rollback: readonly ReassignmentEntry[];
    /** Replicas that must be copied to a broker that has none of the partition. */
    readonly replicasMoved: number;
    /** Topics that change but whose current layout is unknown (the model could not place them). */
    readonly unplanned: readonly string[];
}

export function planReassignment(before: Topology, after: Topology): ReassignmentPlan {
    const reassignment: ReassignmentEntry[] = [];
    const rollback: ReassignmentEntry[] = [];
    const unplanned: string[] = [];
    let replicasMoved = 0;
    const load = replicaLoad(after);
    const beforeByName = new Map(before.topics.map((t) => [t.name, t]));
    for (const next of [...after.topics].sort((a, b) => compare(a.name, b.name))) {
        const old = beforeByName.get(next.name);
        if (!old) continue;
        const rfChanged = old.replicationFactor !== next.replicationFactor;
        if (!rfChanged && !next.assignment) continue;
        const current = old.assignment ?? old.layout;
        if (!current) {
            unplanned.push(next.name);
            continue;
        }
        for (let p = 0; p < current.length && p < next.partitions; p++) {
            const from = current[p];
            const to = next.assignment?.[p] ?? resize(from, next.replicationFactor, next.layout?.[p] ?? [], after.brokers, load);
            if (sameList(from, to)) continue;
            reassignment.push({ topic: next.name, partition: p, replicas: [...to] });
            rollback.push({ topic: next.name, partition: p, replicas: [...from] });
            replicasMoved += to.filter((b) => !from.includes(b)).length;
        }
    }
    return { reassignment, rollback, replicasMoved, unplanned };
}

function resize(
    current: readonly number[], rf: number, placed: readonly number[], brokers: readonly TopologyBroker[], load: Map<number, number>
): number[] {
    if (rf <= current.length) return current.slice(0, Math.max(rf, 0));
    const result = [...current];
    const take = (id: number) => {
        result.push(id);
        load.set(id, (load.get(id) ?? 0) + 1);
    };
    for (const id of placed) {
        if (result.length >= rf) break;
        if (!result.includes(id) && brokers.some((b) => b.id === id)) take(id);
    }
    const rackOf = new Map(brokers.map((b) => [b.id, b.rack]));
    while (result.length < rf) {
        const usedRacks = new Set(result.map((id) => rackOf.get(id)));
        const candidates = brokers.filter((b) => !result.includes(b.id));
        if (candidates.length === 0) break;
        candidates.sort((a, b) =>
            Number(usedRacks.has(a.rack)) - Number(usedRacks.has(b.rack)) || (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) || a.id - b.id);
        take(candidates[0].id);
    }
    return result;
}

function replicaLoad(topology: Topology): Map<number, number> {
    const load = new Map<number, number>();
    for (const topic of topology.topics) {
        for (const replicas of topic.assignment ?? topic.layout ?? []) for (const id of replicas) load.set(id, (load.get(id) ?? 0) + 1);
    }
    return load;
}

/** The pinned lists of a topology as a reassignment (`export --to reassignment`). */
export function pinnedAssignments(topology: Topology): ReassignmentEntry[] {
    return [...topology.topics]
        .sort((a, b) => compare(a.name, b.name))
        .flatMap((t: TopologyTopic) => (t.assignment ?? []).map((replicas, partition) => ({ topic: t.name, partition, replicas: [...replicas] })));
}

/** `kafka-reassign-partitions --execute` input. */
export function reassignmentJson(entries: readonly ReassignmentEntry[]): string {
    const partitions = entries.map((e) => ({ topic: e.topic, partition: e.partition, replicas: e.replicas, log_dirs: e.replicas.map(() => 'any') }));
    const lines = partitions.map((p) => '    ' + JSON.stringify(p));
    return `{\n  "version": 1,\n  "partitions": [${lines.length ? '\n' + lines.join(',\n') + '\n  ' : ''}]\n}\n`;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
