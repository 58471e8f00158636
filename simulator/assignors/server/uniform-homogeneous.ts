// The uniform assignor when every member subscribes to the same topics.
// Source: apache/kafka group-coordinator/src/main/java/org/apache/kafka/coordinator/group/assignor/UniformHomogeneousAssignmentBuilder.java
// Read at 4.0.0, 4.1.0, 4.1.1 and 4.2.0-rc1. 4.1 changed who takes the extra
// partitions (KAFKA-18688): up to 4.0 the first (P mod M) members in iteration
// order get floor(P/M)+1; from 4.1 a member gives its extra slot back when it
// cannot fill it from partitions it already owns, unless it is one of the last
// members that must take one. 4.2 only turned a class into a record.
//
// The target assignment starts from the current one: members keep what they own
// up to their quota, the rest is revoked and dealt to members below quota.

import { atLeast, type ServerAssignment, type ServerGroupSpec } from './group-spec.js';

export function uniformHomogeneous(spec: ServerGroupSpec): ServerAssignment {
    const { members, partitionsPerTopic } = spec;
    const target: ServerAssignment = new Map();
    // The subscription of the first member, as a set (its iteration order lays out the partitions).
    const subscribed = [...new Set(members[0].topics)].filter((t) => partitionsPerTopic.has(t));
    const subscribedSet = new Set(subscribed);
    if (subscribed.length === 0) return target;

    const owned = new Set<string>();
    for (const m of members) for (const [t, ps] of m.current ?? []) for (const p of ps) owned.add(`${p}\u0000${t}`);

    const unassigned: [string, number][] = [];
    let total = 0;
    for (const topic of subscribed) {
        const count = partitionsPerTopic.get(topic)!;
        for (let p = 0; p < count; p++) if (!owned.has(`${p}\u0000${topic}`)) unassigned.push([topic, p]);
        total += count;
    }

    const memberCount = members.length;
    const minimumQuota = Math.floor(total / memberCount);
    let remainingExtra = total % memberCount;
    const giveBackExtra = atLeast(spec.kafkaVersion, 4, 1);
    const unfilled: { memberId: string; quota: number }[] = [];

    // maybeRevokePartitions
    members.forEach((member, memberIndex) => {
        let quota = minimumQuota;
        let hasExtra = false;
        if (remainingExtra > 0) {
            quota++;
            if (giveBackExtra) hasExtra = true;
            else remainingExtra--;
        }
        const kept = new Map<string, number[]>();
        for (const [topic, partitions] of member.current ?? []) {
            if (!subscribedSet.has(topic)) continue; // the whole topic is dropped
            if (partitions.length <= quota) {
                quota -= partitions.length;
                if (partitions.length > 0) kept.set(topic, [...partitions]);
                continue;
            }
            const keep: number[] = [];
            for (const p of partitions) {
                if (quota > 0) {
                    quota--;
                    keep.push(p);
                } else {
                    unassigned.push([topic, p]);
                }
            }
            if (keep.length > 0) kept.set(topic, keep);
        }
        if (giveBackExtra && quota > 0 && hasExtra && memberCount - memberIndex > remainingExtra) {
            quota--;
            hasExtra = false;
        }
        if (quota > 0) unfilled.push({ memberId: member.memberId, quota });
        if (hasExtra) remainingExtra--;
        target.set(member.memberId, kept);
    });

    // assignRemainingPartitions
    let next = 0;
    for (const { memberId, quota } of unfilled) {
        const assignment = target.get(memberId)!;
        for (let i = 0; i < quota && next < unassigned.length; i++) {
            const [topic, p] = unassigned[next++];
            const list = assignment.get(topic);
            if (list) list.push(p);
            else assignment.set(topic, [p]);
        }
    }
    // Kafka throws "Partitions were left unassigned" here; the quotas above add up to the total, so it cannot happen.
    return target;
}
