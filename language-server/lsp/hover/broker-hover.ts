// Hovers of the cluster's machines: a broker (its rack and the partitions it
// leads and follows in the healthy cluster), a rack, a controller.
import type { Cluster } from '../../generated/ast.js';
import { catalogue, type Locale } from '../../messages/index.js';
import type { ClusterFacts } from '../../model/cluster-facts.js';
import { describeBuildError, type ClusterModel } from '../../../simulator/index.js';
import { capped, code, table } from '../docs/markdown.js';

const MAX_TOPIC_ROWS = 20;
const MAX_PARTITIONS_PER_CELL = 16;

interface Roles {
    readonly leads: number[];
    readonly follows: number[];
}

/** Per topic index, the partitions the broker leads (first replica) and follows. */
export function rolesOf(model: ClusterModel, broker: number): Map<number, Roles> {
    const roles = new Map<number, Roles>();
    const hosted = model.partitionsByBroker.get(broker) ?? new Int32Array(0);
    for (const flat of hosted) {
        const topicIndex = model.partitionTable.topicOf[flat];
        const partition = model.partitionTable.partitionOf[flat];
        let entry = roles.get(topicIndex);
        if (!entry) roles.set(topicIndex, (entry = { leads: [], follows: [] }));
        (model.topics[topicIndex].replicas[partition][0] === broker ? entry.leads : entry.follows).push(partition);
    }
    return roles;
}

export function brokerHover(cluster: Cluster, id: number, facts: ClusterFacts, locale: Locale): string {
    const p = catalogue(locale).hover;
    const fact = facts.brokers.find((b) => b.id === id);
    if (!fact) return p.undeclaredBroker(id, cluster.name);
    const tags = [fact.rack === undefined ? undefined : p.brokerRack(fact.rack), facts.voters.kind === 'brokers' ? p.quorumVoter : undefined].filter(
        (t) => t !== undefined
    );
    const parts = [`**${p.kind.broker}** ${code(id)}${tags.length > 0 ? ` — ${tags.join(' · ')}` : ''}`];
    const model = facts.model;
    if (!model.ok) {
        parts.push(p.notModelled(describeBuildError(model.error, locale)));
        return parts.join('\n\n');
    }
    const roles = rolesOf(model.value, id);
    if (roles.size === 0) {
        parts.push(p.noReplicas);
        return parts.join('\n\n');
    }
    let leads = 0;
    let follows = 0;
    for (const r of roles.values()) {
        leads += r.leads.length;
        follows += r.follows.length;
    }
    parts.push(p.leadsAndFollows(leads, follows));
    const partitions = (ps: readonly number[]): string => (ps.length === 0 ? '—' : capped(ps, MAX_PARTITIONS_PER_CELL, (n) => `P${n}`, (rest) => `+${rest}`));
    const entries = [...roles];
    const rows = entries.slice(0, MAX_TOPIC_ROWS).map(([topic, r]) => [code(model.value.topics[topic].name), partitions(r.leads), partitions(r.follows)]);
    parts.push(table(p.brokerHeader, rows) + (entries.length > MAX_TOPIC_ROWS ? `\n\n${p.moreTopics(entries.length - MAX_TOPIC_ROWS)}` : ''));
    return parts.join('\n\n');
}

export function rackHover(cluster: Cluster, rack: string, facts: ClusterFacts, locale: Locale): string {
    const p = catalogue(locale).hover;
    const brokers = facts.brokers.filter((b) => b.rack === rack).map((b) => b.id);
    const header = `**${p.kind.rack}** ${code(rack)}`;
    return brokers.length > 0 ? `${header} — ${p.rackBrokers(brokers)}` : `${header}\n\n${p.unknownRack(rack, cluster.name)}`;
}

export function controllerHover(id: number, facts: ClusterFacts, locale: Locale): string {
    const p = catalogue(locale).hover;
    const header = `**${p.kind.controller}** ${code(id)}`;
    const { kind, count } = facts.voters;
    if (kind === 'brokers') return `${header}\n\n${p.combinedMode}`;
    const majority = Math.floor(count / 2) + 1;
    return `${header}\n\n${id >= 1 && id <= count ? p.controller(id, count, majority) : p.unknownController(id, count)}`;
}
