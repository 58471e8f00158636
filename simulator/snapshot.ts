// The JSON snapshot of a state (SIMULATION.md §5): quorum, brokers, partitions
// sorted by topic then partition, groups, dataLoss. Expectations are filled in
// by the scenario runner.

import type { ClusterModel } from './cluster.js';
import { groupStatus, partitionStatus } from './derived.js';
import type { ExpectationSnapshot, PartitionSnapshot, StepSnapshot } from './model.js';
import { quorumStatus } from './quorum.js';
import type { ClusterState } from './state.js';

export function snapshot(model: ClusterModel, state: ClusterState, stepText: string, expectations: readonly ExpectationSnapshot[] = []): StepSnapshot {
    const q = quorumStatus(model, state);
    const partitions: PartitionSnapshot[] = [];
    for (const t of model.topicsByName) {
        for (let p = 0; p < model.topics[t].partitions; p++) {
            const s = partitionStatus(model, state, t, p);
            partitions.push({
                topic: s.topic,
                partition: p,
                replicas: s.replicas,
                leader: s.leader,
                isr: s.isr,
                elr: s.elr,
                lastKnownElr: s.lastKnownElr,
                writable: s.writable,
                readable: s.readable,
                underReplicated: s.underReplicated,
                underMinIsr: s.underMinIsr
            });
        }
    }
    return {
        step: stepText,
        quorum: { voters: q.voters, alive: q.alive, majority: q.majority, hasQuorum: q.hasQuorum },
        brokers: model.brokers.map((b) => (b.rack === undefined ? { id: b.id, alive: state.aliveBrokers.has(b.id) } : { id: b.id, rack: b.rack, alive: state.aliveBrokers.has(b.id) })),
        partitions,
        groups: model.groups.map((g) => {
            const s = groupStatus(model, state, g.index);
            return { name: s.name, assignment: s.assignment, idle: s.idle, stalled: s.stalled.map((x) => x.partition) };
        }),
        dataLoss: state.dataLoss,
        expectations
    };
}
