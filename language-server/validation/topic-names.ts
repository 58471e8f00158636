// Topic names as Kafka's Topic.validate sees them: invalid-topic-name,
// topic-name-collision, reserved-topic-name, duplicate-topic.
import type { ValidationAcceptor } from 'langium';
import type { Cluster, Topic } from '../generated/ast.js';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import type { ClusterFactsProvider } from '../model/cluster-facts.js';
import { topicNameProblem, unifyCollisionChars } from '../../simulator/index.js';
import { IssueCodes } from './issue-codes.js';
import { quote, type DiagnosticReporter } from './reporter.js';

export class TopicNameValidator {
    protected readonly reporter: DiagnosticReporter;
    protected readonly facts: ClusterFactsProvider;

    constructor(services: KafkaTopologyServices) {
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
        const byName = new Map<string, Topic>();
        const byUnified = new Map<string, Topic>();
        // Over every part of the cluster: a duplicate in another file counts too.
        for (const topic of this.facts.get(cluster).allTopics) {
            if (topic.name === undefined) continue;
            if (byName.has(topic.name)) {
                this.reporter.report(accept, {
                    code: IssueCodes.DuplicateTopic, node: topic, property: 'name',
                    args: { name: quote(topic.name), cluster: quote(cluster.name) }
                });
                continue;
            }
            byName.set(topic.name, topic);
            const unified = unifyCollisionChars(topic.name);
            const other = byUnified.get(unified);
            if (other) {
                this.reporter.report(accept, {
                    code: IssueCodes.TopicNameCollision, node: topic, property: 'name',
                    args: { name: quote(topic.name), other: quote(other.name) }
                });
            } else {
                byUnified.set(unified, topic);
            }
        }
    }
}
