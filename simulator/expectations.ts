// `expect ...` checked against a state, with a structured, language-neutral
// account of what was seen (messages/ phrases it in English or Korean).
// Topic conditions: writable = every partition writable with acks=all,
// readable = every partition has a live leader, fully-replicated = every
// partition has |ISR| = RF; the not-/under- forms are their negations.

import type { ClusterModel } from './cluster.js';
import { groupStatus, partitionStatus, type PartitionStatus, type StalledPartition } from './derived.js';
import type { Expectation, TopicCondition } from './model.js';
import { quorumStatus, type QuorumStatus } from './quorum.js';
import type { ClusterState, UncleanElection } from './state.js';

/** Why a partition fails the condition's per-partition test ('ok' when it passes). */
export type PartitionProblem = 'ok' | 'no-leader' | 'leader-down' | 'isr-below-min' | 'isr-member-down' | 'under-replicated';

/** What an expectation saw of one partition: its status, and what (if anything) breaks the expectation. */
export type PartitionObservation = Pick<
    PartitionStatus,
    'topic' | 'partition' | 'replicas' | 'leader' | 'leaderAlive' | 'isr' | 'deadIsr' | 'minInsyncReplicas' | 'effectiveMinIsr' | 'replicationFactor'
> & { readonly problem: PartitionProblem };

export type TopicAspect = 'writable' | 'readable' | 'fully-replicated';

export type Observation =
    | {
          readonly kind: 'topic';
          readonly topic: string;
          readonly condition: TopicCondition;
          /** The per-partition test behind the condition. */
          readonly aspect: TopicAspect;
          readonly partitions: number;
          /** How many partitions pass the aspect's test. */
          readonly passing: number;
          /** The first partition failing the test, else partition 0 (as an example of the healthy state). */
          readonly example: PartitionObservation;
      }
    | { readonly kind: 'unknown-topic'; readonly topic: string }
    | (QuorumStatus & { readonly kind: 'quorum'; readonly expected: boolean })
    | { readonly kind: 'data-loss'; readonly uncleanElections: readonly UncleanElection[] }
    | { readonly kind: 'group'; readonly group: string; readonly members: number; readonly idle: readonly string[]; readonly stalled: readonly StalledPartition[] }
    | { readonly kind: 'unknown-group'; readonly group: string };

export interface ExpectationResult {
    readonly passed: boolean;
    readonly observation: Observation;
}

const ASPECT: Readonly<Record<TopicCondition, TopicAspect>> = {
    writable: 'writable',
    'not-writable': 'writable',
    readable: 'readable',
    'not-readable': 'readable',
    'fully-replicated': 'fully-replicated',
    'under-replicated': 'fully-replicated'
};

const POSITIVE: ReadonlySet<TopicCondition> = new Set(['writable', 'readable', 'fully-replicated']);

function problemOf(s: PartitionStatus, aspect: TopicAspect): PartitionProblem {
    if (aspect === 'fully-replicated') return s.underReplicated ? 'under-replicated' : 'ok';
    if (s.leader === null) return 'no-leader';
    if (!s.leaderAlive) return 'leader-down';
    if (aspect === 'readable') return 'ok';
    if (s.isr.length < s.effectiveMinIsr) return 'isr-below-min';
    if (s.deadIsr.length > 0) return 'isr-member-down';
    return 'ok';
}

function observe(s: PartitionStatus, aspect: TopicAspect): PartitionObservation {
    return {
        topic: s.topic,
        partition: s.partition,
        replicas: s.replicas,
        leader: s.leader,
        leaderAlive: s.leaderAlive,
        isr: s.isr,
        deadIsr: s.deadIsr,
        minInsyncReplicas: s.minInsyncReplicas,
        effectiveMinIsr: s.effectiveMinIsr,
        replicationFactor: s.replicationFactor,
        problem: problemOf(s, aspect)
    };
}

export function evaluateExpectation(model: ClusterModel, state: ClusterState, expectation: Expectation): ExpectationResult {
    switch (expectation.kind) {
        case 'topic': {
            const t = model.topicIndex.get(expectation.topic);
            if (t === undefined) return { passed: false, observation: { kind: 'unknown-topic', topic: expectation.topic } };
            const aspect = ASPECT[expectation.condition];
            const partitions = model.topics[t].partitions;
            let passing = 0;
            let example: PartitionObservation | undefined;
            for (let p = 0; p < partitions; p++) {
                const o = observe(partitionStatus(model, state, t, p), aspect);
                if (o.problem === 'ok') passing++;
                else example ??= o;
            }
            example ??= observe(partitionStatus(model, state, t, 0), aspect);
            const all = passing === partitions;
            const passed = POSITIVE.has(expectation.condition) ? all : !all;
            return { passed, observation: { kind: 'topic', topic: expectation.topic, condition: expectation.condition, aspect, partitions, passing, example } };
        }
        case 'quorum': {
            const q = quorumStatus(model, state);
            return {
                passed: q.hasQuorum === expectation.present,
                observation: { kind: 'quorum', expected: expectation.present, mode: q.mode, voters: q.voters, alive: q.alive, majority: q.majority, hasQuorum: q.hasQuorum, deadVoters: q.deadVoters }
            };
        }
        case 'no-data-loss':
            return { passed: !state.dataLoss, observation: { kind: 'data-loss', uncleanElections: state.uncleanElections } };
        case 'group-balanced': {
            const g = model.groupIndex.get(expectation.group);
            if (g === undefined) return { passed: false, observation: { kind: 'unknown-group', group: expectation.group } };
            const s = groupStatus(model, state, g);
            return {
                passed: s.balanced,
                observation: { kind: 'group', group: s.name, members: state.groups[g].members.length, idle: s.idle, stalled: s.stalled }
            };
        }
    }
}
