// Producers: producer-without-topics, invalid-acks, acks-may-lose-data,
// idempotent-needs-acks-all, missing-record-key, key-field-mismatch, duplicate-producer.
import { AstUtils, type ValidationAcceptor } from 'langium';
import { isAcksProperty, isCluster, isIdempotentProperty, isKeyProperty, type Cluster, type Producer } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { acksOf, FactSlot, type ClusterFactsProvider } from '../model/cluster-facts.js';
import { producesOf } from '../model/members.js';
import { IssueCodes } from './issue-codes.js';
import { quote, type DiagnosticReporter } from './reporter.js';

/** The producers declared after the first of their name. */
const PRODUCER_NAME_DUPLICATES = new FactSlot<readonly Producer[]>('producer-name-duplicates');

export class ProducerValidator {
    protected readonly facts: ClusterFactsProvider;
    protected readonly reporter: DiagnosticReporter;

    constructor(services: KafkaTopologyCoreServices) {
        this.facts = services.kafka.ClusterFacts;
        this.reporter = services.kafka.Reporter;
    }

    checkProducesSomething(producer: Producer, accept: ValidationAcceptor): void {
        if (producesOf(producer)) return;
        this.reporter.report(accept, { code: IssueCodes.ProducerWithoutTopics, node: producer, property: 'name', args: { producer: quote(producer.name) } });
    }

    checkAcks(producer: Producer, accept: ValidationAcceptor): void {
        const properties = producer.items.filter(isAcksProperty);
        for (const acks of properties) {
            // -1 is Kafka's own spelling of all.
            if (!acks.all && acks.value !== -1 && acks.value !== 0 && acks.value !== 1 && acks.value !== undefined) {
                this.reporter.report(accept, { code: IssueCodes.InvalidAcks, node: acks, args: { value: acks.value }, fix: { value: 'all' } });
            }
        }
        const acks = acksOf(producer);
        const cluster = AstUtils.getContainerOfType(producer, isCluster);
        if (acks === 'all' || !cluster) return;
        const facts = this.facts.get(cluster);
        const replicated = producesOf(producer)?.topics
            .map((t) => t.ref)
            .find((topic) => topic !== undefined && facts.settingsOf(topic).replicationFactor.value > 1);
        if (!replicated) return;
        this.reporter.report(accept, {
            code: IssueCodes.AcksMayLoseData, variant: acks === 0 ? 'acks0' : undefined, node: properties.at(-1) ?? producer, property: properties.length > 0 ? undefined : 'name',
            args: { producer: quote(producer.name), acks, topic: quote(replicated.name), rf: facts.settingsOf(replicated).replicationFactor.value },
            fix: { value: 'all' }
        });
    }

    /**
     * Kafka's ProducerConfig refuses enable.idempotence=true set explicitly with acks 0 or 1
     * ("Must set acks to all in order to use the idempotent producer"); only the default is
     * quietly turned off (clients/src/main/java/org/apache/kafka/clients/producer/ProducerConfig.java, 3.0+).
     */
    checkIdempotence(producer: Producer, accept: ValidationAcceptor): void {
        const idempotent = producer.items.filter(isIdempotentProperty).at(-1);
        const acks = acksOf(producer);
        if (!idempotent?.value || acks === 'all') return;
        this.reporter.report(accept, { code: IssueCodes.IdempotentNeedsAcksAll, node: idempotent, args: { producer: quote(producer.name), acks }, fix: { value: 'all' } });
    }

    checkRecordKeys(producer: Producer, accept: ValidationAcceptor): void {
        const cluster = AstUtils.getContainerOfType(producer, isCluster);
        const produces = producesOf(producer);
        if (!cluster || !produces) return;
        const facts = this.facts.get(cluster);
        const key = producer.items.filter(isKeyProperty).at(-1);
        produces.topics.forEach((reference, index) => {
            const topic = reference.ref;
            if (!topic) return;
            const ordering = facts.settingsOf(topic).ordering.value;
            if (ordering.mode !== 'key') return;
            if (!key) {
                this.reporter.report(accept, {
                    code: IssueCodes.MissingRecordKey, node: produces, property: 'topics', index,
                    args: { topic: quote(topic.name), producer: quote(producer.name), field: ordering.field ?? '<field>' },
                    fix: { insertKey: ordering.field ?? 'key' }
                });
            } else if (ordering.field !== undefined && key.field !== undefined && key.field !== ordering.field) {
                this.reporter.report(accept, {
                    code: IssueCodes.KeyFieldMismatch, node: key,
                    args: { producer: quote(producer.name), key: quote(key.field), topic: quote(topic.name), field: quote(ordering.field) }
                });
            }
        });
    }

    checkProducerNamesUnique(cluster: Cluster, accept: ValidationAcceptor): void {
        // Over every part of the cluster: a duplicate in another file counts too (each part reports its own).
        const facts = this.facts.get(cluster);
        for (const producer of facts.once(PRODUCER_NAME_DUPLICATES, () => duplicateProducers(facts.producersWithRepeatedNames()))) {
            this.reporter.report(accept, { code: IssueCodes.DuplicateProducer, node: producer, property: 'name', args: { name: quote(producer.name), cluster: quote(cluster.name) } });
        }
    }
}

function duplicateProducers(producers: readonly Producer[]): Producer[] {
    const seen = new Set<string>();
    const duplicates: Producer[] = [];
    for (const producer of producers) {
        if (producer.name === undefined) continue;
        if (seen.has(producer.name)) duplicates.push(producer);
        seen.add(producer.name);
    }
    return duplicates;
}
