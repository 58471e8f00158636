// A consumer group's or share group's hover: its assignor and the partitions of
// each member, idle members flagged (a share group also says what sharing a
// partition means); and a single member's partitions.
import { isShareGroup, type GroupDeclaration } from '../../generated/ast.js';
import { catalogue, type Locale } from '../../messages/index.js';
import type { ClusterFacts } from '../../model/cluster-facts.js';
import type { TopicPartition } from '../../../simulator/index.js';
import { capped, code, table } from '../docs/markdown.js';
import { lineOf } from './topic-hover.js';

const MAX_MEMBER_ROWS = 20;
const MAX_PARTITIONS_PER_TOPIC = 16;

/** `order-created` P0, P1; `stock-reserved` P2 */
export function formatPartitions(partitions: readonly TopicPartition[]): string {
    const byTopic = new Map<string, number[]>();
    for (const tp of partitions) {
        const list = byTopic.get(tp.topic);
        if (list) list.push(tp.partition);
        else byTopic.set(tp.topic, [tp.partition]);
    }
    return [...byTopic]
        .map(([topic, ps]) => `${code(topic)} ${capped(ps, MAX_PARTITIONS_PER_TOPIC, (n) => `P${n}`, (rest) => `+${rest}`)}`)
        .join('; ');
}

export function groupHover(group: GroupDeclaration, facts: ClusterFacts, locale: Locale): string {
    const p = catalogue(locale).hover;
    const share = isShareGroup(group);
    const parts = [`**${share ? p.kind.shareGroup : p.kind.group}** ${code(group.name)}`];
    const first = facts.groupNamed(group.name);
    if (first && first !== group) parts.push(p.duplicateDeclaration(lineOf(first) ?? 0));
    const assignment = facts.assignmentOf(first ?? group);
    if (!assignment) {
        parts.push(p.groupWithoutTopics);
        return parts.join('\n\n');
    }
    const topics = [...new Set(facts.groupSpec(first ?? group).topics)];
    parts[0] += ` — ${p.groupSummary(assignment.assignor, assignment.perMember.size, assignment.partitions, topics)}`;
    if (share) parts.push(p.shareGroupDelivery);
    const members = [...assignment.perMember];
    const rows = members
        .slice(0, MAX_MEMBER_ROWS)
        .map(([member, partitions]) => [code(member), partitions.length > 0 ? formatPartitions(partitions) : `*${p.memberIdle}*`]);
    parts.push(table(p.memberHeader, rows) + (members.length > MAX_MEMBER_ROWS ? `\n\n${p.moreMembers(members.length - MAX_MEMBER_ROWS)}` : ''));
    if (assignment.idle.length > 0) parts.push(p.idle(capped(assignment.idle, 10, code, p.moreMembers)));
    let min = Infinity;
    let max = 0;
    for (const [, partitions] of members) {
        min = Math.min(min, partitions.length);
        max = Math.max(max, partitions.length);
    }
    if (max - min >= 2) parts.push(p.uneven(min, max));
    return parts.join('\n\n');
}

export function memberHover(group: GroupDeclaration, member: string, facts: ClusterFacts, locale: Locale): string {
    const p = catalogue(locale).hover;
    const partitions = facts.assignmentOf(facts.groupNamed(group.name) ?? group)?.perMember.get(member);
    const detail = partitions === undefined ? '' : partitions.length > 0 ? formatPartitions(partitions) : `*${p.memberIdle}*`;
    return `**${p.kind.member}** ${code(member)} ${p.memberOf(group.name)}${detail ? ` — ${detail}` : ''}`;
}
