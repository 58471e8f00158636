// Consumer groups: idle-consumers, uneven-consumer-load (from the group's own
// assignor), group-without-topics and duplicate-member (consumer and share groups), duplicate-group.
import { AstUtils, type ValidationAcceptor } from 'langium';
import { isCluster, isShareGroup, type Cluster, type ConsumerGroup, type GroupDeclaration, type MembersProperty } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { FactSlot, type ClusterFacts, type ClusterFactsProvider } from '../model/cluster-facts.js';
import { consumesOf, membersPropertyOf } from '../model/members.js';
import { localize, type MessageArg } from '../messages/index.js';
import { SHARE_FEATURE } from '../../simulator/index.js';
import { IssueCodes } from './issue-codes.js';
import { quote, type DiagnosticReporter } from './reporter.js';

const MAX_NAMED_IN_MESSAGE = 8;

/** Each group declared after the first of its id, with that first one. */
const GROUP_ID_DUPLICATES = new FactSlot<ReadonlyMap<GroupDeclaration, GroupDeclaration>>('group-id-duplicates');

export class ConsumerGroupValidator {
    protected readonly facts: ClusterFactsProvider;
    protected readonly reporter: DiagnosticReporter;

    constructor(services: KafkaTopologyCoreServices) {
        this.facts = services.kafka.ClusterFacts;
        this.reporter = services.kafka.Reporter;
    }

    checkConsumesSomething(group: GroupDeclaration, accept: ValidationAcceptor): void {
        if (consumesOf(group)) return;
        this.reporter.report(accept, {
            code: IssueCodes.GroupWithoutTopics, node: group, property: 'name', args: { group: quote(group.name) },
            ...(isShareGroup(group) ? { variant: 'share' } : {})
        });
    }

    checkLoad(group: ConsumerGroup, accept: ValidationAcceptor): void {
        const cluster = AstUtils.getContainerOfType(group, isCluster);
        if (!cluster || !consumesOf(group)) return;
        const facts = this.facts.get(cluster);
        const assignment = facts.assignmentOf(group);
        if (!assignment) return;
        const members = membersPropertyOf(group);
        const at: { readonly node: MembersProperty | ConsumerGroup; readonly property?: 'name' } = members ? { node: members } : { node: group, property: 'name' };
        const { idle, perMember, assignor, partitions } = assignment;
        if (idle.length > 0) {
            const named = idle.slice(0, MAX_NAMED_IN_MESSAGE).map(quote).join(', ') + (idle.length > MAX_NAMED_IN_MESSAGE ? ` (+${idle.length - MAX_NAMED_IN_MESSAGE})` : '');
            const busy = perMember.size - idle.length;
            // range splits each topic on its own: with enough partitions overall, the assignor is the cause.
            const variant = assignor === 'range' && partitions >= perMember.size ? 'range-topics' : undefined;
            // Where the cluster has share groups, they are how several consumers read one partition.
            const shareHint: MessageArg = (facts.release.levels[SHARE_FEATURE] ?? 0) >= 1 ? (locale) => localize('idle-consumers/share-hint', {}, locale) : '';
            this.reporter.report(accept, {
                code: IssueCodes.IdleConsumers, variant, ...at,
                args: { group: quote(group.name), idle: named, assignor, partitions, busy, shareHint },
                fix: { members: busy, idle: [...idle] }
            });
        }
        const counts = [...perMember.values()].map((p) => p.length);
        if (counts.length > 1 && Math.max(...counts) - Math.min(...counts) >= 2) {
            const shown = [...perMember].slice(0, MAX_NAMED_IN_MESSAGE).map(([m, p]) => `${m}: ${p.length}`).join(', ');
            this.reporter.report(accept, {
                code: IssueCodes.UnevenConsumerLoad, ...at,
                args: { group: quote(group.name), assignor, counts: perMember.size > MAX_NAMED_IN_MESSAGE ? `${shown}, …` : shown },
                fix: { assignor: 'roundrobin' }
            });
        }
    }

    /** For consumer and share groups alike (GroupDeclaration). */
    checkMemberNamesUnique(group: GroupDeclaration, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const member of membersPropertyOf(group)?.members ?? []) {
            if (member.name === undefined) continue;
            if (seen.has(member.name)) {
                this.reporter.report(accept, { code: IssueCodes.DuplicateMember, node: member, property: 'name', args: { name: quote(member.name), group: quote(group.name) } });
            }
            seen.add(member.name);
        }
    }

    checkGroupNamesUnique(cluster: Cluster, accept: ValidationAcceptor): void {
        // Over every part of the cluster: a duplicate in another file counts too (each part reports its own).
        const facts = this.facts.get(cluster);
        for (const [group, first] of facts.once(GROUP_ID_DUPLICATES, () => duplicateGroups(facts))) {
            const variant = first.$type === group.$type ? undefined : 'kinds';
            this.reporter.report(accept, { code: IssueCodes.DuplicateGroup, variant, node: group, property: 'name', args: { name: quote(group.name), cluster: quote(cluster.name) } });
        }
    }
}

/**
 * Consumer groups and share groups share one namespace of group ids: the groups after the
 * first of their id, in part order then text order, each with the first.
 */
function duplicateGroups(facts: ClusterFacts): Map<GroupDeclaration, GroupDeclaration> {
    const first = new Map<string, GroupDeclaration>();
    const duplicates = new Map<GroupDeclaration, GroupDeclaration>();
    for (const group of facts.groupsWithRepeatedIds()) {
        if (group.name === undefined) continue;
        const earlier = first.get(group.name);
        if (earlier) duplicates.set(group, earlier);
        else first.set(group.name, group);
    }
    return duplicates;
}
