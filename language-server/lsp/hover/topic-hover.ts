// A topic's hover: its effective settings and where each comes from, its replica
// placement, its fault tolerance, and who writes and reads it.
import type { AstNode } from 'langium';
import { isDescriptionProperty, type Topic } from '../../generated/ast.js';
import { catalogue, type Locale, type Phrases } from '../../messages/index.js';
import { acksOf, type ClusterFacts } from '../../model/cluster-facts.js';
import { configEntryText } from '../../model/config-values.js';
import { consumesOf, producesOf } from '../../model/members.js';
import type { Setting } from '../../model/topic-settings.js';
import { describeBuildError, type TopicModel, type FailureTolerance } from '../../../simulator/index.js';
import { capped, cell, code, table } from '../docs/markdown.js';

/** Partitions listed in the placement table; larger topics are summarised. */
const MAX_PLACEMENT_ROWS = 12;
const MAX_CLIENTS = 10;

export function lineOf(node: AstNode | undefined): number | undefined {
    return node?.$cstNode ? node.$cstNode.range.start.line + 1 : undefined;
}

export function topicHover(topic: Topic, facts: ClusterFacts, locale: Locale): string {
    const p = catalogue(locale).hover;
    const description = topic.items.filter(isDescriptionProperty).at(-1)?.text;
    const parts = [`**${p.kind.topic}** ${code(topic.name)}${description ? ` — ${cell(description)}` : ''}`];
    const first = facts.topicNamed(topic.name);
    if (first && first !== topic) parts.push(p.duplicateDeclaration(lineOf(first) ?? 0));
    parts.push(settingsTable(topic, facts, p));
    // VS Code shows about 250 px of a hover before it scrolls: the lesson (what it
    // survives, who uses it) comes before the partition-by-partition detail.
    const { tolerance, placement } = modelSections(first ?? topic, facts, p, locale);
    parts.push(...tolerance, clients(topic, facts, p), ...placement);
    return parts.join('\n\n');
}

function settingsTable(topic: Topic, facts: ClusterFacts, p: Phrases): string {
    const s = facts.settingsOf(topic);
    const from = (setting: Setting<unknown>): string => p.origin(setting.origin, setting.origin === 'kafka' ? undefined : lineOf(setting.node));
    const rows: string[][] = [
        ['partitions', String(s.partitions.value), from(s.partitions)],
        ['replication-factor', String(s.replicationFactor.value), from(s.replicationFactor)],
        ['min-insync-replicas', String(s.minInsyncReplicas.value), from(s.minInsyncReplicas)],
        [p.uncleanElection, s.uncleanLeaderElection.value ? 'true ⚠' : 'false', from(s.uncleanLeaderElection)],
        ['ordering', p.ordering(s.ordering.value), from(s.ordering)]
    ];
    for (const [key, setting] of s.config) {
        if (key === 'min.insync.replicas' || key === 'unclean.leader.election.enable') continue;
        rows.push([code(key), code(configEntryText(setting.entry)), p.origin(setting.origin, lineOf(setting.entry))]);
    }
    return table(p.settingsHeader, rows);
}

/** The fault tolerance (or why the topic is not modelled), and the replica placement. */
function modelSections(topic: Topic, facts: ClusterFacts, p: Phrases, locale: Locale): { tolerance: string[]; placement: string[] } {
    const model = facts.model;
    if (!model.ok) return { tolerance: [p.notModelled(describeBuildError(model.error, locale))], placement: [] };
    const index = model.value.topicIndex.get(topic.name);
    if (index === undefined) {
        const skipped = model.value.skippedTopics.find((s) => s.topic === topic.name);
        return { tolerance: skipped ? [p.notModelled(p.skipped(skipped.error))] : [], placement: [] };
    }
    const modelled = model.value.topics[index];
    const rackOf = new Map(model.value.brokers.map((b) => [b.id, b.rack]));
    const placement = [placementTable(modelled, rackOf, p)];
    if (!modelled.explicitAssignment) placement.push(p.layoutOrigin(model.value.placement));
    const tolerance: string[] = [];
    const survival = facts.faultToleranceOf(topic.name);
    if (survival) {
        const lines = [`- ${survives('broker', survival.brokers, p)}`];
        if (survival.racks) lines.push(`- ${survives('rack', survival.racks, p)}`);
        tolerance.push(`${p.toleranceTitle}\n${lines.join('\n')}`);
        // Reads can stop while a replica is still alive: the failed brokers were a majority of the voters.
        const failed = survival.brokers.readable.brokenBy?.length;
        const { kind, count } = facts.voters;
        const majority = Math.floor(count / 2) + 1;
        if (kind === 'brokers' && failed !== undefined && failed > count - majority && failed < modelled.replicationFactor) {
            tolerance.push(p.quorumLost(failed, count, majority));
        }
    }
    return { tolerance, placement };
}

function placementTable(topic: TopicModel, rackOf: ReadonlyMap<number, string | undefined>, p: Phrases): string {
    const broker = (id: number): string => {
        const rack = rackOf.get(id);
        return rack === undefined ? String(id) : `${id} (${cell(rack)})`;
    };
    const shown = Math.min(topic.partitions, MAX_PLACEMENT_ROWS);
    const rows: string[][] = [];
    for (let partition = 0; partition < shown; partition++) {
        const [leader, ...followers] = topic.replicas[partition];
        rows.push([`P${partition}`, broker(leader), followers.map(broker).join(', ') || '—']);
    }
    const more = topic.partitions > shown ? `\n\n${p.morePartitions(topic.partitions - shown)}` : '';
    return `${p.placementTitle}\n\n${table(p.placementHeader, rows)}${more}`;
}

function survives(unit: 'broker' | 'rack', tolerance: FailureTolerance, p: Phrases): string {
    const { writable, readable } = tolerance;
    const example = writable.brokenBy ? ` ${p.writesStopWhen(unit, writable.brokenBy)}` : '';
    return `${p.survives(unit, writable, readable)}${example}`;
}

function clients(topic: Topic, facts: ClusterFacts, p: Phrases): string {
    const producers = [...facts.producers.values()].filter((producer) => producesOf(producer)?.topics.some((t) => t.ref?.name === topic.name));
    const groups = [...facts.groups.values(), ...facts.shareGroups.values()].filter((group) => consumesOf(group)?.topics.some((t) => t.ref?.name === topic.name));
    if (producers.length === 0 && groups.length === 0) return p.unusedTopic;
    const more = (rest: number): string => `+${rest}`;
    const parts: string[] = [];
    if (producers.length > 0) {
        parts.push(`**${p.producersLabel}**: ${capped(producers, MAX_CLIENTS, (producer) => `${code(producer.name)} (acks ${acksOf(producer)})`, more)}`);
    }
    if (groups.length > 0) parts.push(`**${p.groupsLabel}**: ${capped(groups, MAX_CLIENTS, (group) => code(group.name), more)}`);
    return parts.join(' · ');
}
