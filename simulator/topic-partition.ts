// A topic partition as the assignors and groups see it, and its "topic-p" spelling.

export interface TopicPartition {
    readonly topic: string;
    readonly partition: number;
}

export const topicPartition = (topic: string, partition: number): TopicPartition => ({ topic, partition });

/** Kafka's `TopicPartition#toString`: "topic-p". Unique, since the partition is the numeric tail. */
export const formatTopicPartition = (tp: TopicPartition): string => `${tp.topic}-${tp.partition}`;

/** Inverse of `formatTopicPartition`; undefined when the text has no numeric "-p" tail. */
export function parseTopicPartition(text: string): TopicPartition | undefined {
    const m = /^(.*)-(\d+)$/s.exec(text);
    return m ? { topic: m[1], partition: Number(m[2]) } : undefined;
}

/** Java `String#compareTo` order (UTF-16 code units), which is also JavaScript's `<` on strings. */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** By topic, then partition. */
export const compareTopicPartitions = (a: TopicPartition, b: TopicPartition): number =>
    compareStrings(a.topic, b.topic) || a.partition - b.partition;

export const sortTopicPartitions = (tps: readonly TopicPartition[]): TopicPartition[] => [...tps].sort(compareTopicPartitions);
