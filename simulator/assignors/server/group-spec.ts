// What the group coordinator hands a server-side assignor (KIP-848): the members
// in GroupSpec.memberIds() order, each with its subscription and its current
// target assignment, plus the partition count of every topic with metadata.
// Source: apache/kafka group-coordinator/src/main/java/org/apache/kafka/coordinator/group/modern/
// (GroupSpecImpl, TargetAssignmentBuilder, ModernGroup.subscriptionType).

/** member -> topic -> partitions; iteration order is the order Kafka's maps would yield. */
export type ServerAssignment = Map<string, Map<string, number[]>>;

export interface ServerMember {
    readonly memberId: string;
    /** `group.instance.id` of a static member (the range assignor sorts by it). */
    readonly instanceId?: string;
    /** Subscribed topic names, in the order the subscription set is iterated. */
    readonly topics: readonly string[];
    /** The member's current target assignment, topic by topic, in iteration order. */
    readonly current?: ReadonlyMap<string, readonly number[]>;
}

export type SubscriptionType = 'HOMOGENEOUS' | 'HETEROGENEOUS';

export interface ServerGroupSpec {
    /** In GroupSpec.memberIds() order. */
    readonly members: readonly ServerMember[];
    /** Topic -> partitions, for topics with metadata (others are not assignable). */
    readonly partitionsPerTopic: ReadonlyMap<string, number>;
    /** Stand-in for topic-id order (`Uuid.compareTo`): lower rank first. Default: the order of `partitionsPerTopic`. */
    readonly topicRank?: ReadonlyMap<string, number>;
    /** Forced subscription type (Kafka's tests set it); default: computed as the coordinator does. */
    readonly subscriptionType?: SubscriptionType;
    /** The release whose algorithm runs, e.g. "4.0", "4.1.1". Default: the newest. */
    readonly kafkaVersion?: string;
}

/**
 * `ModernGroup.subscriptionType`: homogeneous when every subscribed topic name is
 * subscribed by every member (names without metadata count too).
 */
export function subscriptionTypeOf(members: readonly ServerMember[]): SubscriptionType {
    const counts = new Map<string, number>();
    for (const m of members) for (const t of new Set(m.topics)) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const n of counts.values()) if (n !== members.length) return 'HETEROGENEOUS';
    return 'HOMOGENEOUS';
}

/** The topics a member subscribes to that have metadata (the ids TargetAssignmentBuilder resolves). */
export const subscribedWithMetadata = (member: ServerMember, partitionsPerTopic: ReadonlyMap<string, number>): string[] =>
    [...new Set(member.topics)].filter((t) => partitionsPerTopic.has(t));

/** Whether `version` ("4.0", "4.1.1", "3.9") is at least major.minor. */
export function atLeast(version: string | undefined, major: number, minor: number): boolean {
    if (version === undefined) return true;
    const m = /^(\d+)\.(\d+)/.exec(version);
    if (!m) return true;
    const [a, b] = [Number(m[1]), Number(m[2])];
    return a > major || (a === major && b >= minor);
}
