// Topic names as Kafka's Topic.validate sees them: invalid-topic-name,
// topic-name-collision, reserved-topic-name, duplicate-topic.
import type { ValidationAcceptor } from 'langium';
import type { Cluster, Topic } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { FactSlot, type ClusterFactsProvider } from '../model/cluster-facts.js';
import { topicNameProblem, unifyCollisionChars } from '../../simulator/index.js';
import { IssueCodes } from './issue-codes.js';
import { quote, type DiagnosticReporter } from './reporter.js';

/** Later declarations of a topic name across the cluster's parts, with the one they repeat or collide with. */
const TOPIC_NAME_DUPLICATES = new FactSlot<ReturnType<typeof duplicateTopics>>('topic-name-duplicates');

export class TopicNameValidator {
    protected readonly reporter: DiagnosticReporter;
    protected readonly facts: ClusterFactsProvider;

    constructor(services: KafkaTopologyCoreServices) {
        this.reporter = services.kafka.Reporter;
        this.facts = services.kafka.ClusterFacts;
    }

    checkTopicName(topic: Topic, accept: ValidationAcceptor): void {
        if (topic.name === undefined) return;
        const problem = topicNameProblem(topic.name);
        if (problem) {
            this.reporter.report(accept, {
                code: IssueCodes.InvalidTopicName, node: topic, property: 'name',
                args: { name: quote(topic.name), reason: { term: `name-${problem}` } }
            });
        } else if (topic.name.startsWith('__')) {
            this.reporter.report(accept, { code: IssueCodes.ReservedTopicName, node: topic, property: 'name', args: { name: quote(topic.name) } });
        }
    }

    /** Later declarations are the ones reported, by exact name first, then by Kafka's '.'/'_' collision rule. */
    checkTopicNamesUnique(cluster: Cluster, accept: ValidationAcceptor): void {
        // Over every part of the cluster: a duplicate in another file counts too (each part reports its own).
        const facts = this.facts.get(cluster);
        for (const [topic, other] of facts.once(TOPIC_NAME_DUPLICATES, () => duplicateTopics(facts.topicsWithRepeatedNames()))) {
            if (other === undefined) {
                this.reporter.report(accept, {
                    code: IssueCodes.DuplicateTopic, node: topic, property: 'name',
                    args: { name: quote(topic.name), cluster: quote(cluster.name) }
                });
            } else {
                this.reporter.report(accept, {
                    code: IssueCodes.TopicNameCollision, node: topic, property: 'name',
                    args: { name: quote(topic.name), other: quote(other.name) }
                });
            }
        }
    }
}

/**
 * Declarations after the first of their name (→ undefined), and those colliding with an earlier name by
 * Kafka's '.'/'_' rule (→ that topic), in order; `topics` in cluster order (those whose name no other
 * repeats or collides with may be left out).
 */
function duplicateTopics(topics: readonly Topic[]): Map<Topic, Topic | undefined> {
    const found = new Map<Topic, Topic | undefined>();
    const byName = new Map<string, Topic>();
    const byUnified = new Map<string, Topic>();
    for (const topic of topics) {
        if (topic.name === undefined) continue;
        if (byName.has(topic.name)) {
            found.set(topic, undefined);
            continue;
        }
        byName.set(topic.name, topic);
        const unified = unifyCollisionChars(topic.name);
        const other = byUnified.get(unified);
        if (other) found.set(topic, other);
        else byUnified.set(unified, topic);
    }
    return found;
}
