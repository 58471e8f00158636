// What a cluster declaration amounts to once linked: its profile, brokers,
// quorum voters, each topic's effective settings, and the simulator's model of
// it. Computed once per cluster (over all of its parts) and workspace state (ClusterFactsProvider).
import { AstUtils, type AstNode } from 'langium';
import {
    isShareGroup, isAcksProperty, isRackProperty, isRacksProperty, type Broker, type BrokerRange, type Cluster,
    type ConsumerGroup, type Defaults, type GroupDeclaration, type Producer, type ShareGroup, type Topic
} from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { buildCluster, effectiveAssignor, simpleHomogeneousAssign, MAX_MODEL_PARTITIONS, consumerProtocolAssign, analyzeFaultTolerance, assignPartitions, layoutDependence, runScenario, scenarioScope, type LayoutDependenceResult, type ScenarioItem, type TopicFaultTolerance, type TopicPartition, type Acks, type AssignorName, type ClusterSpec, type GroupProtocol, type Placer, type GroupSpec, type ProducerSpec, type TopicSpec } from '../../simulator/index.js';
import type { KafkaTopologySettings } from '../settings/kafka-topology-settings.js';
import type { ClusterGroup, ClusterParts } from '../workspace/cluster-parts.js';
import { AnalysisCache, type ModelEntry, type ModelResult, type ScenarioVerdict } from './analysis-cache.js';
import type { Profile } from '../validation/issue-codes.js';
import { ClusterIndex } from './cluster-index.js';
import { assignorOf, consumesOf, memberIdsOf, producesOf, protocolOf } from './members.js';
import { releaseFactsOf, type ReleaseFacts } from './release-facts.js';
import { KAFKA_DEFAULTS, settingsOf, type TopicSettings } from './topic-settings.js';
import { TopicSettingsCache } from './topic-settings-cache.js';
import type { PartDeclarations } from './part-declarations.js';
import { LruMap } from '../util/lru-map.js';

export interface BrokerFact {
    readonly id: number;
    readonly rack?: string;
    /** The `broker` or `brokers a..b` declaration. */
    readonly node: Broker | BrokerRange;
}

export interface GroupAssignment {
    /** The assignor that runs (a name of the other protocol falls back to this protocol's default). */
    readonly assignor: AssignorName;
    readonly protocol: GroupProtocol;
    /** Member id → assigned partitions, in member order. */
    readonly perMember: ReadonlyMap<string, readonly TopicPartition[]>;
    readonly idle: readonly string[];
    /** Partitions of the consumed topics in all. */
    readonly partitions: number;
}

export interface Voters {
    readonly kind: 'controllers' | 'brokers';
    readonly count: number;
    /** The `controllers` property, when the quorum is dedicated. */
    readonly node?: AstNode;
}

/**
 * The place of one rule's result in `ClusterFacts.once`: one constant per rule, so two rules
 * never share a result, and the result's type goes with the slot.
 */
export class FactSlot<T> {
    /** Only carries T (a slot of one type is not one of another). */
    declare private readonly result?: T;
    constructor(readonly name: string) {}
}

/** A broker range larger than this is modelled only up to it (a typo like 1..1000000 must not hang the editor). */
export const MAX_BROKERS = 10_000;

export class ClusterFacts {
    readonly profile: Profile;
    /** Unique brokers by id, first declaration first, in declaration order. */
    readonly brokers: readonly BrokerFact[];
    readonly brokerIds: ReadonlySet<number>;
    /** Distinct rack names, sorted. */
    readonly racks: readonly string[];
    readonly voters: Voters;
    /** Effective settings of the `defaults` blocks (over Kafka's defaults). */
    readonly defaults: TopicSettings;
    /** `placement striped` (default) or `admin-utils`: who lays out topics without `assignment`. */
    readonly placement: Placer;
    /** `kafka-version` and `features`: the release and feature levels modelled. */
    readonly release: ReleaseFacts;
    /** The `kafka-version` as written (undefined: the newest the model covers). */
    readonly kafkaVersion?: string;
    private readonly settings = new Map<Topic, TopicSettings>();
    private readonly assignments = new Map<GroupDeclaration, GroupAssignment | undefined>();
    private specCache?: ClusterSpec;
    private entryCache?: ModelEntry;
    /** Where the model, scenario verdicts, analyses and assignments are kept across builds (by their inputs). */
    private readonly cache: AnalysisCache;
    private readonly defaultsBlocks: readonly Defaults[];
    private readonly settingsCache: TopicSettingsCache;
    private readonly computed = new Map<FactSlot<unknown>, unknown>();
    /** The parts' declarations and references, kept across builds when the provider keeps them. */
    private readonly index: ClusterIndex;
    private clientTargetsSynced = false;
    private topicsByNameSynced = false;
    private partitionsPastBudget?: boolean;

    /** The cluster's parts: its `cluster` blocks in the files of one folder (one block for a single-file cluster). */
    readonly parts: readonly Cluster[];
    private allTopicsCache?: readonly Topic[];
    private allProducersCache?: readonly Producer[];
    private allGroupsCache?: readonly ConsumerGroup[];
    private allShareGroupsCache?: readonly ShareGroup[];
    private topicsCache?: ReadonlyMap<string, Topic>;
    private groupsCache?: ReadonlyMap<string, ConsumerGroup>;
    private shareGroupsCache?: ReadonlyMap<string, ShareGroup>;
    private producersCache?: ReadonlyMap<string, Producer>;

    constructor(
        /** The first part (the only one of a single-file cluster). */
        readonly cluster: Cluster,
        defaultProfile: Profile = 'production',
        /** Whether the (bounded, but not free) fault-tolerance analysis may run: `kafkaTopology.analysis.enabled`. */
        private readonly analysis = true,
        parts: readonly Cluster[] = [cluster],
        cache?: AnalysisCache,
        settingsCache?: TopicSettingsCache,
        index?: ClusterIndex
    ) {
        // Without a shared cache, results live as long as these facts (as before caches across builds).
        this.cache = cache ?? new AnalysisCache();
        this.settingsCache = settingsCache ?? new TopicSettingsCache();
        this.index = index ?? new ClusterIndex();
        this.parts = parts;
        this.profile = parts.flatMap((p) => p.profiles).at(-1)?.profile ?? defaultProfile;
        this.brokers = expandBrokers(parts);
        this.brokerIds = new Set(this.brokers.map((b) => b.id));
        this.racks = [...new Set(this.brokers.flatMap((b) => (b.rack === undefined ? [] : [b.rack])))].sort();
        const controllers = parts.flatMap((p) => p.controllers).at(-1);
        this.voters = controllers && controllers.count !== undefined
            ? { kind: 'controllers', count: controllers.count, node: controllers }
            : { kind: 'brokers', count: this.brokers.length };
        this.defaultsBlocks = parts.flatMap((p) => p.defaults);
        this.defaults = this.defaultsBlocks.reduce<TopicSettings>((inherited, block) => settingsOf(block, inherited), KAFKA_DEFAULTS);
        this.release = releaseFactsOf(parts);
        this.placement = parts.flatMap((p) => p.placements).at(-1)?.placer ?? 'striped';
        this.kafkaVersion = this.release.declared;
    }

    // Read on demand: an edit in one part of a split cluster validates that part, which seldom needs them.

    /** Every declaration of the cluster's parts, in part order (duplicates included). */
    get allTopics(): readonly Topic[] {
        return (this.allTopicsCache ??= this.parts.flatMap((p) => p.topics));
    }

    get allProducers(): readonly Producer[] {
        return (this.allProducersCache ??= this.parts.flatMap((p) => p.producers));
    }

    get allGroups(): readonly ConsumerGroup[] {
        return (this.allGroupsCache ??= this.parts.flatMap((p) => p.groups));
    }

    get allShareGroups(): readonly ShareGroup[] {
        return (this.allShareGroupsCache ??= this.parts.flatMap((p) => p.shareGroups));
    }

    /** First declaration of each topic name. */
    get topics(): ReadonlyMap<string, Topic> {
        return (this.topicsCache ??= firstByName(this.allTopics));
    }

    /** The first declaration of a topic name (what `topics` maps it to, without reading every part). */
    topicNamed(name: string): Topic | undefined {
        if (this.topicsCache) return this.topicsCache.get(name);
        if (!this.topicsByNameSynced) {
            this.index.topicsByName.sync(this.parts);
            this.topicsByNameSynced = true;
        }
        return this.index.topicsByName.first(name, this.parts);
    }

    get groups(): ReadonlyMap<string, ConsumerGroup> {
        return (this.groupsCache ??= firstByName(this.allGroups));
    }

    /** First declaration of each share group name. */
    get shareGroups(): ReadonlyMap<string, ShareGroup> {
        return (this.shareGroupsCache ??= firstByName(this.allShareGroups));
    }

    get producers(): ReadonlyMap<string, Producer> {
        return (this.producersCache ??= firstByName(this.allProducers));
    }

    settingsOf(topic: Topic): TopicSettings {
        let settings = this.settings.get(topic);
        if (!settings) {
            settings = this.settingsCache.get(topic, this.defaultsBlocks, () => settingsOf(topic, this.defaults));
            this.settings.set(topic, settings);
        }
        return settings;
    }

    /**
     * What a cluster-wide rule works out over all parts, computed once per facts: every part
     * runs the rule, and would otherwise redo it (quadratic in the parts of a split cluster).
     */
    once<T>(slot: FactSlot<T>, compute: () => T): T {
        if (!this.computed.has(slot)) this.computed.set(slot, compute());
        return this.computed.get(slot) as T;
    }

    /** Topics whose name another one repeats or collides with (Kafka's '.'/'_' rule), in cluster order. */
    topicsWithRepeatedNames(): Topic[] {
        return this.repeatedIn(this.index.topicsByUnifiedName);
    }

    /** Producers whose name another one repeats, in cluster order. */
    producersWithRepeatedNames(): Producer[] {
        return this.repeatedIn(this.index.producersByName);
    }

    /** Consumer and share groups whose id another one repeats, in cluster order. */
    groupsWithRepeatedIds(): GroupDeclaration[] {
        return this.repeatedIn(this.index.groupsById);
    }

    /** Whether a producer or group of some part produces to or consumes from `node`. */
    isClientTarget(node: AstNode): boolean {
        if (!this.clientTargetsSynced) {
            this.index.clientTargets.sync(this.parts);
            this.clientTargetsSynced = true;
        }
        return this.index.clientTargets.has(node);
    }

    private repeatedIn<T extends AstNode>(declarations: PartDeclarations<T>): T[] {
        declarations.sync(this.parts);
        return declarations.repeatedDeclarations(this.parts);
    }

    /**
     * The group's assignment by its assignor over the partitions of the topics it
     * consumes (undefined when it consumes no resolvable topic).
     */
    assignmentOf(group: GroupDeclaration): GroupAssignment | undefined {
        if (!this.assignments.has(group)) this.assignments.set(group, this.assignKept(group));
        return this.assignments.get(group);
    }

    /** The declaration the model keeps for the group's name (the first one, consumer groups before share groups). */
    groupNamed(name: string): GroupDeclaration | undefined {
        return this.groups.get(name) ?? this.shareGroups.get(name);
    }

    /** The assignment of the group's inputs, computed once while they are unchanged (across builds). */
    private assignKept(group: GroupDeclaration): GroupAssignment | undefined {
        const spec = this.groupSpec(group);
        const partitionsPerTopic: Record<string, number> = {};
        let budget = MAX_MODEL_PARTITIONS;
        for (const name of spec.topics) {
            const topic = this.topicNamed(name);
            const partitions = topic ? this.settingsOf(topic).partitions.value : 0;
            if (partitions >= 1 && partitions <= budget) {
                partitionsPerTopic[name] = partitions;
                budget -= partitions;
            }
        }
        if (Object.keys(partitionsPerTopic).length === 0) return undefined;
        const memberIds = [...new Set(spec.members)];
        const protocol = spec.protocol ?? 'classic';
        const assignor = effectiveAssignor(spec.assignor, protocol);
        // Exactly what `assign` reads; the group's name is not an input.
        const key = JSON.stringify([assignor, protocol, partitionsPerTopic, memberIds, spec.topics, spec.kafkaVersion]);
        const weight = MAX_MODEL_PARTITIONS - budget;
        return this.cache.assignmentOf(key, this.owners, weight, () => assign(assignor, protocol, partitionsPerTopic, memberIds, spec));
    }

    /** Whether any producer or consumer group is declared (`unused-topic` only applies then). */
    get hasClients(): boolean {
        return this.parts.some((p) => p.producers.length > 0 || p.groups.length > 0 || p.shareGroups.length > 0);
    }

    /**
     * Whether the model may leave a topic out for the partition budget: only when the topics'
     * partitions add up past it (the simulator places topics while they fit in the budget).
     * Summed from the topic settings (kept across builds, per declaration), so a rule can ask without building the model.
     */
    get mayExceedPartitionBudget(): boolean {
        if (this.partitionsPastBudget === undefined) {
            const partitions = (topic: Topic) => Math.max(0, this.settingsOf(topic).partitions.value);
            // Every declaration's partitions bound those of the first of each name, the ones the model places.
            const bound = this.index.declaredPartitions.sync(this.parts, this.defaultsBlocks, partitions);
            let total = 0;
            if (bound > MAX_MODEL_PARTITIONS) for (const topic of this.topics.values()) total += partitions(topic);
            this.partitionsPastBudget = total > MAX_MODEL_PARTITIONS;
        }
        return this.partitionsPastBudget;
    }

    /** The cluster as the simulator sees it: resolved names only, first declarations only. */
    get spec(): ClusterSpec {
        return (this.specCache ??= this.buildSpec());
    }

    /** The simulator's model, or why it cannot be built. */
    get model(): ModelResult {
        // Beyond the model's size the quorum is not simulated (value-out-of-range says so).
        const controllers = this.voters.kind === 'controllers' ? this.voters.count : 0;
        if (controllers > MAX_BROKERS) return { ok: false, error: { kind: 'invalid-controllers', controllers } };
        return this.entry.model;
    }

    /** The model of this spec and what was computed on it, shared with earlier builds of an equal spec. */
    private get entry(): ModelEntry {
        return (this.entryCache ??= this.cache.modelOf(this.spec, this.owners, () => buildCluster(this.spec)));
    }

    /** The URIs of the documents of the parts (what the cached results are dropped with). */
    private get owners(): string[] {
        return (this.ownersCache ??= this.parts.map((part) => AstUtils.findRootNode(part).$document?.uri.toString() ?? ''));
    }

    private ownersCache: string[] | undefined;

    /**
     * A scenario's verdicts (one per item) on the model, which must be built (on the part of it the items read: scenarioScope), run
     * once per model and sequence of steps and expectations (texts and lines are not inputs).
     */
    scenarioVerdicts(items: readonly ScenarioItem[]): readonly ScenarioVerdict[] {
        const model = this.model;
        if (!model.ok) throw new Error('scenarioVerdicts needs a model');
        return this.cache.verdictsOf(this.entry, items, () =>
            runScenario(scenarioScope(model.value, items), items, { snapshots: false, events: false }).outcomes.map((o): ScenarioVerdict =>
                o.kind === 'step' ? { kind: 'step', noEffect: o.noEffect } : { kind: 'expect', passed: o.passed, observation: o.observation }
            )
        );
    }

    /**
     * Which passing topic expectations of a scenario hold only for the modelled
     * layout (expectation-depends-on-placement), on the model, which must be
     * built: computed once per model and sequence of steps and expectations.
     */
    layoutDependence(items: readonly ScenarioItem[]): LayoutDependenceResult {
        const model = this.model;
        if (!model.ok) throw new Error('layoutDependence needs a model');
        return this.cache.layoutDependenceOf(this.entry, items, () => layoutDependence(model.value, items));
    }

    /**
     * How many broker (and rack) failures the topic survives for acks=all writes
     * and for reads; computed on demand, one topic at a time (the analysis is bounded).
     */
    faultToleranceOf(topicName: string): TopicFaultTolerance | undefined {
        if (!this.analysis) return undefined;
        const model = this.model;
        if (!model.ok || !model.value.topicIndex.has(topicName)) return undefined;
        const tolerance = this.entry.tolerance;
        if (!tolerance.has(topicName)) tolerance.set(topicName, analyzeFaultTolerance(model.value, { topics: [topicName] })[0]);
        return tolerance.get(topicName);
    }

    /** The topic as the simulator sees it: kept with the topic's settings, which are kept across builds. */
    topicSpec(topic: Topic): TopicSpec {
        const s = this.settingsOf(topic);
        const kept = topicSpecs.get(topic);
        if (kept?.settings === s) return kept.spec;
        const spec = topicSpecOf(topic, s);
        topicSpecs.set(topic, { settings: s, spec });
        return spec;
    }

    /** The group as the simulator sees it: kept with the group while its topics resolve to the same nodes and the release is the same. */
    groupSpec(group: GroupDeclaration): GroupSpec {
        const targets = consumesOf(group)?.topics.map((t) => t.ref) ?? [];
        const kept = groupSpecs.get(group);
        if (kept && kept.release === this.kafkaVersion && sameTargets(kept.targets, targets)) return kept.spec;
        const share = isShareGroup(group);
        const spec: GroupSpec = {
            name: group.name,
            topics: resolvedNames(targets),
            members: memberIdsOf(group).map((m) => m.id),
            assignor: share ? 'simple' : assignorOf(group),
            protocol: share ? 'share' : protocolOf(group),
            kafkaVersion: this.kafkaVersion
        };
        groupSpecs.set(group, { targets, release: this.kafkaVersion, spec });
        return spec;
    }

    /** The producer as the simulator sees it: kept with the producer while its topics resolve to the same nodes. */
    private producerSpec(producer: Producer): ProducerSpec {
        const targets = producesOf(producer)?.topics.map((t) => t.ref) ?? [];
        const kept = producerSpecs.get(producer);
        if (kept && sameTargets(kept.targets, targets)) return kept.spec;
        const spec: ProducerSpec = { name: producer.name, topics: resolvedNames(targets), acks: acksOf(producer) };
        producerSpecs.set(producer, { targets, spec });
        return spec;
    }

    private buildSpec(): ClusterSpec {
        const producers = [...this.producers.values()].map((p) => this.producerSpec(p));
        return {
            name: this.cluster.name,
            placement: this.placement,
            brokers: this.brokers.map((b) => (b.rack === undefined ? { id: b.id } : { id: b.id, rack: b.rack })),
            controllers: this.voters.kind === 'controllers' ? this.voters.count : undefined,
            topics: [...this.topics.values()].map((t) => this.topicSpec(t)),
            producers,
            // One namespace: a share group named like a consumer group is not modelled (duplicate-group).
            groups: [...this.groups.values(), ...[...this.shareGroups.values()].filter((g) => !this.groups.has(g.name))].map((g) => this.groupSpec(g)),
            kafkaVersion: this.release.release.version,
            features: this.release.overrides
        };
    }
}

const topicSpecs = new WeakMap<Topic, { readonly settings: TopicSettings; readonly spec: TopicSpec }>();

/**
 * A client's spec reads its own block (kept as the same node while unchanged) and the names of
 * the topics its references resolve to (a topic node's name is fixed): kept while those are the same nodes.
 */
interface KeptClientSpec<S> {
    readonly targets: ReadonlyArray<AstNode | undefined>;
    readonly release?: string;
    readonly spec: S;
}
const producerSpecs = new WeakMap<Producer, KeptClientSpec<ProducerSpec>>();
const groupSpecs = new WeakMap<GroupDeclaration, KeptClientSpec<GroupSpec>>();

const sameTargets = (a: ReadonlyArray<AstNode | undefined>, b: ReadonlyArray<AstNode | undefined>): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

function topicSpecOf(topic: Topic, s: TopicSettings): TopicSpec {
    const rows = s.assignment?.rows ?? [];
    return {
        name: topic.name,
        partitions: s.partitions.value,
        replicationFactor: s.replicationFactor.value,
        minInsyncReplicas: s.minInsyncReplicas.value,
        uncleanLeaderElection: s.uncleanLeaderElection.value,
        assignment: s.assignment ? [...rows].sort((a, b) => a.partition - b.partition).map((row) => [...row.replicas]) : undefined
    };
}

/** The group's assignment by its assignor: a pure function of these inputs. */
function assign(assignor: AssignorName, protocol: GroupProtocol, partitionsPerTopic: Record<string, number>, memberIds: string[], spec: GroupSpec): GroupAssignment {
    const assignment =
        protocol === 'share'
            ? simpleHomogeneousAssign(partitionsPerTopic, memberIds)
            : protocol === 'consumer'
            ? consumerProtocolAssign(assignor === 'range' ? 'range' : 'uniform', partitionsPerTopic, memberIds, new Map(), spec.kafkaVersion)
            : assignPartitions(assignor === 'uniform' || assignor === 'simple' ? 'range' : assignor, partitionsPerTopic, memberIds.map((memberId) => ({ memberId, topics: spec.topics }))).assignment;
    const perMember = new Map<string, readonly TopicPartition[]>(Object.entries(assignment));
    const idle = [...perMember].filter(([, partitions]) => partitions.length === 0).map(([member]) => member);
    return { assignor, protocol, perMember, idle, partitions: Object.values(partitionsPerTopic).reduce((a, b) => a + b, 0) };
}

/** The producer's effective acks: the last `acks` property, `all` by default (Kafka ≥ 3.0). */
export function acksOf(producer: Producer): Acks {
    const acks = producer.items.filter(isAcksProperty).at(-1);
    if (!acks || acks.all || (acks.value !== 0 && acks.value !== 1)) return 'all';
    return acks.value;
}

function resolvedNames(nodes: ReadonlyArray<{ name: string } | undefined>): string[] {
    return [...new Set(nodes.flatMap((n) => (n ? [n.name] : [])))];
}

function firstByName<T extends { name: string }>(nodes: readonly T[]): Map<string, T> {
    const map = new Map<string, T>();
    for (const node of nodes) {
        if (node.name !== undefined && !map.has(node.name)) map.set(node.name, node);
    }
    return map;
}

/** Brokers in declaration order (part by part), ranges expanded (`racks` dealt round-robin over the ids); first id wins. */
export function expandBrokers(parts: Cluster | readonly Cluster[]): BrokerFact[] {
    const declarations = brokerDeclarations(parts);
    const seen = new Set<number>();
    const result: BrokerFact[] = [];
    const add = (id: number, rack: string | undefined, node: Broker | BrokerRange) => {
        if (!Number.isInteger(id) || seen.has(id) || result.length >= MAX_BROKERS) return;
        seen.add(id);
        result.push(rack === undefined ? { id, node } : { id, rack, node });
    };
    for (const declaration of declarations) {
        const rack = declaration.racks.filter(isRackProperty).at(-1)?.rack;
        if (declaration.$type === 'Broker') {
            add(declaration.id, rack, declaration);
            continue;
        }
        const dealt = declaration.rackLists.filter(isRacksProperty).at(-1)?.racks;
        const to = Math.min(declaration.to, declaration.from + MAX_BROKERS);
        for (let id = declaration.from, i = 0; id <= to; id++, i++) {
            add(id, dealt && dealt.length > 0 ? dealt[i % dealt.length] : rack, declaration);
        }
    }
    return result;
}

/** The `broker` and `brokers a..b` declarations of a cluster's parts, in declaration order. */
export function brokerDeclarations(parts: Cluster | readonly Cluster[]): Array<Broker | BrokerRange> {
    return (Array.isArray(parts) ? parts : [parts as Cluster]).flatMap((cluster: Cluster) =>
        [...cluster.brokers, ...cluster.brokerRanges].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0))
    );
}

/**
 * Facts per cluster (all of its parts), computed once while the workspace and
 * the settings they read are unchanged: the parts' cluster object is replaced
 * whenever a document of its folder changes.
 */
const MAX_KEPT_INDEXES = 32;

export class ClusterFactsProvider {
    private readonly cache = new WeakMap<ClusterGroup, { readonly key: string; readonly facts: ClusterFacts }>();
    private readonly settings: KafkaTopologySettings;
    private readonly parts: ClusterParts;
    /** Models, scenario verdicts, analyses and assignments by their inputs, across builds. */
    readonly analyses = new AnalysisCache();
    private readonly topicSettings = new TopicSettingsCache();
    /** By cluster (folder and name), the most recently used first out: an index holds its parts' nodes until its next build. */
    private readonly indexes = new LruMap<string, ClusterIndex>(MAX_KEPT_INDEXES);
    private readonly unsavedIndexes = new WeakMap<Cluster, ClusterIndex>();

    constructor(services: KafkaTopologyCoreServices) {
        this.settings = services.kafka.Settings;
        this.parts = services.kafka.ClusterParts;
        services.shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) this.analyses.dropDocument(uri.toString());
        });
    }

    get(cluster: Cluster): ClusterFacts {
        const group = this.parts.groupOf(cluster);
        const { defaultProfile, analysis } = this.settings.current;
        const key = `${defaultProfile}/${analysis}`;
        const cached = this.cache.get(group);
        if (cached?.key === key) return cached.facts;
        const facts = new ClusterFacts(group.parts[0], defaultProfile, analysis, group.parts, this.analyses, this.topicSettings, this.indexOf(group));
        this.cache.set(group, { key, facts });
        return facts;
    }

    /** What the cluster's facts keep across builds (the scope provider reads its topics by name too). */
    indexOf(group: ClusterGroup): ClusterIndex {
        if (group.key === undefined) {
            const part = group.parts[0];
            let index = this.unsavedIndexes.get(part);
            if (!index) this.unsavedIndexes.set(part, (index = new ClusterIndex()));
            return index;
        }
        let index = this.indexes.get(group.key);
        if (!index) this.indexes.set(group.key, (index = new ClusterIndex()));
        return index;
    }
}
