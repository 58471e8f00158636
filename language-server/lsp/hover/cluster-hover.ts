// The cluster's hover (its size, quorum and the Kafka release modelled), the hover of
// `kafka-version` / `features`, and a producer's (acks, key, topics).
import { isIdempotentProperty, isKeyProperty, type Cluster, type Producer } from '../../generated/ast.js';
import { catalogue, type Locale } from '../../messages/index.js';
import { acksOf, type ClusterFacts } from '../../model/cluster-facts.js';
import { producesOf } from '../../model/members.js';
import { describeBuildError, modelFeatureLevels, NEWEST_RELEASE } from '../../../simulator/index.js';
import { conceptMarkdown, type ConceptId } from '../docs/concepts.js';
import { code } from '../docs/markdown.js';

export function clusterHover(cluster: Cluster, facts: ClusterFacts, locale: Locale): string {
    const p = catalogue(locale).hover;
    const parts = [`**${p.kind.cluster}** ${code(cluster.name)} — ${p.profile(facts.profile)}`];
    const lines = [p.counts(facts.brokers.length, facts.topics.size, facts.producers.size, facts.groups.size)];
    if (facts.racks.length > 0) lines.push(p.racks(facts.racks));
    if (facts.voters.count > 0) lines.push(p.quorumOf(facts.voters.count, facts.voters.kind, Math.floor(facts.voters.count / 2) + 1));
    lines.push(releaseLine(facts, locale));
    parts.push(lines.map((line) => `- ${line}`).join('\n'));
    const model = facts.model;
    if (!model.ok) parts.push(p.notModelled(describeBuildError(model.error, locale)));
    return parts.join('\n\n');
}

export function producerHover(producer: Producer, locale: Locale): string {
    const p = catalogue(locale).hover;
    const acks = acksOf(producer);
    const key = producer.items.filter(isKeyProperty).at(-1)?.field;
    const tags = [p.acks(acks), key === undefined ? undefined : p.key(key)].filter((t) => t !== undefined);
    const parts = [`**${p.kind.producer}** ${code(producer.name)} — ${tags.join(' · ')}`];
    const topics = [...new Set((producesOf(producer)?.topics ?? []).flatMap((t) => (t.ref ? [t.ref.name] : [])))];
    parts.push(topics.length > 0 ? p.writesTo(topics) : p.producesNothing);
    if (acks !== 'all') parts.push(p.acksRisk);
    const idempotent = producer.items.filter(isIdempotentProperty).at(-1)?.value;
    parts.push(p.idempotence(idempotent === false ? 'off' : acks === 'all' ? 'on' : idempotent ? 'refused' : 'quietly-off', acks));
    return parts.join('\n\n');
}

/** "Kafka 4.1 (as 4.1.2 behaves) · eligible.leader.replicas.version=1 · …" and what ELR does. */
export function releaseLine(facts: ClusterFacts, locale: Locale): string {
    const t = catalogue(locale).release;
    const r = facts.release;
    const head = r.covered ? t.modelled(r.release.version, r.release.patch, r.declared !== undefined) : t.uncovered(r.declared ?? '', NEWEST_RELEASE.version);
    const levels = Object.entries(modelFeatureLevels(r.levels)).map(([name, level]) => code(`${name}=${level}`)).join(' · ');
    return `${head} · ${levels} — ${t.elr((r.levels['eligible.leader.replicas.version'] ?? 0) >= 1)}`;
}

/** `kafka-version` and `features`: the concept, then what this cluster models. */
export function releaseHover(concept: ConceptId, facts: ClusterFacts, locale: Locale): string {
    return `${conceptMarkdown(concept, locale)}\n\n${releaseLine(facts, locale)}`;
}
