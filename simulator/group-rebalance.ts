// Consumer-group membership changes and the rebalance they trigger (the group
// coordinator, not the controller quorum, runs these, so they happen without
// quorum too). range / roundrobin assign from scratch; sticky and
// cooperative-sticky get the previous assignment as owned partitions of the
// current generation. cooperative-sticky's immediate follow-up rebalance is
// applied, so the resulting state is the settled assignment.

import { assignPartitions, type AssignmentResult } from './assignors/index.js';
import { consumerProtocolAssign } from './assignors/server/group-assignment.js';
import { simpleHomogeneousAssign } from './assignors/server/simple-homogeneous.js';
import type { MemberSubscription } from './assignors/types.js';
import type { GroupModel } from './cluster.js';
import type { GroupRebalancedEvent } from './events.js';
import type { GroupState } from './state.js';
import { formatTopicPartition, type TopicPartition } from './topic-partition.js';

const toMap = (assignment: Readonly<Record<string, readonly TopicPartition[]>>, members: readonly string[]): Map<string, readonly TopicPartition[]> =>
    new Map(members.map((m) => [m, assignment[m] ?? []]));

function subscriptions(group: GroupModel, members: readonly string[], owned: ReadonlyMap<string, readonly TopicPartition[]>, generation: number): MemberSubscription[] {
    const topics = Object.keys(group.partitionsPerTopic);
    return members.map((memberId) =>
        owned.has(memberId) ? { memberId, topics, owned: owned.get(memberId), generation } : { memberId, topics, owned: [], generation: undefined }
    );
}

/**
 * One assignment round: the client's assignor (classic) or the coordinator's
 * (consumer protocol and share groups: the target assignment starts from the previous one).
 */
function assignRound(group: GroupModel, members: readonly string[], owned: ReadonlyMap<string, readonly TopicPartition[]>, generation: number): AssignmentResult {
    if (group.protocol === 'share') return { assignment: simpleHomogeneousAssign(group.partitionsPerTopic, members, owned), partitionsTransferringOwnership: {} };
    if (group.protocol === 'consumer') {
        const assignor = group.assignor === 'range' ? 'range' : 'uniform';
        return { assignment: consumerProtocolAssign(assignor, group.partitionsPerTopic, members, owned, group.kafkaVersion), partitionsTransferringOwnership: {} };
    }
    return assignPartitions(group.assignor === 'uniform' || group.assignor === 'simple' ? 'range' : group.assignor, group.partitionsPerTopic, subscriptions(group, members, owned, generation));
}

/** The group as first formed: every declared member, assigned by its assignor with nothing owned. */
export function initialGroupState(group: GroupModel): GroupState {
    const members = group.members;
    const { assignment } = assignRound(group, members, new Map(), -1);
    return { members, assignment: toMap(assignment, members), generation: 1, knownMembers: new Set(members) };
}

const ownerIndex = (assignment: ReadonlyMap<string, readonly TopicPartition[]>): Map<string, string> => {
    const owner = new Map<string, string>();
    for (const [m, tps] of assignment) for (const tp of tps) owner.set(formatTopicPartition(tp), m);
    return owner;
};

/** Rebalance `previous` for the new member list; returns the settled state and what moved. */
export function rebalanceGroup(
    group: GroupModel,
    previous: GroupState,
    members: readonly string[],
    trigger: GroupRebalancedEvent['trigger']
): { readonly state: GroupState; readonly event: GroupRebalancedEvent } {
    let generation = previous.generation;
    const first = assignRound(group, members, previous.assignment, generation);
    let assignment = toMap(first.assignment, members);
    generation++;
    const revoked: { partition: string; from: string }[] = [];
    const assignedInFollowUp: { partition: string; to: string }[] = [];
    if (group.assignor === 'cooperative-sticky') {
        for (const m of members) {
            const kept = new Set((assignment.get(m) ?? []).map(formatTopicPartition));
            for (const tp of previous.assignment.get(m) ?? []) {
                if (!kept.has(formatTopicPartition(tp))) revoked.push({ partition: formatTopicPartition(tp), from: m });
            }
        }
        // Follow-up rebalances until nothing is withheld any more (one suffices in practice).
        for (let round = 0; round < 4; round++) {
            const interim = assignment;
            const next = assignRound(group, members, interim, generation);
            assignment = toMap(next.assignment, members);
            generation++;
            const before = ownerIndex(interim);
            for (const [m, tps] of assignment) {
                for (const tp of tps) if (before.get(formatTopicPartition(tp)) !== m) assignedInFollowUp.push({ partition: formatTopicPartition(tp), to: m });
            }
            if (Object.keys(next.partitionsTransferringOwnership).length === 0) break;
        }
    }
    const before = ownerIndex(previous.assignment);
    const moved: { partition: string; from: string | null; to: string }[] = [];
    for (const [m, tps] of assignment) {
        for (const tp of tps) {
            const k = formatTopicPartition(tp);
            const from = before.get(k) ?? null;
            if (from !== m) moved.push({ partition: k, from, to: m });
        }
    }
    const knownMembers = new Set(previous.knownMembers);
    for (const m of members) knownMembers.add(m);
    const state: GroupState = { members, assignment, generation, knownMembers };
    return {
        state,
        event: {
            kind: 'group-rebalanced',
            group: group.name,
            assignor: group.assignor,
            trigger,
            generation,
            moved,
            revoked,
            assignedInFollowUp,
            idle: members.filter((m) => (assignment.get(m) ?? []).length === 0),
            members: members.length
        }
    };
}
