// What an export format cannot carry, said in the output instead of dropped.
import type { Topology } from '../topology.js';

export function notCarried(topology: Topology, options: { readonly assignments: boolean }): string[] {
    const lines: string[] = [];
    const pinned = topology.topics.filter((t) => t.assignment).map((t) => t.name);
    if (!options.assignments && pinned.length > 0) {
        lines.push(`pinned replica assignments (${pinned.join(', ')}): use 'export --to reassignment' and kafka-reassign-partitions`);
    }
    const groups = topology.groups.filter((g) => g.kind === 'consumer').map((g) => g.name);
    if (groups.length > 0) lines.push(`consumer groups (${groups.join(', ')}): clients create them when they join`);
    const shares = topology.groups.filter((g) => g.kind === 'share').map((g) => g.name);
    if (shares.length > 0) lines.push(`share groups (${shares.join(', ')}): clients create them when they join`);
    if (topology.producers > 0) lines.push(`producers (${topology.producers}): client settings, not cluster resources`);
    if (topology.scenarios > 0) lines.push(`scenarios (${topology.scenarios}): failover drills for the model only`);
    const cluster = Object.entries(topology.clusterConfigs).map(([k, v]) => `${k}=${v}`);
    if (cluster.length > 0) lines.push(`cluster-wide broker settings (${cluster.join(', ')}): set with kafka-configs --entity-type brokers --entity-default; each topic above carries them as topic configs`);
    if (topology.brokers.length > 0) lines.push(`brokers and racks (${topology.brokers.length}): broker.id / broker.rack in each server.properties`);
    return lines;
}
