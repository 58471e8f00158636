// The KRaft controller quorum: a majority (voters / 2 + 1) of the voters must be
// alive for any metadata change (fencing, elections, ISR changes) to commit.
// Source: apache/kafka raft/src/main/java/org/apache/kafka/raft/CandidateState.java (majoritySize).

import type { ClusterModel } from './cluster.js';
import type { QuorumCounts } from './events.js';
import type { QuorumSnapshot } from './model.js';
import type { BrokerId } from './model.js';

export interface QuorumStatus extends QuorumSnapshot {
    readonly mode: 'controllers' | 'brokers';
    /** Voters (controller ids or broker ids) that are down. */
    readonly deadVoters: readonly number[];
}

export function aliveVoterCount(model: ClusterModel, aliveBrokers: ReadonlySet<BrokerId>, aliveControllers: ReadonlySet<number>): number {
    const alive = model.voterMode === 'controllers' ? aliveControllers : aliveBrokers;
    let n = 0;
    for (const v of model.voters) if (alive.has(v)) n++;
    return n;
}

export const hasQuorumWith = (model: ClusterModel, aliveBrokers: ReadonlySet<BrokerId>, aliveControllers: ReadonlySet<number>): boolean =>
    aliveVoterCount(model, aliveBrokers, aliveControllers) >= model.majority;

export function quorumCounts(model: ClusterModel, aliveBrokers: ReadonlySet<BrokerId>, aliveControllers: ReadonlySet<number>): QuorumCounts {
    return { mode: model.voterMode, voters: model.voters.length, alive: aliveVoterCount(model, aliveBrokers, aliveControllers), majority: model.majority };
}

export function quorumStatus(model: ClusterModel, state: { readonly aliveBrokers: ReadonlySet<BrokerId>; readonly aliveControllers: ReadonlySet<number> }): QuorumStatus {
    const alive = model.voterMode === 'controllers' ? state.aliveControllers : state.aliveBrokers;
    const counts = quorumCounts(model, state.aliveBrokers, state.aliveControllers);
    return {
        voters: counts.voters,
        alive: counts.alive,
        majority: counts.majority,
        hasQuorum: counts.alive >= counts.majority,
        mode: model.voterMode,
        deadVoters: model.voters.filter((v) => !alive.has(v))
    };
}
