// The change plan's words in English, keyed by change code (as the server's
// catalogue is keyed by issue code). Values arrive already formatted. This
// catalogue defines the type the other languages' catalogues must have.
import type { ChangeCode } from '../change-codes.js';

/** A change's values, already formatted. */
export type PlanArgs = Readonly<Record<string, string | number>>;

export const en = {
    'partitions-decreased': (a) =>
        `Kafka cannot remove partitions: topic '${a.topic}' currently has ${a.old} partitions, ${a.new} would not be an increase. Create a new topic and migrate instead.`,
    'keyed-topic-repartitioned': (a) =>
        `Partitions of keyed topic '${a.topic}' grow from ${a.old} to ${a.new}: ${a.share} of all keys go to another partition from then on, so their order across the change is lost.`,
    'replication-factor-changed': (a) =>
        `The replication factor of '${a.topic}' changes from ${a.old} to ${a.new}: that is a partition reassignment (kafka-reassign-partitions), not a config change.`,
    'assignment-changed': (a) => `The replica lists of '${a.topic}' change (${a.count} partition(s)): apply them with a partition reassignment.`,
    'topic-deleted': (a) => `Topic '${a.topic}' is no longer in the file: deleting it on the cluster deletes its data.`,
    'retention-shortened': (a) => `${a.key} of '${a.topic}' shrinks from ${a.old} to ${a.new}: older records are deleted on the next cleaner pass.`,
    'cleanup-policy-changed': (a) =>
        `cleanup.policy of '${a.topic}' changes from ${a.old} to ${a.new}: compaction keeps one record per key; turning it off lets old keys expire.`,
    'min-insync-raised': (a) =>
        `min.insync.replicas of '${a.topic}' rises from ${a.old} to ${a.new}, above the ${a.isr} in-sync replica(s) a partition has in this file's scenarios: acks=all writes would fail there.`,
    'topic-renamed': (a) => `Topic '${a.old}' becomes '${a.new}': Kafka has no rename, this deletes '${a.old}' with its data and creates an empty '${a.new}'.`
} satisfies Readonly<Record<ChangeCode, (a: PlanArgs) => string>>;
/** The English catalogue's shape: one sentence per change code. */
export type PlanCatalogue = Readonly<Record<keyof typeof en, (a: PlanArgs) => string>>;
