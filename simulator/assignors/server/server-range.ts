// The broker's `range` assignor for consumer-protocol groups.
// Source: apache/kafka group-coordinator/src/main/java/org/apache/kafka/coordinator/group/assignor/RangeAssignor.java
// Read at 4.0.0, 4.1.0, 4.1.1 and 4.2.0-rc1: no change in behaviour.
// Members sorted static first (by instance id), then by member id; each topic
// split into contiguous ranges over its subscribers, the first P mod S getting
// one more. Not sticky: the current assignment is ignored.

import { compareStrings } from '../../topic-partition.js';
import { subscribedWithMetadata, subscriptionTypeOf, type ServerAssignment, type ServerGroupSpec, type ServerMember } from './group-spec.js';

function compareServerMembers(a: ServerMember, b: ServerMember): number {
    if (a.instanceId !== undefined && b.instanceId !== undefined) return compareStrings(a.instanceId, b.instanceId);
    if (a.instanceId !== undefined) return -1;
    if (b.instanceId !== undefined) return 1;
    return compareStrings(a.memberId, b.memberId);
}

export function serverRange(spec: ServerGroupSpec): ServerAssignment {
    const target: ServerAssignment = new Map();
    if (spec.members.length === 0) return target;
    const sorted = [...spec.members].sort(compareServerMembers);
    const homogeneous = (spec.subscriptionType ?? subscriptionTypeOf(spec.members)) === 'HOMOGENEOUS';
    const topics = new Map<string, { partitions: number; members: number; minQuota: number; extra: number; nextRange: number }>();
    const metadata = (topic: string, members: number) => ({ partitions: spec.partitionsPerTopic.get(topic)!, members, minQuota: -1, extra: -1, nextRange: 0 });
    if (homogeneous) {
        for (const t of subscribedWithMetadata(sorted[0], spec.partitionsPerTopic)) topics.set(t, metadata(t, sorted.length));
    } else {
        for (const m of sorted) {
            for (const t of subscribedWithMetadata(m, spec.partitionsPerTopic)) {
                const meta = topics.get(t) ?? metadata(t, 0);
                meta.members++;
                topics.set(t, meta);
            }
        }
    }
    for (const m of sorted) {
        const assignment = new Map<string, number[]>();
        const subscribed = homogeneous ? [...topics.keys()] : subscribedWithMetadata(m, spec.partitionsPerTopic);
        for (const t of subscribed) {
            const meta = topics.get(t)!;
            if (meta.minQuota === -1) {
                meta.minQuota = Math.floor(meta.partitions / meta.members);
                meta.extra = meta.partitions % meta.members;
            }
            let quota = meta.minQuota;
            if (meta.extra > 0) {
                quota++;
                meta.extra--;
            }
            const start = meta.nextRange;
            const end = Math.min(start + quota, meta.partitions);
            meta.nextRange = end;
            if (start < end) assignment.set(t, Array.from({ length: end - start }, (_, i) => start + i));
        }
        target.set(m.memberId, assignment);
    }
    return target;
}
