// Results that are pure functions of a cluster's spec, kept across builds and
// keyed by exactly what they read: the simulator's model (the ClusterSpec as
// JSON, each topic's part kept with it), its scenario verdicts and layout dependences (+ the scenario's steps
// and expectations), its
// fault-tolerance analyses (+ the topic) and group assignments (assignor,
// protocol, partitions per topic, members, subscriptions, release). A typing
// edit that leaves these inputs alone (a retention value, a description, a
// config entry) re-runs none of them; any change of an input is a new key.
// Bounded (LRU by count and by the modelled topics), and dropped with the
// documents that produced them.
import type { ScenarioItem, TopicFaultTolerance, buildCluster, ClusterSpec, LayoutDependenceResult } from '../../simulator/index.js';
import type { Observation } from '../../simulator/index.js';
import { LruMap } from '../util/lru-map.js';

export type ModelResult = ReturnType<typeof buildCluster>;

/** What the validator reads of a scenario run, item by item (no texts or lines: those are the caller's). */
export type ScenarioVerdict =
    | { readonly kind: 'step'; readonly noEffect: boolean }
    | { readonly kind: 'expect'; readonly passed: boolean; readonly observation: Observation };

/** One model and what was computed on it. */
export interface ModelEntry {
    readonly model: ModelResult;
    readonly verdicts: LruMap<string, readonly ScenarioVerdict[]>;
    /** What `layoutDependence` found for a scenario (expectation-depends-on-placement), by the same key as the verdicts. */
    readonly layouts: LruMap<string, LayoutDependenceResult>;
    readonly tolerance: Map<string, TopicFaultTolerance | undefined>;
    /** The documents (URIs) of the cluster parts it was built from. */
    readonly owners: ReadonlySet<string>;
}

interface Owned<T> {
    readonly value: T;
    readonly owners: ReadonlySet<string>;
}

/** Models kept: a few clusters, or a few versions of one (undo). */
const MAX_MODELS = 8;
/** Topics over all kept models: the memory of a few big clusters' models at most. */
const MAX_MODELLED_TOPICS = 60_000;
const MAX_SCENARIOS_PER_MODEL = 64;
const MAX_ASSIGNMENTS = 8_192;
/** Assigned partitions over all kept assignments. */
const MAX_ASSIGNED_PARTITIONS = 2_000_000;

/** A scenario's inputs: its steps and expectations in order (texts and lines are not inputs). */
const scenarioKey = (items: readonly ScenarioItem[]) => JSON.stringify(items.map((item) => (item.kind === 'step' ? item.step : item.expectation)));

function kept<T>(map: LruMap<string, T>, key: string, compute: () => T): T {
    let value = map.get(key);
    if (value === undefined) {
        value = compute();
        map.set(key, value);
    }
    return value;
}

/** A topic's, producer's or group's spec as JSON, kept with the spec (ClusterFacts keeps each spec while its inputs are unchanged). */
const specJson = new WeakMap<object, string>();

const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** A recent key and the JSON of its specs' lists, item by item. */
interface RecentKey {
    readonly head: string;
    readonly lists: ReadonlyArray<readonly string[]>;
    readonly key: string;
}

const MAX_RECENT_KEYS = 8;

function jsonOf(spec: object): string {
    let json = specJson.get(spec);
    if (json === undefined) specJson.set(spec, (json = JSON.stringify(spec)));
    return json;
}

/**
 * The spec as JSON: each topic's, producer's and group's part written once, and the whole key
 * given again (the same string, its hash already computed) for a spec whose parts write what a
 * recent one's wrote. An edit that changes no part's JSON (a re-parsed topic whose new spec is
 * equal) then costs a comparison of the parts, not a key of the whole cluster written, hashed
 * and compared (≈ 60 ms per edit at 200 000 lines).
 */
class SpecKeys {
    private readonly recent: RecentKey[] = [];

    of(spec: ClusterSpec): string {
        const head = JSON.stringify({ ...spec, topics: undefined, producers: undefined, groups: undefined });
        const lists = [spec.topics.map(jsonOf), spec.producers.map(jsonOf), spec.groups.map(jsonOf)];
        const known = this.recent.find((r) => r.head === head && r.lists.every((list, i) => sameItems(list, lists[i])));
        if (known) return known.key;
        const key = `${head}|${lists.map((list) => list.join(',')).join('|')}`;
        this.recent.unshift({ head, lists, key });
        if (this.recent.length > MAX_RECENT_KEYS) this.recent.pop();
        return key;
    }
}

export class AnalysisCache {
    private readonly models = new LruMap<string, ModelEntry>(MAX_MODELS, MAX_MODELLED_TOPICS);
    private readonly assignments = new LruMap<string, Owned<unknown>>(MAX_ASSIGNMENTS, MAX_ASSIGNED_PARTITIONS);
    private readonly specKeys = new SpecKeys();

    /** The model of `spec` (built by `build` unless a model of an equal spec is kept). */
    modelOf(spec: ClusterSpec, owners: readonly string[], build: () => ModelResult): ModelEntry {
        const key = this.specKeys.of(spec);
        const kept = this.models.get(key);
        if (kept) return kept;
        const entry: ModelEntry = {
            model: build(),
            verdicts: new LruMap(MAX_SCENARIOS_PER_MODEL),
            layouts: new LruMap(MAX_SCENARIOS_PER_MODEL),
            tolerance: new Map(),
            owners: new Set(owners)
        };
        this.models.set(key, entry, Math.max(1, spec.topics.length));
        return entry;
    }

    /** The verdicts of a scenario's items on the entry's model (run by `run` unless the same items ran on it). */
    verdictsOf(entry: ModelEntry, items: readonly ScenarioItem[], run: () => readonly ScenarioVerdict[]): readonly ScenarioVerdict[] {
        return kept(entry.verdicts, scenarioKey(items), run);
    }

    /** The layout dependence of a scenario's items on the entry's model (computed by `run` unless the same items were). */
    layoutDependenceOf(entry: ModelEntry, items: readonly ScenarioItem[], run: () => LayoutDependenceResult): LayoutDependenceResult {
        return kept(entry.layouts, scenarioKey(items), run);
    }

    /** A group's assignment: `key` is every input of `assign`, `partitions` what it weighs. */
    assignmentOf<T>(key: string, owners: readonly string[], partitions: number, assign: () => T): T {
        const kept = this.assignments.get(key);
        if (kept) return kept.value as T;
        const value = assign();
        this.assignments.set(key, { value, owners: new Set(owners) }, Math.max(1, partitions));
        return value;
    }

    /** Forgets what was computed from a document (it was closed or deleted). */
    dropDocument(uri: string): void {
        this.models.deleteWhere((entry) => entry.owners.has(uri));
        this.assignments.deleteWhere((entry) => entry.owners.has(uri));
    }

    /** How many models and assignments are kept (for tests and the bench). */
    get counts(): { readonly models: number; readonly assignments: number } {
        return { models: this.models.size, assignments: this.assignments.size };
    }
}
