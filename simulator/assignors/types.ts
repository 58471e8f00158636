// What a consumer-group assignor takes and returns.

import type { TopicPartition } from '../topic-partition.js';

export interface MemberSubscription {
    readonly memberId: string;
    /** Subscribed topics; a topic without metadata (absent from partitionsPerTopic) gets nothing. */
    readonly topics: readonly string[];
    /** `group.instance.id` of a static member. */
    readonly groupInstanceId?: string;
    /** Partitions the member owned before this rebalance (sticky assignors only). */
    readonly owned?: readonly TopicPartition[];
    /** Generation of `owned`; absent = none known (Kafka's DEFAULT_GENERATION, -1). */
    readonly generation?: number;
}

export interface AssignmentResult {
    /** Every member present (idle ones with []), each list in the order Kafka's assignor builds it. */
    readonly assignment: Readonly<Record<string, readonly TopicPartition[]>>;
    /**
     * "topic-p" -> the member it moves to, for partitions that change owner. The sticky
     * constrained path reports Kafka's own map; elsewhere it is the partitions added to
     * one member and revoked from another (CooperativeStickyAssignor's computation).
     */
    readonly partitionsTransferringOwnership: Readonly<Record<string, string>>;
    /** Which branch of AbstractStickyAssignor ran (sticky assignors only). */
    readonly stickyPath?: 'constrained' | 'general';
}
