// INTEROP.md §2: what differs between a file's cluster and the live cluster,
// kind by kind. Config values are compared in Kafka's units, a key the file
// leaves out counting as what the cluster would apply (broker setting, else
// Kafka's default).
import type { ClusterDescription } from './cluster-description.js';
import { kafkaDefault, sameConfigValue } from './config-text.js';
import { compare } from './reassignment-plan.js';
import type { Topology } from './topology.js';

export type DriftKind =
    | 'topic-missing-on-cluster' | 'topic-not-in-file' | 'partitions' | 'replication-factor' | 'replicas' | 'config'
    | 'broker-missing-on-cluster' | 'broker-not-in-file' | 'rack' | 'group-missing-on-cluster' | 'group-not-in-file' | 'group-topics';

type DriftValue = string | number | readonly number[] | readonly string[] | null;

export interface DriftEntry {
    readonly kind: DriftKind;
    readonly topic?: string;
    readonly partition?: number;
    readonly key?: string;
    readonly broker?: number;
    readonly group?: string;
    readonly file: DriftValue;
    readonly cluster: DriftValue;
}

const CLUSTER_WIDE = new Set(['min.insync.replicas', 'unclean.leader.election.enable']);

export function diffTopology(file: Topology, live: ClusterDescription): DriftEntry[] {
    const drift: DriftEntry[] = [];
    const liveBrokers = new Map(live.brokers.map((b) => [b.id, b]));
    const fileBrokers = new Set(file.brokers.map((b) => b.id));
    for (const broker of file.brokers) {
        const there = liveBrokers.get(broker.id);
        if (!there) drift.push({ kind: 'broker-missing-on-cluster', broker: broker.id, file: broker.id, cluster: null });
        else if ((broker.rack ?? null) !== (there.rack ?? null)) drift.push({ kind: 'rack', broker: broker.id, file: broker.rack ?? null, cluster: there.rack ?? null });
    }
    for (const broker of live.brokers) if (!fileBrokers.has(broker.id)) drift.push({ kind: 'broker-not-in-file', broker: broker.id, file: null, cluster: broker.id });

    const liveTopics = new Map(live.topics.map((t) => [t.name, t]));
    const fileTopics = new Set(file.topics.map((t) => t.name));
    for (const topic of [...file.topics].sort((a, b) => compare(a.name, b.name))) {
        const there = liveTopics.get(topic.name);
        if (!there) {
            drift.push({ kind: 'topic-missing-on-cluster', topic: topic.name, file: topic.name, cluster: null });
            continue;
        }
        const rf = there.partitions[0]?.replicas.length ?? 0;
        if (topic.partitions !== there.partitions.length) drift.push({ kind: 'partitions', topic: topic.name, file: topic.partitions, cluster: there.partitions.length });
        if (topic.replicationFactor !== rf) drift.push({ kind: 'replication-factor', topic: topic.name, file: topic.replicationFactor, cluster: rf });
        topic.assignment?.forEach((replicas, partition) => {
            const live = there.partitions[partition]?.replicas;
            if (live && (live.length !== replicas.length || live.some((b, i) => b !== replicas[i]))) {
                drift.push({ kind: 'replicas', topic: topic.name, partition, file: replicas, cluster: live });
            }
        });
        const keys = [...new Set([...Object.keys(topic.configs), ...Object.keys(there.configs)])].sort(compare);
        for (const key of keys) {
            const fileValue = topic.configs[key] ?? (CLUSTER_WIDE.has(key) ? file.clusterConfigs[key] : undefined) ?? kafkaDefault(key) ?? null;
            const clusterValue = there.configs[key] ?? live.brokerConfigs[key] ?? kafkaDefault(key) ?? null;
            if (fileValue === null || clusterValue === null ? fileValue !== clusterValue : !sameConfigValue(key, fileValue, clusterValue)) {
                drift.push({ kind: 'config', topic: topic.name, key, file: fileValue, cluster: clusterValue });
            }
        }
    }
    for (const topic of live.topics) {
        if (!topic.internal && !fileTopics.has(topic.name)) drift.push({ kind: 'topic-not-in-file', topic: topic.name, file: null, cluster: topic.name });
    }

    const liveGroups = new Map(live.groups.map((g) => [g.name, g]));
    const fileGroups = new Set(file.groups.map((g) => g.name));
    for (const group of file.groups) {
        const there = liveGroups.get(group.name);
        if (!there) {
            drift.push({ kind: 'group-missing-on-cluster', group: group.name, file: group.name, cluster: null });
            continue;
        }
        const fileTopicsOfGroup = [...group.topics].sort(compare);
        const liveTopicsOfGroup = [...there.topics].sort(compare);
        if (fileTopicsOfGroup.join('\n') !== liveTopicsOfGroup.join('\n')) drift.push({ kind: 'group-topics', group: group.name, file: fileTopicsOfGroup, cluster: liveTopicsOfGroup });
    }
    for (const group of live.groups) if (!fileGroups.has(group.name)) drift.push({ kind: 'group-not-in-file', group: group.name, file: null, cluster: group.name });
    return drift;
}

export function driftLine(entry: DriftEntry): string {
    const show = (v: DriftValue) => (v === null ? '(none)' : Array.isArray(v) ? `[${v.join(', ')}]` : String(v));
    const subject = [
        entry.topic !== undefined ? `topic ${entry.topic}` : '',
        entry.partition !== undefined ? `partition ${entry.partition}` : '',
        entry.key !== undefined ? entry.key : '',
        entry.broker !== undefined ? `broker ${entry.broker}` : '',
        entry.group !== undefined ? `group ${entry.group}` : ''
    ].filter(Boolean).join(' ');
    return `${entry.kind}: ${subject}: file ${show(entry.file)}, cluster ${show(entry.cluster)}`;
}
