// The order in which assignors visit members.
// Source: apache/kafka clients/src/main/java/org/apache/kafka/clients/consumer/internals/AbstractPartitionAssignor.java
// (MemberInfo#compareTo): static members (with a group.instance.id) first, by
// instance id; then dynamic members by member id (Java String#compareTo).

import { JavaHashOrder } from '../java-hash-order.js';
import { compareStrings } from '../topic-partition.js';

export interface MemberIdentity {
    readonly memberId: string;
    readonly groupInstanceId?: string | null;
}

export function compareMembers(a: MemberIdentity, b: MemberIdentity): number {
    const aInstance = a.groupInstanceId ?? undefined;
    const bInstance = b.groupInstanceId ?? undefined;
    if (aInstance !== undefined && bInstance !== undefined) return compareStrings(aInstance, bInstance);
    if (aInstance !== undefined) return -1;
    if (bInstance !== undefined) return 1;
    return compareStrings(a.memberId, b.memberId);
}

/** A sorted copy (stable, like Java's `Collections.sort`). */
export const sortMembers = <T extends MemberIdentity>(members: readonly T[]): T[] => [...members].sort(compareMembers);

/**
 * The members in the order an assignor sees them: the subscriptions HashMap's
 * iteration order, then sorted (stable). Only ties (two static members with the
 * same instance id, which Kafka forbids) depend on the first part.
 */
export function membersInAssignorOrder<T extends MemberIdentity>(members: readonly T[]): T[] {
    const byId = new Map(members.map((m) => [m.memberId, m] as const));
    return sortMembers(JavaHashOrder.ofStrings(members.map((m) => m.memberId)).keys().map((id) => byId.get(id)!));
}
