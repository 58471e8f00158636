// Cluster specs for the tests, written inline (the study notes' cluster and the
// dedicated-controllers example of shared/spec/examples).
import { expect } from 'vitest';
import {
    applyStep,
    buildCluster,
    initialState,
    type BrokerSpec,
    type ClusterModel,
    type ClusterSpec,
    type ClusterState,
    type GroupSpec,
    type Step,
    type StepOutcome,
    type TopicSpec
} from '../../simulator/index.js';

export const topic = (name: string, over: Partial<TopicSpec> = {}): TopicSpec => ({
    name,
    partitions: 3,
    replicationFactor: 3,
    minInsyncReplicas: 2,
    uncleanLeaderElection: false,
    ...over
});

export const brokers = (...ids: number[]): BrokerSpec[] => ids.map((id) => ({ id }));

/** `brokers a..b { racks "x", "y", ... }`: racks dealt round-robin over the ids. */
export const brokerRange = (from: number, to: number, racks: string[] = []): BrokerSpec[] =>
    Array.from({ length: to - from + 1 }, (_, i) => (racks.length ? { id: from + i, rack: racks[i % racks.length] } : { id: from + i }));

/**
 * The suites written for SIMULATION.md §2 (ELR off) pin Kafka 4.0, whose new clusters
 * format with eligible.leader.replicas.version 0; ELR suites set their release.
 */
export const ELR_OFF_RELEASE = '4.0';

export function cluster(over: Partial<ClusterSpec> = {}): ClusterSpec {
    return { name: 'test', brokers: brokers(1, 2, 3), topics: [], producers: [], groups: [], kafkaVersion: ELR_OFF_RELEASE, ...over };
}

export function model(spec: ClusterSpec): ClusterModel {
    const built = buildCluster(spec);
    if (!built.ok) throw new Error(`cluster does not build: ${JSON.stringify(built.error)}`);
    return built.value;
}

/** The study notes' order-platform (shared/spec/examples/order-platform.kafka). */
export function orderPlatform(): ClusterSpec {
    const groups: GroupSpec[] = [
        { name: 'order-service', topics: ['order-created'], members: ['A-1', 'A-2', 'A-3'], assignor: 'range' },
        { name: 'notification-service', topics: ['order-created'], members: ['B-1', 'B-2'], assignor: 'range' }
    ];
    return {
        name: 'order-platform',
        // The sample pins AdminUtils' layout (the one the study notes draw).
        placement: 'admin-utils',
        kafkaVersion: ELR_OFF_RELEASE,
        brokers: [
            { id: 1, rack: 'az-1' },
            { id: 2, rack: 'az-2' },
            { id: 3, rack: 'az-3' }
        ],
        topics: [topic('order-created'), topic('stock-reserved'), topic('payment-completed')],
        producers: [{ name: 'order-service', topics: ['order-created'], acks: 'all' }],
        groups
    };
}

/** shared/spec/examples/dedicated-controllers.kafka: 6 brokers over 3 racks, 3 dedicated controllers. */
export function dedicatedControllers(): ClusterSpec {
    const defaults = { partitions: 6, replicationFactor: 3, minInsyncReplicas: 2 };
    return {
        name: 'events',
        controllers: 3,
        brokers: brokerRange(1, 6, ['rack-a', 'rack-b', 'rack-c']),
        topics: [topic('page-views', defaults), topic('sessions', defaults)],
        producers: [{ name: 'web', topics: ['page-views', 'sessions'], acks: 'all' }],
        groups: [{ name: 'sessionizer', topics: ['page-views', 'sessions'], members: ['sessionizer-1', 'sessionizer-2', 'sessionizer-3', 'sessionizer-4'], assignor: 'cooperative-sticky' }]
    };
}

export function step(m: ClusterModel, state: ClusterState, s: Step): StepOutcome {
    const r = applyStep(m, state, s);
    if (!r.ok) throw new Error(`step failed: ${JSON.stringify(r.error)}`);
    return r.value;
}

/** Applies the steps in order from the healthy state. */
export function run(m: ClusterModel, ...steps: Step[]): ClusterState {
    return steps.reduce((s, st) => step(m, s, st).state, initialState(m));
}

export const fail = (broker: number): Step => ({ kind: 'fail-broker', broker });
export const recover = (broker: number): Step => ({ kind: 'recover-broker', broker });

export function partitionOf(m: ClusterModel, state: ClusterState, topicName: string, p: number): { leader: number | null; isr: readonly number[] } {
    const t = m.topicIndex.get(topicName);
    expect(t).toBeDefined();
    const l = state.topics[t!].leaders[p];
    return { leader: l === -1 ? null : l, isr: state.topics[t!].isrs[p] };
}
