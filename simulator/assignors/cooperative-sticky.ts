// CooperativeStickyAssignor: the sticky result minus every partition that moves
// from one owner to another; the old owner revokes it now and a follow-up
// rebalance hands it to the new owner.
// Source: apache/kafka clients/src/main/java/org/apache/kafka/clients/consumer/CooperativeStickyAssignor.java
// (assignPartitions, adjustAssignment, computePartitionsTransferringOwnership).

import { formatTopicPartition, type TopicPartition } from '../topic-partition.js';
import { addedAndRevoked, stickyAssign, type StickyOutcome } from './sticky.js';
import type { MemberSubscription } from './types.js';

export interface CooperativeOutcome extends StickyOutcome {
    /** The partitions withheld this round: "topic-p" -> the member that gets it next round. */
    readonly withheld: Map<string, string>;
}

export function cooperativeStickyAssign(
    partitionsPerTopic: Readonly<Record<string, number>>,
    members: readonly MemberSubscription[]
): CooperativeOutcome {
    const outcome = stickyAssign(partitionsPerTopic, members, 'cooperative');
    const withheld = outcome.partitionsTransferringOwnership ?? addedAndRevoked(members, outcome.assignment);
    const assignment = new Map<string, TopicPartition[]>();
    for (const [member, tps] of outcome.assignment) assignment.set(member, [...tps]);
    for (const [k, member] of withheld) {
        const list = assignment.get(member);
        const i = list ? list.findIndex((tp) => formatTopicPartition(tp) === k) : -1;
        if (i >= 0) list!.splice(i, 1);
    }
    return { ...outcome, assignment, withheld };
}
