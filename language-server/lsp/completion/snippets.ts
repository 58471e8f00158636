// Block snippets with the study notes' recommended defaults (3 brokers, RF 3,
// min ISR 2, acks all), adapted to the cluster being edited: its brokers, its
// `defaults`, its topics.
import { isOrderingProperty, type Topic } from '../../generated/ast.js';
import type { ClusterFacts } from '../../model/cluster-facts.js';

export type SnippetKind = 'cluster' | 'topic' | 'producer' | 'consumer-group' | 'scenario';

/** Choices offered in a snippet placeholder. */
const MAX_CHOICES = 20;
const INDENT = '    ';

/** Text inside a snippet: `$`, `}` and `\` are syntax. */
function escape(text: string): string {
    return text.replace(/[$}\\]/g, '\\$&');
}

function escapeChoice(text: string): string {
    return text.replace(/[$}\\,|]/g, '\\$&');
}

function choice(index: number, options: readonly string[], fallback: string): string {
    const shown = [...new Set(options)].slice(0, MAX_CHOICES);
    if (shown.length === 0) return `\${${index}:${escape(fallback)}}`;
    if (shown.length === 1) return `\${${index}:${escape(shown[0])}}`;
    return `\${${index}|${shown.map(escapeChoice).join(',')}|}`;
}

function block(header: string, lines: readonly string[]): string {
    return [`${header} {`, ...lines.map((line) => (line === '' ? '' : INDENT + line)), '}'].join('\n');
}

/** How a name is written in the file: bare when it lexes as a name and is no keyword. */
export type NameWriter = (name: string) => string;

function orderingFieldOf(topic: Topic): string | undefined {
    const ordering = topic.items.filter(isOrderingProperty).at(-1);
    return ordering?.mode === 'key' ? ordering.field : undefined;
}

export function clusterSnippet(): string {
    return block('cluster ${1:name}', [
        'profile ${2|production,development|}',
        '',
        'broker 1',
        'broker 2',
        'broker 3',
        '',
        'defaults {',
        INDENT + 'partitions ${3:3}',
        INDENT + 'replication-factor 3',
        INDENT + 'min-insync-replicas 2',
        '}',
        '',
        '$0'
    ]);
}

/** RF 3 and min ISR 2 where the cluster allows it; nothing the cluster's `defaults` already set. */
export function topicSnippet(facts: ClusterFacts | undefined): string {
    const partitions = facts?.defaults.partitions.origin === 'defaults' ? facts.defaults.partitions.value : 3;
    const lines = [`partitions \${2:${partitions}}`];
    const brokers = facts?.brokers.length ?? 3;
    const inherited = facts?.defaults.replicationFactor.origin === 'defaults' ? facts.defaults.replicationFactor.value : undefined;
    const rf = inherited ?? (brokers >= 3 || brokers === 0 ? 3 : brokers);
    if (inherited === undefined) lines.push(`replication-factor \${3:${rf}}`);
    if (facts?.defaults.minInsyncReplicas.origin !== 'defaults') lines.push(`min-insync-replicas \${4:${rf >= 3 ? 2 : 1}}`);
    lines.push('$0');
    return block('topic ${1:name}', lines);
}

export function producerSnippet(facts: ClusterFacts | undefined, write: NameWriter): string {
    const topics = facts ? [...facts.topics.values()] : [];
    const lines = [`produces ${choice(2, topics.map((t) => write(t.name)), 'topic')}`, 'acks all'];
    const field = topics[0] && orderingFieldOf(topics[0]);
    if (field !== undefined) lines.push(`key \${3:${escape(write(field))}}`);
    lines.push('$0');
    return block('producer ${1:name}', lines);
}

/** One member per partition of the first topic: the notes' 1 partition : 1 consumer. */
export function consumerGroupSnippet(facts: ClusterFacts | undefined, write: NameWriter): string {
    const topics = facts ? [...facts.topics.values()] : [];
    const members = topics[0] && facts ? facts.settingsOf(topics[0]).partitions.value : 3;
    return block('consumer-group ${1:name}', [
        `consumes ${choice(2, topics.map((t) => write(t.name)), 'topic')}`,
        `members \${3:${members >= 1 ? members : 1}}`,
        'assignor ${4|range,roundrobin,sticky,cooperative-sticky|}',
        '$0'
    ]);
}

export function scenarioSnippet(facts: ClusterFacts | undefined, write: NameWriter): string {
    const brokers = facts?.brokers.map((b) => String(b.id)) ?? [];
    const topics = facts ? [...facts.topics.keys()].map(write) : [];
    const lines = [`fail broker ${choice(2, brokers, '1')}`];
    if (topics.length > 0) lines.push(`expect ${choice(3, topics, 'topic')} writable`);
    lines.push('expect quorum', 'expect no data-loss', '$0');
    return block('scenario ${1:broker-fails}', lines);
}

export function snippetFor(kind: SnippetKind, facts: ClusterFacts | undefined, write: NameWriter): string {
    switch (kind) {
        case 'cluster': return clusterSnippet();
        case 'topic': return topicSnippet(facts);
        case 'producer': return producerSnippet(facts, write);
        case 'consumer-group': return consumerGroupSnippet(facts, write);
        case 'scenario': return scenarioSnippet(facts, write);
    }
}

/** The snippet as it reads once inserted with its defaults: for the item's documentation. */
export function previewOf(snippet: string): string {
    return snippet
        .replace(/\$\{\d+\|((?:\\.|[^,|\\])*)[,|][^}]*\}/g, '$1')
        .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1')
        .replace(/\$\d+/g, '')
        .replace(/\\(.)/g, '$1')
        .replace(/\n\s*\n}$/, '\n}')
        .replace(/[ \t]+$/gm, '');
}
