// Simulator benchmark (not a test): `npm run bench`, or
//   npx esbuild bench/main.ts --bundle --platform=node --format=cjs --outfile=/tmp/bench.cjs && node /tmp/bench.cjs
// Prints the median of several runs per case, with the target where there is one.
import { performance } from 'node:perf_hooks';
import {
    analyzeFaultTolerance,
    applyStep,
    ASSIGNORS,
    assignPartitions,
    buildCluster,
    initialState,
    type ClusterModel,
    type ClusterSpec,
    type TopicSpec
} from '../simulator/index.js';

function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time<T>(runs: number, fn: (i: number) => T): { ms: number; result: T } {
    const times: number[] = [];
    let result!: T;
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        result = fn(i);
        times.push(performance.now() - start);
    }
    return { ms: median(times), result };
}

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

const rows: [string, string, string][] = [];
const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

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

const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), ['case', 'median', 'target'][c].length));
const line = (r: readonly string[]): string => r.map((x, c) => x.padEnd(widths[c])).join('  ');
console.log(line(['case', 'median', 'target']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
