// A partition's health, judged once for every reader (the failover view, the
// CLI's simulate output): what clients can still do with it, worst first.
//   offline           no live leader: neither reads nor writes
//   not-writable      a live leader, but acks=all writes fail (live ISR below min.insync.replicas)
//   under-replicated  writable, but the ISR is smaller than the replication factor
//   healthy           none of the above
import type { PartitionStatus } from './derived.js';

/** Every partition health, worst first: the order summaries list them in. */
export const PARTITION_HEALTHS = ['offline', 'not-writable', 'under-replicated', 'healthy'] as const;

export type PartitionHealth = (typeof PARTITION_HEALTHS)[number];

/** What health is judged from: a PartitionStatus or a PartitionSnapshot. */
export type HealthFacts = Pick<PartitionStatus, 'readable' | 'writable' | 'underReplicated'>;

export function healthOf(s: HealthFacts): PartitionHealth {
    if (!s.readable) return 'offline';
    if (!s.writable) return 'not-writable';
    if (s.underReplicated) return 'under-replicated';
    return 'healthy';
}

/** The worse of two healths (a topic is as healthy as its worst partition). */
export const worseHealth = (a: PartitionHealth, b: PartitionHealth): PartitionHealth => (PARTITION_HEALTHS.indexOf(a) <= PARTITION_HEALTHS.indexOf(b) ? a : b);

/** A count per health, all zero. */
export const noHealthCounts = (): Record<PartitionHealth, number> => ({ offline: 0, 'not-writable': 0, 'under-replicated': 0, healthy: 0 });
