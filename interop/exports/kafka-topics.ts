// `export --to kafka-topics`: a POSIX shell script of Kafka's own topic tool.
// `--if-not-exists` makes it safe to run again; every value is single-quoted.
import { compare } from '../reassignment-plan.js';
import type { Topology, TopologyTopic } from '../topology.js';
import { notCarried } from './not-carried.js';

/** Single-quotes a word for any POSIX shell (a `'` becomes `'\''`). */
export function shellQuote(word: string): string {
    return `'${word.replace(/'/g, `'\\''`)}'`;
}

export function exportKafkaTopics(topology: Topology): string {
    const lines = [
        '#!/bin/sh',
        `# Topics of cluster ${topology.cluster}, written by 'kafka-topology export --to kafka-topics'.`,
        '# Run: BOOTSTRAP_SERVER=host:9092 sh <this file>',
        '#   KAFKA_TOPICS   the topic tool (default kafka-topics.sh)',
        '#   COMMAND_CONFIG a client properties file for SASL/TLS (optional)',
        '# Idempotent: --if-not-exists leaves a topic that exists as it is (its settings are not altered).',
        ...commentBlock('Not carried by this format:', notCarried(topology, { assignments: true })),
        'set -eu',
        ': "${BOOTSTRAP_SERVER:?set BOOTSTRAP_SERVER to host:port}"',
        'KAFKA_TOPICS="${KAFKA_TOPICS:-kafka-topics.sh}"',
        ''
    ];
    for (const topic of [...topology.topics].sort((a, b) => compare(a.name, b.name))) lines.push(createCommand(topic));
    return lines.join('\n') + '\n';
}

function createCommand(topic: TopologyTopic): string {
    const parts = ['"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP_SERVER" ${COMMAND_CONFIG:+--command-config "$COMMAND_CONFIG"}', '--create --if-not-exists', `--topic ${shellQuote(topic.name)}`];
    if (topic.assignment) {
        parts.push(`--replica-assignment ${shellQuote(topic.assignment.map((r) => r.join(':')).join(','))}`);
    } else {
        parts.push(`--partitions ${shellQuote(String(topic.partitions))}`, `--replication-factor ${shellQuote(String(topic.replicationFactor))}`);
    }
    for (const [key, value] of Object.entries(topic.configs)) parts.push(`--config ${shellQuote(`${key}=${value}`)}`);
    return parts.join(' \\\n    ');
}

export function commentBlock(title: string, lines: readonly string[], prefix = '#'): string[] {
    return lines.length === 0 ? [] : [`${prefix} ${title}`, ...lines.map((l) => `${prefix}   - ${l}`)];
}
