// The order in which assignors visit members.
// Source: apache/kafka clients/src/main/java/org/apache/kafka/clients/consumer/internals/AbstractPartitionAssignor.java
// (MemberInfo#compareTo): static members (with a group.instance.id) first, by
// instance id; then dynamic members by member id (Java String#compareTo).

import { compareStrings } from '../topic-partition.js';

export interface MemberIdentity {
    readonly memberId: string;
    readonly groupInstanceId?: string | null;
}

export function compareMembers(a: MemberIdentity, b: MemberIdentity): number {
    const aStatic = a.groupInstanceId !== undefined && a.groupInstanceId !== null;
    const bStatic = b.groupInstanceId !== undefined && b.groupInstanceId !== null;
    if (aStatic && bStatic) return compareStrings(a.groupInstanceId!, b.groupInstanceId!);
    if (aStatic) return -1;
    if (bStatic) return 1;
    return compareStrings(a.memberId, b.memberId);
}

/** A sorted copy (stable, like Java's `Collections.sort`). */
export const sortMembers = <T extends MemberIdentity>(members: readonly T[]): T[] => [...members].sort(compareMembers);
