// Verdicts that depend on the layout (RULES.md expectation-depends-on-placement):
// Kafka draws a new topic's replica layout at random, so a topic expectation of a
// scenario that holds for the modelled layout may fail on the cluster Kafka
// actually builds. For each topic without an explicit assignment that a passing
// topic expectation names, the scenario is replayed on up to `maxLayouts`
// distinct layouts the placer can produce (striped: other MockRandom seeds;
// admin-utils: other start indexes, as `kafka-reassign-partitions --generate`
// draws one), on the cluster restricted to that topic (a topic's leaders and ISR
// depend only on its own replicas, the brokers and the quorum). Bounded: a topic
// whose replay would exceed `workBudget` is skipped, and the caller says so.

import { restrictToTopic, type ClusterModel, type TopicModel } from './cluster.js';
import type { BrokerId } from './model.js';
import { murmur2, toPositive, utf8Bytes } from './partitioner.js';
import { assignReplicasToBrokers } from './placement.js';
import { stripedLayout } from './placement/topic-layout.js';
import { partitionStatus } from './derived.js';
import type { TopicCondition } from './model.js';
import { runScenario } from './scenario.js';
import { actsOnClusterOnly } from './scenario-scope.js';
import type { ScenarioItem } from './scenario-walk.js';
import { initialState } from './state.js';
import { applyStep } from './steps.js';

export const MAX_LAYOUTS = 64;
/** Partition-steps (layouts × partitions × (replication factor + scenario items)) one topic may cost. */
export const LAYOUT_WORK_BUDGET = 4_000_000;

export interface LayoutDependence {
    /** Index of the expectation in the scenario's items. */
    readonly itemIndex: number;
    readonly topic: string;
    /** Distinct layouts tried, the modelled one included. */
    readonly tried: number;
    /** Layouts under which the expectation fails. */
    readonly disagree: number;
    /** One partition whose replica list (in the first disagreeing layout) makes it fail. */
    readonly flip: { readonly partition: number; readonly replicas: readonly BrokerId[] };
}

export interface SkippedLayoutCheck {
    readonly topic: string;
    readonly work: number;
    readonly budget: number;
}

export interface LayoutDependenceResult {
    readonly dependences: readonly LayoutDependence[];
    readonly skipped: readonly SkippedLayoutCheck[];
}

export interface LayoutDependenceOptions {
    readonly maxLayouts?: number;
    readonly workBudget?: number;
}

const seedOf = (topic: string, k: number): number => toPositive(murmur2(utf8Bytes(`${topic}#${k}`)));

const layoutKey = (layout: readonly (readonly BrokerId[])[]): string => layout.map((r) => r.join(',')).join(';');

/** Distinct layouts per model and topic: every scenario of a cluster asks for the same ones. */
const layoutCache = new WeakMap<ClusterModel, Map<string, readonly (readonly (readonly BrokerId[])[])[]>>();

/** The distinct layouts the placer could choose for topic `t` besides the modelled one (from `count` draws). */
function alternativeLayouts(model: ClusterModel, t: number, count: number): readonly (readonly (readonly BrokerId[])[])[] {
    const topic = model.topics[t];
    const perModel = layoutCache.get(model) ?? layoutCache.set(model, new Map()).get(model)!;
    const cacheKey = `${topic.name}\u0000${count}`;
    const cached = perModel.get(cacheKey);
    if (cached) return cached;
    const seen = new Set([layoutKey(topic.replicas)]);
    const layouts: BrokerId[][][] = [];
    for (let k = 1; k < count; k++) {
        const placed = model.placement === 'admin-utils'
            ? assignReplicasToBrokers(model.brokers, topic.partitions, topic.replicationFactor, k % model.brokers.length)
            : stripedLayout(model.brokers, topic.partitions, topic.replicationFactor, seedOf(topic.name, k));
        if (!placed.ok) continue;
        const key = layoutKey(placed.value);
        if (seen.has(key)) continue;
        seen.add(key);
        layouts.push(placed.value);
    }
    perModel.set(cacheKey, layouts);
    return layouts;
}

export function layoutDependence(model: ClusterModel, items: readonly ScenarioItem[], options: LayoutDependenceOptions = {}): LayoutDependenceResult {
    const maxLayouts = options.maxLayouts ?? MAX_LAYOUTS;
    const budget = options.workBudget ?? LAYOUT_WORK_BUDGET;
    // Member steps and other expectations do not change a topic's leaders or ISR: the
    // replays (and the modelled run, without the groups' assignors) leave them out.
    const relevant = items.flatMap((item, i) =>
        (item.kind === 'step' && actsOnClusterOnly(item.step)) || (item.kind === 'expect' && item.expectation.kind === 'topic') ? [i] : []);
    const steps = relevant.filter((i) => items[i].kind === 'step');
    // Topic expectations on placed topics, by topic; each topic's verdicts on the modelled layout
    // come from the cluster restricted to it (the same verdicts as on the whole cluster: a topic's
    // leaders and ISR depend only on its own replicas), not from a replay of every topic.
    const named = new Map<number, number[]>();
    for (const i of relevant) {
        const item = items[i];
        if (item.kind !== 'expect' || item.expectation.kind !== 'topic') continue;
        const t = model.topicIndex.get(item.expectation.topic);
        if (t === undefined || model.topics[t].explicitAssignment) continue;
        (named.get(t) ?? named.set(t, []).get(t)!).push(i);
    }
    // Passing topic expectations on placed topics, by topic.
    const byTopic = new Map<number, number[]>();
    for (const [t, expectations] of named) {
        const kept = [...steps, ...expectations].sort((a, b) => a - b);
        const outcomes = runScenario(restrictToTopic(model, t), kept.map((i) => items[i]), { snapshots: false, events: false }).outcomes;
        const passing = kept.filter((i, j) => items[i].kind === 'expect' && outcomes[j].kind === 'expect' && outcomes[j].passed);
        if (passing.length > 0) byTopic.set(t, passing);
    }

    const dependences: LayoutDependence[] = [];
    const skipped: SkippedLayoutCheck[] = [];
    for (const [t, expectations] of byTopic) {
        const topic = model.topics[t];
        const kept = [...steps, ...expectations].sort((a, b) => a - b);
        const work = maxLayouts * topic.partitions * (topic.replicationFactor + kept.length);
        if (work > budget) {
            skipped.push({ topic: topic.name, work, budget });
            continue;
        }
        const layouts = alternativeLayouts(model, t, maxLayouts);
        if (layouts.length === 0) continue;
        // A partition's leader and ISR depend only on its own replica list: replay each
        // distinct list once, as the partitions of one topic, then judge every layout.
        const listIndex = new Map<string, number>();
        const lists: (readonly BrokerId[])[] = [];
        const layoutLists = layouts.map((layout) => layout.map((replicas) => {
            const key = replicas.join(',');
            let i = listIndex.get(key);
            if (i === undefined) {
                i = lists.length;
                listIndex.set(key, i);
                lists.push(replicas);
            }
            return i;
        }));
        const passes = replayLists(model, topic, lists, kept.map((i) => items[i]));
        kept.forEach((i, j) => {
            const item = items[i];
            const pass = passes[j];
            if (item.kind !== 'expect' || item.expectation.kind !== 'topic' || !pass) return;
            const positive = POSITIVE.has(item.expectation.condition);
            let count = 0;
            let flip: LayoutDependence['flip'] | undefined;
            layoutLists.forEach((ofLayout, l) => {
                const failing = ofLayout.findIndex((list) => !pass[list]);
                const holds = positive ? failing < 0 : failing >= 0;
                if (holds) return;
                count++;
                const partition = failing < 0 ? 0 : failing;
                flip ??= { partition, replicas: layouts[l][partition] };
            });
            if (flip) dependences.push({ itemIndex: i, topic: topic.name, tried: layouts.length + 1, disagree: count, flip });
        });
    }
    dependences.sort((a, b) => a.itemIndex - b.itemIndex);
    return { dependences, skipped };
}

const POSITIVE: ReadonlySet<TopicCondition> = new Set(['writable', 'readable', 'fully-replicated']);

/**
 * The replay: the cluster restricted to one topic whose partitions are `lists`; for each
 * item, when it is a topic expectation, whether each list's partition passes its
 * per-partition test (writable, readable, fully replicated) at that point.
 */
function replayLists(model: ClusterModel, topic: TopicModel, lists: readonly (readonly BrokerId[])[], items: readonly ScenarioItem[]): (boolean[] | undefined)[] {
    const variant = restrictToTopic({ ...model, topics: [{ ...topic, partitions: lists.length, replicas: lists }] }, 0);
    let state = initialState(variant);
    return items.map((item) => {
        if (item.kind === 'step') {
            const result = applyStep(variant, state, item.step, { events: false });
            if (result.ok) state = result.value.state;
            return undefined;
        }
        if (item.expectation.kind !== 'topic') return undefined;
        const condition = item.expectation.condition;
        return lists.map((_, p) => {
            const s = partitionStatus(variant, state, 0, p);
            if (condition === 'writable' || condition === 'not-writable') return s.writable;
            if (condition === 'readable' || condition === 'not-readable') return s.readable;
            return !s.underReplicated;
        });
    });
}
