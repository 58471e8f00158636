// One entry point for the four classic-protocol assignors.

import type { ClassicAssignorName } from '../model.js';
import { formatTopicPartition, type TopicPartition } from '../topic-partition.js';
import { cooperativeStickyAssign } from './cooperative-sticky.js';
import { rangeAssign } from './range.js';
import { roundRobinAssign } from './round-robin.js';
import { addedAndRevoked, stickyAssign } from './sticky.js';
import type { AssignmentResult, MemberSubscription } from './types.js';

export type { AssignmentResult, MemberSubscription } from './types.js';
export { compareMembers, sortMembers, type MemberIdentity } from './member-order.js';
export { formatTopicPartition } from '../topic-partition.js';

const toRecord = (members: readonly MemberSubscription[], assignment: ReadonlyMap<string, readonly TopicPartition[]>): Record<string, TopicPartition[]> => {
    const result: Record<string, TopicPartition[]> = {};
    for (const m of members) result[m.memberId] = [...(assignment.get(m.memberId) ?? [])];
    return result;
};

const fromRecord = (record: Readonly<Record<string, readonly TopicPartition[]>>): Map<string, readonly TopicPartition[]> => new Map(Object.entries(record));

/**
 * Assign the partitions of `partitionsPerTopic` (topic -> partition count) to the
 * members with Kafka's assignor `assignor`. Every member is present in the result;
 * lists are in the order Kafka builds them (sort them for display).
 */
export function assignPartitions(
    assignor: ClassicAssignorName,
    partitionsPerTopic: Readonly<Record<string, number>>,
    members: readonly MemberSubscription[]
): AssignmentResult {
    switch (assignor) {
        case 'range':
        case 'roundrobin': {
            const assignment = assignor === 'range' ? rangeAssign(partitionsPerTopic, members) : roundRobinAssign(partitionsPerTopic, members);
            return { assignment, partitionsTransferringOwnership: Object.fromEntries(addedAndRevoked(members, fromRecord(assignment))) };
        }
        case 'sticky': {
            const outcome = stickyAssign(partitionsPerTopic, members, 'eager');
            const transferring = outcome.partitionsTransferringOwnership ?? addedAndRevoked(members, outcome.assignment);
            return {
                assignment: toRecord(members, outcome.assignment),
                partitionsTransferringOwnership: Object.fromEntries(transferring),
                stickyPath: outcome.path
            };
        }
        case 'cooperative-sticky': {
            const outcome = cooperativeStickyAssign(partitionsPerTopic, members);
            return {
                assignment: toRecord(members, outcome.assignment),
                partitionsTransferringOwnership: Object.fromEntries(outcome.withheld),
                stickyPath: outcome.path
            };
        }
    }
}

/** All "topic-p" strings of an assignment list, sorted by topic then partition. */
export const formatAssignmentList = (tps: readonly TopicPartition[]): string[] =>
    [...tps].sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition)).map(formatTopicPartition);
