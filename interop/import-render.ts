// INTEROP.md §1: a live cluster written as a `.kafka` file. The topology goes
// into the cluster block (brokers, racks, quorum, every topic with its real
// replica lists as an `assignment`, its topic-level configs, groups); the live
// state that is not topology (leaders, ISR shrinks, offline partitions) into a
// dated comment at the top; what Kafka does not record (producers) or what
// could not be read is said there, never invented.
import { TOPIC_CONFIGS } from '../language-server/model/topic-configs.js';
import type { ClusterDescription, LiveGroup, LiveTopic } from './cluster-description.js';
import { configValueToken, grammarKeywords, nameToken, quoted } from './kafka-names.js';
import { compare } from './reassignment-plan.js';

export interface RenderOptions {
    /** The cluster's name in the file. */
    readonly cluster: string;
    /** Bootstrap servers as given (no credentials ever reach this). */
    readonly bootstrap: string;
}

/** Feature levels the language models (SIMULATION.md §0); others are only reported. */
const MODELLED_FEATURES = ['eligible.leader.replicas.version', 'group.version', 'share.version'];
const CLASSIC_ASSIGNORS = new Set(['range', 'roundrobin', 'sticky', 'cooperative-sticky']);
const CONSUMER_ASSIGNORS = new Set(['uniform', 'range']);
const I = '    ';

export function renderImport(live: ClusterDescription, options: RenderOptions): string {
    const has = (keyword: string) => grammarKeywords().has(keyword);
    const topics = [...live.topics].sort((a, b) => compare(a.name, b.name));
    const imported = new Set(topics.map((t) => t.name));
    const header: string[] = [
        `// Imported by 'kafka-topology import' from ${options.bootstrap} at ${live.readAt}.`,
        ...(live.clusterId ? [`// Kafka cluster id ${live.clusterId}.`] : []),
        '// Producers: Kafka does not record which clients write to a topic, so none are declared.',
        ...liveState(live, topics)
    ];
    const notes: string[] = [];
    const body: string[] = [];
    if (live.release !== undefined) {
        if (has('kafka-version')) body.push(`kafka-version ${live.release}`);
        else notes.push(`release ${live.release} (from metadata.version)`);
    }
    const features = Object.entries(live.features ?? {}).sort(([a], [b]) => compare(a, b));
    const modelled = features.filter(([name]) => MODELLED_FEATURES.includes(name));
    if (modelled.length > 0 && has('features')) {
        body.push('features {', ...modelled.map(([name, level]) => `${I}${name} = ${level}`), '}');
    }
    const reported = features.filter(([name]) => !(has('features') && MODELLED_FEATURES.includes(name)));
    if (reported.length > 0) notes.push(`finalized features: ${reported.map(([n, l]) => `${n}=${l}`).join(', ')}`);

    const brokerIds = new Set(live.brokers.map((b) => b.id));
    if (live.quorum) {
        const voters = live.quorum.voters;
        const dedicated = voters.every((v) => !brokerIds.has(v));
        const allBrokersVote = voters.length === brokerIds.size && voters.every((v) => brokerIds.has(v));
        if (dedicated) body.push(`controllers ${voters.length}`);
        else if (!allBrokersVote) notes.push(`KRaft voters [${voters.join(', ')}] are some of the brokers: the language models either dedicated controllers or every broker voting`);
        notes.push(`quorum leader ${live.quorum.leaderId}, voters [${voters.join(', ')}]${live.quorum.observers.length ? `, observers [${live.quorum.observers.join(', ')}]` : ''}`);
    }
    for (const broker of [...live.brokers].sort((a, b) => a.id - b.id)) {
        const props = [...(broker.rack !== undefined ? [`rack ${quoted(broker.rack)}`] : []), `host ${quoted(`${broker.host}:${broker.port}`)}`];
        body.push(`broker ${broker.id} { ${props.join(' ')} }`);
    }
    const defaults: string[] = [];
    const minIsr = live.brokerConfigs['min.insync.replicas'];
    if (minIsr !== undefined) defaults.push(`min-insync-replicas ${minIsr}`);
    const unclean = live.brokerConfigs['unclean.leader.election.enable'];
    if (unclean !== undefined) defaults.push(`config { unclean.leader.election.enable = ${unclean} }`);
    if (defaults.length > 0) body.push('defaults {', ...defaults.map((d) => I + d), '}');
    for (const topic of topics) body.push(...renderTopic(topic));
    for (const group of [...live.groups].sort((a, b) => compare(a.name, b.name))) {
        const rendered = renderGroup(group, imported, has);
        if (typeof rendered === 'string') notes.push(rendered);
        else body.push(...rendered);
    }
    const unread = [...notes.map((n) => `// Read: ${n}.`), ...live.unread.map((u) => `// Not read: ${u}`)];
    return [...header, ...unread, `cluster ${nameToken(options.cluster)} {`, ...body.map((l) => I + l), '}', ''].join('\n');
}

function renderTopic(topic: LiveTopic): string[] {
    const lines = [`topic ${nameToken(topic.name)} {`];
    const configs = Object.entries(topic.configs).sort(([a], [b]) => compare(a, b));
    if (configs.length > 0) {
        lines.push(`${I}config {`);
        for (const [key, value] of configs) {
            const def = TOPIC_CONFIGS.get(key);
            lines.push(`${I}${I}${nameToken(key)} = ${configValueToken(def?.unit, value, def?.type === 'list')}`);
        }
        lines.push(`${I}}`);
    }
    if (topic.partitions.length > 0) {
        lines.push(`${I}assignment {`);
        for (const p of topic.partitions) lines.push(`${I}${I}${p.partition}: [${p.replicas.join(', ')}]`);
        lines.push(`${I}}`);
    }
    lines.push('}');
    return lines;
}

/** The group's block, or a note when the language cannot say it. */
function renderGroup(group: LiveGroup, imported: ReadonlySet<string>, has: (keyword: string) => boolean): string[] | string {
    const topics = group.topics.filter((t) => imported.has(t)).sort(compare);
    const label = `${group.type === 'share' ? 'share group' : `${group.type} consumer group`} ${group.name} (${group.state}, ${group.members.length} member(s))`;
    if (topics.length === 0) return `${label} consumes no imported topic${group.topics.length ? ` (${group.topics.join(', ')})` : ''}; not declared`;
    if (group.type === 'share' && !has('share-group')) return `${label} on ${topics.join(', ')}: this language version has no share-group`;
    const lines = [`${group.type === 'share' ? 'share-group' : 'consumer-group'} ${nameToken(group.name)} {`, `${I}consumes ${topics.map(nameToken).join(', ')}`];
    const members = [...group.members].map((m) => m.memberId).sort(compare);
    lines.push(members.length > 0 ? `${I}members [${members.map(nameToken).join(', ')}]` : `${I}members 0`);
    if (group.type !== 'share') {
        if (group.type === 'consumer' && has('protocol')) lines.push(`${I}protocol consumer`);
        const known = group.type === 'consumer' ? CONSUMER_ASSIGNORS : CLASSIC_ASSIGNORS;
        if (group.assignor && known.has(group.assignor) && (group.assignor !== 'uniform' || has('uniform'))) lines.push(`${I}assignor ${group.assignor}`);
        else if (group.assignor) lines.push(`${I}// assignor ${group.assignor}: not one the language models`);
    }
    lines.push('}');
    return lines;
}

function liveState(live: ClusterDescription, topics: readonly LiveTopic[]): string[] {
    const lines = [`// Live state at ${live.readAt} (not topology; it changes):`];
    if (live.controllerId !== undefined) lines.push(`//   active controller: ${live.controllerId}`);
    const offline: string[] = [];
    const shrunk: string[] = [];
    for (const topic of topics) {
        lines.push(`//   ${topic.name} leaders: [${topic.partitions.map((p) => (p.leader >= 0 ? p.leader : 'none')).join(', ')}]`);
        for (const p of topic.partitions) {
            if (p.leader < 0) offline.push(`${topic.name}-${p.partition}`);
            if (p.isr.length < p.replicas.length) shrunk.push(`${topic.name}-${p.partition} ISR [${p.isr.join(', ')}] of [${p.replicas.join(', ')}]`);
        }
    }
    lines.push(`//   offline partitions: ${offline.length ? offline.join(', ') : 'none'}`);
    lines.push(`//   under-replicated partitions: ${shrunk.length ? '' : 'none'}`);
    if (shrunk.length) lines[lines.length - 1] = `//   under-replicated partitions: ${shrunk.join('; ')}`;
    return lines;
}
