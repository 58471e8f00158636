// The static part of a simulated cluster, built once from a ClusterSpec: sorted
// brokers and racks, the quorum voters, every topic's replica lists (placement.ts)
// and a flat partition table with a broker -> partitions index, so a step on a
// broker touches only that broker's partitions.

import { err, ok, type Acks, type AssignorName, type GroupProtocol, type BrokerId, type BrokerSpec, type ClusterSpec, type PlacementError, type Placer, type Result, type TopicSpec } from './model.js';
import { placeTopic } from './placement.js';
import { effectiveFeatures, ELR_FEATURE, NEWEST_RELEASE, releaseOf, type FeatureLevels, type KafkaRelease } from './releases.js';
import { compareStrings } from './topic-partition.js';
import { topicNameProblem, unifyCollisionChars, type TopicNameProblem } from './topic-names.js';

export type ClusterBuildError =
    | { readonly kind: 'no-brokers' }
    | { readonly kind: 'duplicate-broker'; readonly broker: BrokerId }
    | { readonly kind: 'rack-incomplete'; readonly withoutRack: readonly BrokerId[] }
    | { readonly kind: 'invalid-controllers'; readonly controllers: number };

/** Why a topic was left out of the model (the rest of the cluster is still simulated). */
export type SkippedTopicReason =
    | PlacementError
    | { readonly kind: 'duplicate-topic' }
    /** Kafka refuses the name (INVALID_TOPIC_EXCEPTION). */
    | { readonly kind: 'invalid-topic-name'; readonly problem: TopicNameProblem }
    /** Kafka refuses it: it collides with an earlier topic once '.' and '_' are unified (INVALID_TOPIC_EXCEPTION). */
    | { readonly kind: 'topic-name-collision'; readonly other: string }
    /** The model's partition budget is spent (a typo like `partitions 10000000` must not exhaust memory). */
    | { readonly kind: 'too-many-partitions'; readonly partitions: number; readonly limit: number };

/** Partitions the model holds at most, over all topics; Kafka's own guidance stays far below. */
export const MAX_MODEL_PARTITIONS = 1_000_000;

export interface SkippedTopic {
    readonly topic: string;
    readonly error: SkippedTopicReason;
}

export interface TopicModel {
    readonly index: number;
    readonly name: string;
    readonly partitions: number;
    readonly replicationFactor: number;
    /** As configured (not capped). */
    readonly minInsyncReplicas: number;
    /** min(min.insync.replicas, RF): what acks=all checks (Kafka 3.7+). */
    readonly effectiveMinIsr: number;
    readonly uncleanLeaderElection: boolean;
    /** Replica list per partition; the first replica is the preferred leader. */
    readonly replicas: readonly (readonly BrokerId[])[];
    /** Index of partition 0 in the flat partition table. */
    readonly firstPartitionIndex: number;
    readonly explicitAssignment: boolean;
    /** The spec it was built from. */
    readonly spec: TopicSpec;
}

export interface ProducerModel {
    readonly name: string;
    readonly acks: Acks;
    /** Indices of the modelled topics it writes to. */
    readonly topics: readonly number[];
    /** Topics it names that are not in the model (unknown or skipped). */
    readonly missingTopics: readonly string[];
}

export interface GroupModel {
    readonly index: number;
    readonly name: string;
    /** The assignor that runs: a name of the other protocol falls back to this protocol's default. */
    readonly assignor: AssignorName;
    readonly protocol: GroupProtocol;
    readonly kafkaVersion?: string;
    /** Declared members, in declaration order. */
    readonly members: readonly string[];
    readonly topics: readonly number[];
    readonly missingTopics: readonly string[];
    /** Topic name -> partition count, for the assignors. */
    readonly partitionsPerTopic: Readonly<Record<string, number>>;
}

/** Every partition of every topic, topic-major in declaration order. */
export interface PartitionTable {
    readonly size: number;
    readonly topicOf: Int32Array;
    readonly partitionOf: Int32Array;
    /** Replica list per flat index (the same arrays as `topics[t].replicas[p]`). */
    readonly replicasOf: readonly (readonly BrokerId[])[];
}

export interface ClusterModel {
    readonly name: string;
    /** Who laid out the topics without an explicit assignment. */
    readonly placement: Placer;
    /** The release modelled (the newest covered one when `kafkaVersion` is absent or unknown). */
    readonly release: KafkaRelease;
    /** Effective feature levels: the release's defaults with the spec's overrides. */
    readonly features: FeatureLevels;
    /** eligible.leader.replicas.version >= 1 (SIMULATION.md §2a). */
    readonly elrEnabled: boolean;
    /** Sorted by id. */
    readonly brokers: readonly BrokerSpec[];
    readonly brokerIds: readonly BrokerId[];
    readonly brokerSet: ReadonlySet<BrokerId>;
    /** Rack names in string order (empty when no broker has a rack). */
    readonly racks: readonly string[];
    /** Rack -> its brokers in id order. */
    readonly brokersByRack: ReadonlyMap<string, readonly BrokerId[]>;
    /** Dedicated controller ids 1..n; empty in combined mode. */
    readonly controllers: readonly number[];
    /** Who votes in the KRaft quorum: the dedicated controllers, else the brokers. */
    readonly voterMode: 'controllers' | 'brokers';
    readonly voters: readonly number[];
    readonly majority: number;
    readonly topics: readonly TopicModel[];
    readonly topicIndex: ReadonlyMap<string, number>;
    /** Topic indices sorted by name (snapshot order). */
    readonly topicsByName: readonly number[];
    readonly partitionTable: PartitionTable;
    /** Broker -> flat indices of the partitions it hosts a replica of, ascending. */
    readonly partitionsByBroker: ReadonlyMap<BrokerId, Int32Array>;
    readonly producers: readonly ProducerModel[];
    readonly groups: readonly GroupModel[];
    readonly groupIndex: ReadonlyMap<string, number>;
    readonly skippedTopics: readonly SkippedTopic[];
}

export const majorityOf = (voters: number): number => Math.floor(voters / 2) + 1;

const EMPTY = new Int32Array(0);

export function buildCluster(spec: ClusterSpec, maxPartitions = MAX_MODEL_PARTITIONS): Result<ClusterModel, ClusterBuildError> {
    if (spec.brokers.length === 0) return err({ kind: 'no-brokers' });
    const brokers = [...spec.brokers].sort((a, b) => a.id - b.id);
    for (let i = 1; i < brokers.length; i++) {
        if (brokers[i].id === brokers[i - 1].id) return err({ kind: 'duplicate-broker', broker: brokers[i].id });
    }
    const withoutRack = brokers.filter((b) => b.rack === undefined).map((b) => b.id);
    const placer = spec.placement ?? 'striped';
    // AdminUtils refuses a partly racked cluster; the striped placer takes the rackless brokers as one more rack.
    if (placer === 'admin-utils' && withoutRack.length > 0 && withoutRack.length < brokers.length) return err({ kind: 'rack-incomplete', withoutRack });
    if (spec.controllers !== undefined && !(Number.isInteger(spec.controllers) && spec.controllers > 0)) {
        return err({ kind: 'invalid-controllers', controllers: spec.controllers });
    }

    const brokerIds = brokers.map((b) => b.id);
    const brokersByRack = new Map<string, BrokerId[]>();
    for (const b of brokers) {
        if (b.rack === undefined) continue;
        const list = brokersByRack.get(b.rack);
        if (list) list.push(b.id);
        else brokersByRack.set(b.rack, [b.id]);
    }
    const controllers = spec.controllers === undefined ? [] : Array.from({ length: spec.controllers }, (_, i) => i + 1);
    const voters = spec.controllers === undefined ? brokerIds : controllers;

    // Topics: place each; a failure skips the topic only.
    const topics: TopicModel[] = [];
    const topicIndex = new Map<string, number>();
    const skippedTopics: SkippedTopic[] = [];
    let nextPartition = 0;
    // AdminUtils placement depends only on the brokers, the partition count and the RF (fixed
    // start index), so topics that share them share one (read-only) replica table; striped
    // placement is seeded by the topic's name.
    const placements = new Map<string, ReturnType<typeof placeTopic>>();
    // A topic Kafka's controller refuses by its name never exists, so it is not modelled: an invalid
    // name, or one that collides with an earlier topic (the file's order is the creation order).
    // Source: apache/kafka metadata/src/main/java/org/apache/kafka/controller/ReplicationControlManager.java
    // (validateNewTopicNames: Topic.validate, then topicsWithCollisionChars), 3.9 … 4.4; seen on real
    // 3.9.1 and 4.4.0 brokers (samples/broken-cluster: 'bad name!' refused with InvalidTopicException).
    const byUnifiedName = new Map<string, string>();
    for (const t of spec.topics) {
        if (topicIndex.has(t.name)) {
            skippedTopics.push({ topic: t.name, error: { kind: 'duplicate-topic' } });
            continue;
        }
        const nameProblem = topicNameProblem(t.name);
        if (nameProblem !== undefined) {
            skippedTopics.push({ topic: t.name, error: { kind: 'invalid-topic-name', problem: nameProblem } });
            continue;
        }
        const other = byUnifiedName.get(unifyCollisionChars(t.name));
        if (other !== undefined) {
            skippedTopics.push({ topic: t.name, error: { kind: 'topic-name-collision', other } });
            continue;
        }
        if (t.partitions > 0 && nextPartition + t.partitions > maxPartitions) {
            skippedTopics.push({ topic: t.name, error: { kind: 'too-many-partitions', partitions: t.partitions, limit: maxPartitions } });
            continue;
        }
        const key = t.assignment === undefined && placer === 'admin-utils' ? `${t.partitions}:${t.replicationFactor}` : undefined;
        let placed = key === undefined ? undefined : placements.get(key);
        if (!placed) {
            placed = placeTopic(brokers, t, placer);
            if (key !== undefined) placements.set(key, placed);
        }
        if (!placed.ok) {
            skippedTopics.push({ topic: t.name, error: placed.error });
            continue;
        }
        const index = topics.length;
        topics.push({
            index,
            name: t.name,
            partitions: t.partitions,
            replicationFactor: t.replicationFactor,
            minInsyncReplicas: t.minInsyncReplicas,
            effectiveMinIsr: Math.min(t.minInsyncReplicas, t.replicationFactor),
            uncleanLeaderElection: t.uncleanLeaderElection,
            replicas: placed.value,
            firstPartitionIndex: nextPartition,
            explicitAssignment: t.assignment !== undefined,
            spec: t
        });
        topicIndex.set(t.name, index);
        byUnifiedName.set(unifyCollisionChars(t.name), t.name);
        nextPartition += t.partitions;
    }

    const size = nextPartition;
    const topicOf = new Int32Array(size);
    const partitionOf = new Int32Array(size);
    const replicasOf = new Array<readonly BrokerId[]>(size);
    // Per broker, by its place in `brokerIds`: how many replicas it hosts, then its partitions.
    const place = new Map<BrokerId, number>(brokerIds.map((id, i) => [id, i]));
    const counts = new Int32Array(brokerIds.length);
    for (const topic of topics) {
        for (let p = 0; p < topic.partitions; p++) {
            const g = topic.firstPartitionIndex + p;
            topicOf[g] = topic.index;
            partitionOf[g] = p;
            replicasOf[g] = topic.replicas[p];
            for (const b of topic.replicas[p]) counts[place.get(b)!]++;
        }
    }
    const hosted = brokerIds.map((_, i) => (counts[i] > 0 ? new Int32Array(counts[i]) : EMPTY));
    const fill = new Int32Array(brokerIds.length);
    for (const topic of topics) {
        for (let p = 0; p < topic.partitions; p++) {
            const g = topic.firstPartitionIndex + p;
            for (const b of topic.replicas[p]) {
                const i = place.get(b)!;
                hosted[i][fill[i]++] = g;
            }
        }
    }
    const partitionsByBroker = new Map<BrokerId, Int32Array>(brokerIds.map((id, i) => [id, hosted[i]]));

    const resolveTopics = (names: readonly string[]): { topics: number[]; missingTopics: string[] } => {
        const found: number[] = [];
        const missing: string[] = [];
        for (const name of new Set(names)) {
            const i = topicIndex.get(name);
            if (i === undefined) missing.push(name);
            else found.push(i);
        }
        return { topics: found, missingTopics: missing };
    };
    const producers: ProducerModel[] = spec.producers.map((p) => ({ name: p.name, acks: p.acks, ...resolveTopics(p.topics) }));
    const groups: GroupModel[] = [];
    const groupIndex = new Map<string, number>();
    for (const g of spec.groups) {
        if (groupIndex.has(g.name)) continue;
        const resolved = resolveTopics(g.topics);
        const partitionsPerTopic: Record<string, number> = {};
        for (const t of resolved.topics) partitionsPerTopic[topics[t].name] = topics[t].partitions;
        groupIndex.set(g.name, groups.length);
        const protocol = g.protocol ?? 'classic';
        groups.push({
            index: groups.length, name: g.name, assignor: effectiveAssignor(g.assignor, protocol), protocol, kafkaVersion: g.kafkaVersion,
            members: [...new Set(g.members)], partitionsPerTopic, ...resolved
        });
    }

    const release = (spec.kafkaVersion === undefined ? undefined : releaseOf(spec.kafkaVersion)) ?? NEWEST_RELEASE;
    const features = effectiveFeatures(release, spec.features);
    return ok({
        name: spec.name,
        placement: placer,
        release,
        features,
        elrEnabled: (features[ELR_FEATURE] ?? 0) >= 1,
        brokers,
        brokerIds,
        brokerSet: new Set(brokerIds),
        racks: [...brokersByRack.keys()].sort(compareStrings),
        brokersByRack,
        controllers,
        voterMode: spec.controllers === undefined ? 'brokers' : 'controllers',
        voters,
        majority: majorityOf(voters.length),
        topics,
        topicIndex,
        topicsByName: topics.map((t) => t.index).sort((a, b) => compareStrings(topics[a].name, topics[b].name)),
        partitionTable: { size, topicOf, partitionOf, replicasOf },
        partitionsByBroker,
        producers,
        groups,
        groupIndex,
        skippedTopics
    });
}

/**
 * The assignor a group runs: the broker knows only `uniform` and `range`, the
 * Java client no `uniform` (RULES.md assignor-protocol-mismatch); a name of the
 * other protocol is modelled as this protocol's default.
 */
export function effectiveAssignor(assignor: AssignorName, protocol: GroupProtocol): AssignorName {
    if (protocol === 'share') return 'simple';
    if (protocol === 'consumer') return assignor === 'uniform' || assignor === 'range' ? assignor : 'uniform';
    return assignor === 'uniform' || assignor === 'simple' ? 'range' : assignor;
}

/** The same cluster with only one topic (and no producers or groups): what the fault-tolerance analysis steps through. */
export function restrictToTopic(model: ClusterModel, topicIndex: number): ClusterModel {
    return restrictToTopics(model, [topicIndex]);
}

/**
 * The same cluster with only the topics at `topicIndices` (ascending), in that order, the groups
 * at `groupIndices` (ascending; their topics must be among the kept ones), and no producers. A
 * topic's leaders, ISR and ELR after any broker, rack, controller or election steps are the same
 * here as on the whole cluster (a property test says so): the controller changes each partition
 * on its own replicas and the brokers' states; a group's coordinator reads only its own topics.
 */
export function restrictToTopics(model: ClusterModel, topicIndices: readonly number[], groupIndices: readonly number[] = []): ClusterModel {
    let first = 0;
    const topics = topicIndices.map((t, index): TopicModel => {
        const topic = { ...model.topics[t], index, firstPartitionIndex: first };
        first += topic.partitions;
        return topic;
    });
    const topicOf = new Int32Array(first);
    const partitionOf = new Int32Array(first);
    const replicasOf: (readonly BrokerId[])[] = [];
    const lists = new Map<BrokerId, number[]>(model.brokerIds.map((id) => [id, []]));
    for (const topic of topics) {
        topic.replicas.forEach((replicas, p) => {
            const g = topic.firstPartitionIndex + p;
            topicOf[g] = topic.index;
            partitionOf[g] = p;
            replicasOf.push(replicas);
            for (const b of replicas) lists.get(b)!.push(g);
        });
    }
    const topicIndex = new Map(topics.map((topic) => [topic.name, topic.index]));
    const kept = new Map(topicIndices.map((t, index) => [t, index]));
    const groups = groupIndices.map((g, index): GroupModel => {
        const group = model.groups[g];
        return { ...group, index, topics: group.topics.map((t) => kept.get(t)!) };
    });
    return {
        ...model,
        topics,
        topicIndex,
        topicsByName: topics.map((t) => t.index).sort((a, b) => compareStrings(topics[a].name, topics[b].name)),
        partitionTable: { size: first, topicOf, partitionOf, replicasOf },
        partitionsByBroker: new Map([...lists].map(([b, ps]) => [b, Int32Array.from(ps)])),
        producers: [],
        groups,
        groupIndex: new Map(groups.map((g) => [g.name, g.index])),
        skippedTopics: []
    };
}
