// `export --to strimzi`: one Strimzi `KafkaTopic` per topic, as YAML documents.
import { TOPIC_CONFIGS } from '../../language-server/model/topic-configs.js';
import { compare } from '../reassignment-plan.js';
import type { Topology, TopologyTopic } from '../topology.js';
import { commentBlock } from './kafka-topics.js';
import { notCarried } from './not-carried.js';

export type StrimziApi = 'v1' | 'v1beta2';

/** A Kubernetes object name (RFC 1123 subdomain) for a topic name, unique in the export. */
export function kubernetesNames(names: readonly string[]): Map<string, string> {
    const used = new Set<string>();
    const result = new Map<string, string>();
    for (const name of names) {
        let base = name.toLowerCase().replace(/[^a-z0-9.-]/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '').slice(0, 240) || 'topic';
        base = base.replace(/\.(?=[.-])|-(?=\.)/g, '-');
        let id = base;
        for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
        used.add(id);
        result.set(name, id);
    }
    return result;
}

export function exportStrimzi(topology: Topology, api: StrimziApi = 'v1'): string {
    const topics = [...topology.topics].sort((a, b) => compare(a.name, b.name));
    const names = kubernetesNames(topics.map((t) => t.name));
    const header = [
        `# Topics of cluster ${topology.cluster}, written by 'kafka-topology export --to strimzi' (kafka.strimzi.io/${api}).`,
        ...commentBlock('Not carried by this format:', notCarried(topology, { assignments: false }))
    ];
    const documents = topics.map((topic) => topicDocument(topic, names.get(topic.name)!, topology.cluster, api));
    return header.join('\n') + '\n' + documents.map((d) => '---\n' + d).join('');
}

function topicDocument(topic: TopologyTopic, name: string, cluster: string, api: StrimziApi): string {
    const lines = [
        `apiVersion: kafka.strimzi.io/${api}`,
        'kind: KafkaTopic',
        'metadata:',
        `  name: ${name}`,
        '  labels:',
        `    strimzi.io/cluster: ${JSON.stringify(cluster)}`,
        'spec:'
    ];
    if (name !== topic.name) lines.push(`  topicName: ${JSON.stringify(topic.name)}`);
    lines.push(`  partitions: ${topic.partitions}`, `  replicas: ${topic.replicationFactor}`);
    const entries = Object.entries(topic.configs);
    if (entries.length > 0) {
        lines.push('  config:');
        for (const [key, value] of entries) lines.push(`    ${JSON.stringify(key)}: ${yamlValue(key, value)}`);
    }
    return lines.join('\n') + '\n';
}

/** Numbers and booleans typed as Kafka types the key; everything else a string. */
function yamlValue(key: string, value: string): string {
    const type = TOPIC_CONFIGS.get(key)?.type;
    if ((type === 'int' || type === 'long' || type === 'double') && /^-?\d+(\.\d+)?$/.test(value) && Number.isSafeInteger(Math.trunc(Number(value)))) return value;
    if (type === 'boolean' && (value === 'true' || value === 'false')) return value;
    return JSON.stringify(value);
}
