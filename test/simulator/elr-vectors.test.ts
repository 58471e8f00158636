// The Eligible Leader Replicas entries of shared/vectors/kafka-vectors-4x.json, read at
// run time: each names its upstream file (apache/kafka
// metadata/src/test/java/org/apache/kafka/controller/PartitionChangeBuilderTest.java or
// ReplicationControlManagerTest.java, or the main classes run unmodified) and release
// (4.1.1, unchanged in 4.2.0-rc1). partitionChangeBuilder entries run one
// PartitionChangeBuilder.build() through the port; controllerScenario entries run the
// model's fencing / unfencing (broker-lifecycle.ts) with the release the entry names,
// without the model's instant catch-up (in Kafka only the leader's AlterPartition expands
// an ISR), and the leader's AlterPartition through the port.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fenceBroker, unfenceBroker, type StepContext } from '../../simulator/broker-lifecycle.js';
import { buildCluster, type ClusterModel } from '../../simulator/cluster.js';
import { buildPartitionChangeRecord, mergePartitionChange, NO_LEADER_CHANGE, type ElectionKind } from '../../simulator/partition-change.js';
import { releaseOf } from '../../simulator/releases.js';
import { initialState, type ClusterState } from '../../simulator/state.js';
import { StateDraft } from '../../simulator/state-draft.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const VECTORS_4X_URL = new URL('../../../shared/vectors/kafka-vectors-4x.json', import.meta.url);
const entries: Json[] = JSON.parse(readFileSync(VECTORS_4X_URL, 'utf8')).eligibleLeaderReplicas;

/** `4.1.1` → the modelled line `4.1`. */
const lineOf = (version: string): string => {
    const release = releaseOf(version.replace(/-rc\d+$/, ''));
    if (!release) throw new Error(`the vector names release ${version}, which the model does not cover`);
    return release.version;
};

describe('ELR vectors: PartitionChangeBuilder.build()', () => {
    for (const v of entries.filter((e) => e.kind === 'partitionChangeBuilder')) {
        it(`${v.name} (${v.source.split('/').pop()}, Kafka ${v.kafkaVersion})`, () => {
            const release = releaseOf(lineOf(v.kafkaVersion))!;
            const partition = {
                replicas: v.initial.replicas,
                isr: v.initial.isr,
                elr: v.initial.elr,
                lastKnownElr: v.initial.lastKnownElr,
                leader: v.initial.leader,
                recovering: v.initial.leaderRecoveryState === 'RECOVERING'
            };
            const acceptable = new Set<number>(v.acceptableLeaders);
            const record = buildPartitionChangeRecord({
                partition,
                targetIsr: v.targetIsr,
                election: v.election as ElectionKind,
                isAcceptableLeader: (r) => acceptable.has(r),
                minIsr: v.minIsr,
                eligibleLeaderReplicasEnabled: v.eligibleLeaderReplicasEnabled,
                useLastKnownLeaderInBalancedRecovery: v.useLastKnownLeaderInBalancedRecovery,
                lastKnownLeaderRule: release.lastKnownLeaderRule
            });
            if (v.expectNoChange) {
                expect(record).toBeNull();
                return;
            }
            expect(record).not.toBeNull();
            const expected = v.expectedRecord;
            expect(record!.leader).toBe(expected.leader);
            if ('isr' in expected) expect(record!.isr).toEqual(expected.isr);
            else expect(record!.isr).toBeUndefined();
            // ELR lists are compared in order: Kafka builds them from a HashSet.
            if ('eligibleLeaderReplicas' in expected) expect(record!.elr).toEqual(expected.eligibleLeaderReplicas);
            else expect(record!.elr).toBeUndefined();
            if ('lastKnownElr' in expected) expect(record!.lastKnownElr).toEqual(expected.lastKnownElr);
            else expect(record!.lastKnownElr).toBeUndefined();
            expect(record!.recovering === true).toBe(expected.leaderRecoveryState === 'RECOVERING');
            const merged = mergePartitionChange(partition, record!);
            const state = v.expectedState;
            expect({ isr: merged.isr, elr: merged.elr, lastKnownElr: merged.lastKnownElr, leader: merged.leader }).toEqual({
                isr: state.isr,
                elr: state.elr,
                lastKnownElr: state.lastKnownElr,
                leader: state.leader
            });
            if (record!.leader === NO_LEADER_CHANGE) expect(state.leaderEpoch).toBe(v.initial.leaderEpoch);
        });
    }
});

/** ReplicationControlTestContext as the model: brokers, one topic with the scenario's assignment and min ISR. */
function controllerModel(v: Json): ClusterModel {
    const setup = v.steps[0];
    const minIsr = v.steps.find((s: Json) => s.op === 'setTopicConfig')?.['min.insync.replicas'] ?? setup.then2?.['min.insync.replicas'] ?? '1';
    const built = buildCluster({
        name: 'vector',
        kafkaVersion: lineOf(v.kafkaVersion),
        features: { 'eligible.leader.replicas.version': v.eligibleLeaderReplicasEnabled ? 1 : 0 },
        controllers: 1,
        brokers: setup.brokers.map((id: number) => ({ id })),
        topics: [{ name: 't', partitions: setup.then.assignment.length, replicationFactor: setup.then.assignment[0].length, minInsyncReplicas: Number(minIsr), uncleanLeaderElection: false, assignment: setup.then.assignment }],
        producers: [],
        groups: []
    });
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    return built.value;
}

function controllerStep(m: ClusterModel, state: ClusterState, run: (ctx: StepContext) => void): ClusterState {
    const draft = new StateDraft(m, state);
    run({ model: m, draft, events: null, instantCatchUp: false });
    return draft.build();
}

const observed = (s: ClusterState) => ({
    isr: [...s.topics[0].isrs[0]],
    elr: [...s.topics[0].elrs[0]].sort((a, b) => a - b),
    lastKnownElr: [...s.topics[0].lastKnownElrs[0]].sort((a, b) => a - b),
    leader: s.topics[0].leaders[0]
});

describe('ELR vectors: ReplicationControlManager scenarios', () => {
    for (const v of entries.filter((e) => e.kind === 'controllerScenario' && Array.isArray(e.steps) && e.steps.length > 0)) {
        it(`${v.name} (${v.source.split(' ')[0].split('/').pop()}, Kafka ${v.kafkaVersion})`, () => {
            const m = controllerModel(v);
            expect(m.elrEnabled).toBe(true);
            let s = initialState(m);
            for (const step of v.steps) {
                switch (step.op) {
                    case 'registerAndUnfence':
                    case 'setTopicConfig':
                        break;
                    case 'fenceBrokers':
                        s = controllerStep(m, s, (ctx) => {
                            // The test first heartbeats every broker it does not fence.
                            for (const b of m.brokerIds) if (!step.brokers.includes(b) && ctx.draft.fenced.has(b)) unfenceBroker(ctx, b, false);
                            for (const b of step.fenceOrder) {
                                ctx.draft.setAlive(b, false);
                                fenceBroker(ctx, b, false);
                            }
                        });
                        break;
                    case 'unfenceBrokers':
                        s = controllerStep(m, s, (ctx) => {
                            for (const b of step.brokers) {
                                if (!ctx.draft.fenced.has(b)) continue;
                                ctx.draft.setAlive(b, true);
                                unfenceBroker(ctx, b, false);
                            }
                        });
                        break;
                    case 'alterPartition': {
                        // The leader's AlterPartition: a PartitionChangeBuilder with the new ISR.
                        s = controllerStep(m, s, (ctx) => {
                            const d = ctx.draft;
                            const partition = { replicas: m.topics[0].replicas[0], isr: d.isr(0, 0), elr: d.elr(0, 0), lastKnownElr: d.lastKnownElr(0, 0), leader: d.leader(0, 0) ?? -1, recovering: false };
                            const record = buildPartitionChangeRecord({
                                partition,
                                targetIsr: step.newIsr,
                                election: 'ONLINE',
                                isAcceptableLeader: (r) => !d.fenced.has(r),
                                minIsr: m.topics[0].effectiveMinIsr,
                                eligibleLeaderReplicasEnabled: m.elrEnabled
                            });
                            if (!record) return;
                            const after = mergePartitionChange(partition, record);
                            d.setIsr(0, 0, after.isr);
                            d.setElr(0, 0, after.elr);
                            d.setLastKnownElr(0, 0, after.lastKnownElr);
                        });
                        break;
                    }
                    default:
                        throw new Error(`unknown op ${step.op}`);
                }
                if (step.expect?.elr) expect(observed(s).elr).toEqual([...step.expect.elr].sort((a: number, b: number) => a - b));
                if (step.expect?.lastKnownElr) expect(observed(s).lastKnownElr).toEqual(step.expect.lastKnownElr);
                if (step.expect?.leader !== undefined) expect(observed(s).leader).toBe(step.expect.leader);
                if (step.observedFullState) {
                    const full = step.observedFullState;
                    expect(observed(s)).toEqual({ isr: full.isr, elr: [...full.elr].sort((a: number, b: number) => a - b), lastKnownElr: full.lastKnownElr, leader: full.leader });
                }
            }
        });
    }

    const effective = entries.find((e) => e.name === 'testEligibleLeaderReplicas_EffectiveMinIsr');
    if (effective) {
        it(`${effective.name}: the ELR uses min(min.insync.replicas, RF)`, () => {
            const built = buildCluster({
                name: 'vector',
                kafkaVersion: lineOf(effective.kafkaVersion),
                brokers: [{ id: 0 }, { id: 1 }, { id: 2 }],
                topics: [{ name: 't', partitions: 1, replicationFactor: effective.replicationFactor, minInsyncReplicas: Number(effective.topicConfig['min.insync.replicas']), uncleanLeaderElection: false }],
                producers: [],
                groups: []
            });
            expect(built.ok && built.value.topics[0].effectiveMinIsr).toBe(effective.expectedEffectiveMinIsr);
        });
    }
});
