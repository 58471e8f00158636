// The Kafka model's figures (issue 2): one step on 99 brokers x 60 000 partitions,
// fault tolerance on 9 brokers x 5 000 partitions, assignment of 10 000 partitions
// to 500 members.
import { analyzeFaultTolerance, applyStep, ASSIGNORS, assignPartitions, buildCluster, initialState, type ClusterModel, type ClusterSpec, type TopicSpec } from '../simulator/index.js';
import { fmt, time, type Row } from './timing.js';

function spec(brokers: number, topics: number, partitionsPerTopic: number, racks: number): ClusterSpec {
    const topicSpecs: TopicSpec[] = Array.from({ length: topics }, (_, i) => ({
        name: `topic-${String(i).padStart(3, '0')}`,
        partitions: partitionsPerTopic,
        replicationFactor: 3,
        minInsyncReplicas: 2,
        uncleanLeaderElection: false
    }));
    return {
        name: 'bench',
        brokers: Array.from({ length: brokers }, (_, i) => (racks > 0 ? { id: i + 1, rack: `rack-${i % racks}` } : { id: i + 1 })),
        controllers: 3,
        topics: topicSpecs,
        producers: [],
        groups: []
    };
}

function build(s: ClusterSpec): ClusterModel {
    const r = buildCluster(s);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
}

export function simulatorBench(rows: Row[]): void {
    // 1. Initial build of 99 brokers x 60 000 partitions (60 topics x 1 000, RF 3, 3 racks).
    const bigSpec = spec(99, 60, 1000, 3);
    const built = time(5, () => build(bigSpec));
    const big = built.result;
    const bigState = time(5, () => initialState(big));
    rows.push(['build 99 brokers x 60 000 partitions', `${fmt(built.ms)} ms (+ initial state ${fmt(bigState.ms)} ms)`, '-']);

    // 2. One step: fail broker, on the healthy 99 x 60k cluster (a different broker each run).
    const s0 = bigState.result;
    applyStep(big, s0, { kind: 'fail-broker', broker: 99 }); // warm-up
    const failStep = time(15, (i) => applyStep(big, s0, { kind: 'fail-broker', broker: 1 + ((i * 7) % 99) }));
    const touched = failStep.result.ok ? failStep.result.value.events.length : 0;
    rows.push(['fail broker on 99 x 60 000', `${fmt(failStep.ms)} ms (${touched} events)`, '< 50 ms']);
    const failed = applyStep(big, s0, { kind: 'fail-broker', broker: 42 });
    const recoverFrom = failed.ok ? failed.value.state : s0;
    const recoverStep = time(15, () => applyStep(big, recoverFrom, { kind: 'recover-broker', broker: 42 }));
    rows.push(['recover broker on 99 x 60 000', `${fmt(recoverStep.ms)} ms`, '< 50 ms']);

    // 3. Fault-tolerance analysis: 9 brokers x 5 000 partitions (10 topics x 500, 3 racks).
    const ftModel = build(spec(9, 10, 500, 3));
    const ft = time(3, () => analyzeFaultTolerance(ftModel));
    const sets = ft.result.reduce((n, t) => n + t.brokers.failureSets + (t.racks?.failureSets ?? 0), 0);
    rows.push(['fault tolerance 9 brokers x 5 000 partitions', `${fmt(ft.ms)} ms (${sets} failure sets)`, '< 1 s']);
    const ftOne = build(spec(9, 1, 5000, 3));
    const ft1 = time(3, () => analyzeFaultTolerance(ftOne));
    rows.push(['  same, one topic of 5 000 partitions', `${fmt(ft1.ms)} ms`, '< 1 s']);

    // 4. Assignment of 10 000 partitions (10 topics x 1 000) to 500 members, each assignor.
    const ppt = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`topic-${i}`, 1000]));
    const members = Array.from({ length: 500 }, (_, i) => ({ memberId: `consumer-${i}`, topics: Object.keys(ppt) }));
    for (const assignor of ASSIGNORS) {
        const fresh = time(3, () => assignPartitions(assignor, ppt, members));
        // A rebalance: one member left, the rest own what they had (sticky assignors use it).
        const owned = members.slice(1).map((m) => ({ ...m, owned: fresh.result.assignment[m.memberId], generation: 1 }));
        const rebalance = time(3, () => assignPartitions(assignor, ppt, owned));
        rows.push([`assign 10 000 partitions to 500 members: ${assignor}`, `${fmt(fresh.ms)} ms (rebalance ${fmt(rebalance.ms)} ms)`, '-']);
}

    // The sticky assignors' general path: half the members subscribe to half the topics.
    const half = members.map((m, i) => (i % 2 === 0 ? { ...m, topics: Object.keys(ppt).slice(0, 5) } : m));
    const general = time(3, () => assignPartitions('sticky', ppt, half));
    rows.push([`  sticky, unequal subscriptions (general path)`, `${fmt(general.ms)} ms`, '-']);
}
