// INTEROP.md §1: reads a live cluster through the Kafka protocol with kafkajs
// 2.2.4 (pure JavaScript, installs offline, runs on Node 20) and the requests
// it lacks (kafka/extra-requests.ts). Everything required is read or the
// whole reading fails with one line; optional facts that the cluster cannot
// report (older releases) are listed as unread, never guessed.
import type { Admin, Kafka, KafkaConfig } from 'kafkajs';

type Kafkajs = typeof import('kafkajs');

/**
 * kafkajs is loaded when a cluster is first read, not with the CLI or the extension:
 * `kafka-topology check` and activation never need it (its modules take ≈ 18 ms and ≈ 3 MB to load).
 */
let kafkajs: Promise<Kafkajs> | undefined;
const loadKafkajs = (): Promise<Kafkajs> => (kafkajs ??= import('kafkajs'));
import type { ClusterDescription, LiveBroker, LiveGroup, LiveTopic } from './cluster-description.js';
import { describeError, ImportError } from './kafka/import-errors.js';
import {
    API, apiVersionsV3, consumerGroupDescribe, describeQuorumV0, listGroupsV5, shareGroupDescribe,
    type DescribedGroup, type ListedGroup, type ProtocolRequest, type QuorumResult
} from './kafka/extra-requests.js';
import { releaseOfMetadataVersion } from './kafka/metadata-versions.js';

export { ImportError };

export interface ReadOptions {
    readonly bootstrap: readonly string[];
    readonly security?: Pick<KafkaConfig, 'ssl' | 'sasl'>;
    readonly includeInternal?: boolean;
    /** Whole reading, default 30 s. */
    readonly timeoutMs?: number;
    readonly signal?: AbortSignal;
    /** Called before each step ("reading topic configs"), for progress. */
    readonly onStep?: (step: string) => void;
}

/** kafkajs Broker/Cluster internals used here (kafkajs 2.2.4, src/broker, src/cluster). */
interface KafkajsBroker {
    versions?: Record<number, { minVersion: number; maxVersion: number }>;
    connectionPool: { send<T>(request: ProtocolRequest<T> & { requestTimeout?: number }): Promise<T> };
}
interface KafkajsCluster {
    connect(): Promise<void>;
    disconnect(): Promise<void>;
    metadata(options?: { topics?: string[] }): Promise<MetadataResponse>;
    findBroker(args: { nodeId: number }): Promise<KafkajsBroker>;
    findGroupCoordinator(args: { groupId: string }): Promise<KafkajsBroker>;
}
interface MetadataResponse {
    clusterId?: string;
    controllerId?: number;
    brokers: { nodeId: number; host: string; port: number; rack?: string | null }[];
    topicMetadata: {
        topicErrorCode: number;
        topic: string;
        isInternal?: boolean;
        partitionMetadata: { partitionId: number; leader: number; replicas: number[]; isr: number[]; offlineReplicas?: number[] }[];
    }[];
}

const CLUSTER_WIDE_KEYS = ['min.insync.replicas', 'unclean.leader.election.enable'];
/** ConfigSource: DYNAMIC_TOPIC_CONFIG. */
const TOPIC_SOURCE = 1;
/** DYNAMIC_BROKER_CONFIG, DYNAMIC_DEFAULT_BROKER_CONFIG, STATIC_BROKER_CONFIG: set by an operator, not Kafka's default. */
const BROKER_SOURCES = new Set([2, 3, 4]);
const CONFIG_BATCH = 200;

export async function readCluster(options: ReadOptions): Promise<ClusterDescription> {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const lib = await loadKafkajs();
    const { Kafka, logLevel } = lib;
    const kafka = new Kafka({
        clientId: 'kafka-topology',
        brokers: [...options.bootstrap],
        ...options.security,
        logLevel: logLevel.NOTHING,
        connectionTimeout: Math.min(timeoutMs, 10_000),
        authenticationTimeout: Math.min(timeoutMs, 10_000),
        requestTimeout: timeoutMs,
        retry: { retries: 2, initialRetryTime: 200, maxRetryTime: 1000 }
    });
    const cluster = createCluster(kafka);
    const admin = kafka.admin();
    const progress = { step: 'connecting' };
    const step = (name: string) => {
        progress.step = name;
        options.onStep?.(name);
    };
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    const stop = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ImportError(`timed out after ${Math.round(timeoutMs / 1000)} s while ${progress.step}`)), timeoutMs);
        onAbort = () => reject(new ImportError(`cancelled while ${progress.step}`));
        options.signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
        return await Promise.race([read(lib, cluster, admin, options, step), stop]);
    } catch (error) {
        throw error instanceof ImportError ? error : describeError(error, progress.step, options.bootstrap);
    } finally {
        clearTimeout(timer);
        if (onAbort) options.signal?.removeEventListener('abort', onAbort);
        await Promise.allSettled([cluster.disconnect(), admin.disconnect()]);
    }
}

function createCluster(kafka: Kafka): KafkajsCluster {
    const symbol = Object.getOwnPropertySymbols(kafka).find((s) => s.description === 'private:Kafka:createCluster');
    if (!symbol) throw new ImportError('the kafkajs client is not the 2.2.4 this tool is built on');
    const create = (kafka as unknown as Record<symbol, (options: object) => KafkajsCluster>)[symbol];
    return create({ allowAutoTopicCreation: false });
}

async function read(lib: Kafkajs, cluster: KafkajsCluster, admin: Admin, options: ReadOptions, step: (name: string) => void): Promise<ClusterDescription> {
    const readAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const unread: string[] = [];
    step('connecting');
    await cluster.connect();
    await admin.connect();

    step('reading metadata (brokers, racks, topics)');
    const metadata = await cluster.metadata();
    const brokers: LiveBroker[] = metadata.brokers
        .map((b) => ({ id: b.nodeId, host: b.host, port: b.port, ...(b.rack ? { rack: b.rack } : {}) }))
        .sort((a, b) => a.id - b.id);
    const any = await cluster.findBroker({ nodeId: brokers[0].id });
    const supports = (broker: KafkajsBroker, api: number, version: number) => (broker.versions?.[api]?.maxVersion ?? -1) >= version;

    step('reading finalized features (ApiVersions v3)');
    let features: Record<string, number> | undefined;
    if (supports(any, API.ApiVersions, 3)) features = { ...(await any.connectionPool.send(apiVersionsV3())).finalizedFeatures };
    else unread.push('finalized feature levels: the cluster does not answer ApiVersions v3 (Kafka < 2.7).');
    const release = features?.['metadata.version'] !== undefined ? releaseOfMetadataVersion(features['metadata.version']) : undefined;
    if (features?.['metadata.version'] !== undefined && release === undefined) unread.push(`the release of metadata.version level ${features['metadata.version']} (newer than this tool knows).`);

    step('reading the KRaft quorum (DescribeQuorum)');
    let quorum: QuorumResult | undefined;
    if (supports(any, API.DescribeQuorum, 0)) {
        try {
            quorum = await any.connectionPool.send(describeQuorumV0());
        } catch (error) {
            unread.push(`the KRaft quorum: ${error instanceof Error ? error.message : String(error)}.`);
        }
    } else {
        unread.push('the KRaft quorum: the brokers do not answer DescribeQuorum (a ZooKeeper-mode or pre-3.3 cluster).');
    }

    const topicsRead = metadata.topicMetadata.filter((t) => options.includeInternal || !(t.isInternal || t.topic.startsWith('__')));
    const failedTopic = topicsRead.find((t) => t.topicErrorCode !== 0);
    if (failedTopic) throw new ImportError(`reading metadata of topic '${failedTopic.topic}' failed with error code ${failedTopic.topicErrorCode}`);

    step('reading topic configs (DescribeConfigs)');
    const topicConfigs = new Map<string, Record<string, string>>();
    for (let i = 0; i < topicsRead.length; i += CONFIG_BATCH) {
        const batch = topicsRead.slice(i, i + CONFIG_BATCH);
        const { resources } = await admin.describeConfigs({
            includeSynonyms: false,
            resources: batch.map((t) => ({ type: lib.ConfigResourceTypes.TOPIC, name: t.topic }))
        });
        for (const resource of resources) {
            if (resource.errorCode !== 0) throw new ImportError(`DescribeConfigs of topic '${resource.resourceName}' was refused (error code ${resource.errorCode})`);
            const own: Record<string, string> = {};
            for (const entry of resource.configEntries) {
                if (Number(entry.configSource) === TOPIC_SOURCE && !entry.isSensitive && entry.configValue !== null) own[entry.configName] = entry.configValue;
            }
            topicConfigs.set(resource.resourceName, own);
        }
    }

    step('reading broker settings (DescribeConfigs)');
    const brokerConfigs: Record<string, string> = {};
    const { resources: brokerResources } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: lib.ConfigResourceTypes.BROKER, name: String(brokers[0].id), configNames: CLUSTER_WIDE_KEYS }]
    });
    for (const entry of brokerResources[0]?.configEntries ?? []) {
        if (BROKER_SOURCES.has(Number(entry.configSource)) && entry.configValue !== null) brokerConfigs[entry.configName] = entry.configValue;
    }

    const topics: LiveTopic[] = topicsRead.map((t) => ({
        name: t.topic,
        internal: Boolean(t.isInternal) || t.topic.startsWith('__'),
        partitions: [...t.partitionMetadata]
            .sort((a, b) => a.partitionId - b.partitionId)
            .map((p) => ({ partition: p.partitionId, replicas: p.replicas, leader: p.leader, isr: [...p.isr].sort((a, b) => a - b), offlineReplicas: p.offlineReplicas ?? [] })),
        configs: topicConfigs.get(t.topic) ?? {}
    }));

    step('reading groups');
    const groups = await readGroups(lib, cluster, admin, brokers, supports, unread, step);

    return {
        clusterId: metadata.clusterId,
        controllerId: metadata.controllerId !== undefined && metadata.controllerId >= 0 ? metadata.controllerId : undefined,
        brokers,
        ...(quorum ? { quorum: { leaderId: quorum.leaderId, voters: [...quorum.voters].sort((a, b) => a - b), observers: [...quorum.observers].sort((a, b) => a - b) } } : {}),
        ...(features ? { features } : {}),
        ...(release ? { release } : {}),
        brokerConfigs,
        topics,
        groups,
        unread,
        readAt
    };
}

async function readGroups(
    lib: Kafkajs, cluster: KafkajsCluster, admin: Admin, brokers: readonly LiveBroker[],
    supports: (broker: KafkajsBroker, api: number, version: number) => boolean, unread: string[], step: (name: string) => void
): Promise<LiveGroup[]> {
    // Each broker lists the groups it coordinates.
    const listed = new Map<string, ListedGroup>();
    const nodes = await Promise.all(brokers.map((b) => cluster.findBroker({ nodeId: b.id })));
    if (nodes.every((n) => supports(n, API.ListGroups, 5))) {
        for (const node of nodes) for (const g of await node.connectionPool.send(listGroupsV5())) listed.set(g.groupId, g);
    } else {
        for (const g of (await admin.listGroups()).groups) listed.set(g.groupId, { groupId: g.groupId, protocolType: g.protocolType, state: '', type: 'classic' });
        unread.push('group types (ListGroups v5, Kafka ≥ 3.8): every group is read as a classic group.');
    }
    const all = [...listed.values()].sort((a, b) => (a.groupId < b.groupId ? -1 : 1));
    const result: LiveGroup[] = [];
    const classic = all.filter((g) => g.type === 'classic' && (g.protocolType === 'consumer' || g.protocolType === ''));
    const other = all.filter((g) => g.type === 'classic' && !(g.protocolType === 'consumer' || g.protocolType === ''));
    if (other.length > 0) unread.push(`groups that are not consumer groups (${other.map((g) => `${g.groupId}: ${g.protocolType}`).join(', ')}).`);
    const streams = all.filter((g) => g.type !== 'classic' && g.type !== 'consumer' && g.type !== 'share');
    if (streams.length > 0) unread.push(`groups of a type this language has no word for (${streams.map((g) => `${g.groupId}: ${g.type}`).join(', ')}).`);

    step('describing classic consumer groups (DescribeGroups)');
    if (classic.length > 0) {
        const { groups } = await admin.describeGroups(classic.map((g) => g.groupId));
        for (const g of groups) {
            const topics = new Set<string>();
            const members = g.members.map((m) => {
                const own = new Set<string>();
                try {
                    if (m.memberMetadata.length > 0) lib.AssignerProtocol.MemberMetadata.decode(m.memberMetadata)?.topics.forEach((t) => own.add(t));
                    if (m.memberAssignment.length > 0) Object.keys(lib.AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment ?? {}).forEach((t) => own.add(t));
                } catch {
                    // A member of a non-Java protocol: its topics come from the committed offsets below.
                }
                own.forEach((t) => topics.add(t));
                return { memberId: m.memberId, clientId: m.clientId, host: m.clientHost, topics: [...own].sort() };
            });
            for (const t of await committedTopics(admin, g.groupId)) topics.add(t);
            result.push({ name: g.groupId, type: 'classic', state: g.state, ...(g.protocol ? { assignor: g.protocol } : {}), members, topics: [...topics].sort() });
        }
    }
    step('describing consumer-protocol and share groups');
    for (const kind of ['consumer', 'share'] as const) {
        const ids = all.filter((g) => g.type === kind).map((g) => g.groupId);
        for (const id of ids) {
            const coordinator = await cluster.findGroupCoordinator({ groupId: id });
            const api = kind === 'consumer' ? API.ConsumerGroupDescribe : API.ShareGroupDescribe;
            const version = supports(coordinator, api, 1) ? 1 : 0;
            if (!supports(coordinator, api, 0)) {
                unread.push(`${kind} group ${id}: its coordinator does not answer ${kind === 'consumer' ? 'ConsumerGroupDescribe' : 'ShareGroupDescribe'}.`);
                continue;
            }
            const [described] = await coordinator.connectionPool.send(kind === 'consumer' ? consumerGroupDescribe([id], version) : shareGroupDescribe([id], version));
            result.push(await liveGroup(described, kind, admin));
        }
    }
    return result.sort((a, b) => (a.name < b.name ? -1 : 1));
}

async function liveGroup(described: DescribedGroup, kind: 'consumer' | 'share', admin: Admin): Promise<LiveGroup> {
    const topics = new Set<string>();
    const members = described.members.map((m) => {
        const own = [...new Set([...m.subscribedTopics, ...m.assignedTopics])].sort();
        own.forEach((t) => topics.add(t));
        return { memberId: m.memberId, clientId: m.clientId, host: m.clientHost, topics: own };
    });
    if (kind === 'consumer') for (const t of await committedTopics(admin, described.groupId)) topics.add(t);
    return { name: described.groupId, type: kind, state: described.state, ...(kind === 'consumer' && described.assignor ? { assignor: described.assignor } : {}), members, topics: [...topics].sort() };
}

async function committedTopics(admin: Admin, groupId: string): Promise<string[]> {
    const offsets = await admin.fetchOffsets({ groupId });
    return offsets.filter((t) => t.partitions.some((p) => Number(p.offset) >= 0)).map((t) => t.topic);
}
