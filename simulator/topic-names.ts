// Kafka's topic-name rules.
// Source: apache/kafka clients/src/main/java/org/apache/kafka/common/internals/Topic.java
// (detectInvalidTopic, hasCollisionChars, unifyCollisionChars, hasCollision).

export const MAX_TOPIC_NAME_LENGTH = 249;

export type TopicNameProblem = 'empty' | 'dot' | 'too-long' | 'illegal-chars';

const LEGAL = /^[a-zA-Z0-9._-]*$/;

/** Why Kafka rejects the name, checked in Kafka's order; undefined when it is valid. */
export function topicNameProblem(name: string): TopicNameProblem | undefined {
    if (name.length === 0) return 'empty';
    if (name === '.' || name === '..') return 'dot';
    if (name.length > MAX_TOPIC_NAME_LENGTH) return 'too-long';
    if (!LEGAL.test(name)) return 'illegal-chars';
    return undefined;
}

export const isValidTopicName = (name: string): boolean => topicNameProblem(name) === undefined;

/** The characters that metric names map to one another: '.' and '_'. */
export const hasCollisionChars = (name: string): boolean => name.includes('.') || name.includes('_');

/** Every '.' replaced by '_' (Java `String#replace(char, char)` replaces all); most names have none. */
export const unifyCollisionChars = (name: string): string => (name.includes('.') ? name.replaceAll('.', '_') : name);

/** True when the names are equal after unifying '.' and '_' (equal names collide too). */
export const collides = (a: string, b: string): boolean => unifyCollisionChars(a) === unifyCollisionChars(b);

/** Internal topic names (`Topic.isInternal`) and the reserved `__` prefix. */
export const INTERNAL_TOPICS: readonly string[] = ['__consumer_offsets', '__transaction_state', '__share_group_state'];
export const isInternalTopic = (name: string): boolean => INTERNAL_TOPICS.includes(name);
export const isReservedTopicName = (name: string): boolean => name.startsWith('__');
