// Partitions, replication factor, min ISR, racks and ordering of each topic,
// judged on its effective settings (LANGUAGE.md "Defaults"), plus unused-topic.
import type { AstNode, ValidationAcceptor } from 'langium';
import type { Cluster, Topic } from '../generated/ast.js';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import { localize, type Locale } from '../messages/index.js';
import { producesOf, type ClusterFacts, type ClusterFactsProvider } from '../model/cluster-facts.js';
import { consumesOf } from '../model/members.js';
import type { TopicSettings } from '../model/topic-settings.js';
import type { FixDataOf, SetPropertyData } from './fix-data.js';
import { IssueCodes, type IssueCode } from './issue-codes.js';
import { quote, type DiagnosticReporter, type Problem } from './reporter.js';

type Key = 'partitions' | 'replicationFactor' | 'minInsyncReplicas' | 'ordering';

const KEYWORD = {
    partitions: 'partitions',
    replicationFactor: 'replication-factor',
    minInsyncReplicas: 'min-insync-replicas',
    ordering: 'ordering'
} as const satisfies Record<Key, string>;

interface Location {
    readonly node: AstNode;
    readonly property?: string;
}

/** Reports `code` at `location` once per cluster pass. */
type Report = <C extends IssueCode>(location: Location, code: C, args: Problem['args'], fix?: FixDataOf<C>) => void;

/**
 * Where a rule over `keys` (the primary first) is reported for a topic: on the
 * topic's own property when it sets the primary one; on its name when it sets
 * only another one, or when every value is Kafka's default; on the `defaults`
 * block when that is where the values come from (once for all topics).
 */
function locate(topic: Topic, settings: TopicSettings, keys: readonly Key[]): Location {
    const [primary] = keys;
    if (settings[primary].origin === 'topic') return { node: settings[primary].node! };
    if (keys.some((k) => settings[k].origin === 'topic')) return { node: topic, property: 'name' };
    const inherited = keys.find((k) => settings[k].origin === 'defaults');
    return inherited ? { node: settings[inherited].node! } : { node: topic, property: 'name' };
}

/** For the `defaults` block itself: its own property. */
function locateInDefaults(settings: TopicSettings, keys: readonly Key[]): Location {
    const key = keys.find((k) => settings[k].origin === 'defaults') ?? keys[0];
    return { node: settings[key].node! };
}

export class TopicValidator {
    protected readonly facts: ClusterFactsProvider;
    protected readonly reporter: DiagnosticReporter;

    constructor(services: KafkaTopologyServices) {
        this.facts = services.kafka.ClusterFacts;
        this.reporter = services.kafka.Reporter;
    }

    /** One pass over the cluster's topics, so that a mistake inherited from `defaults` is reported there once. */
    checkTopicSettings(cluster: Cluster, accept: ValidationAcceptor): void {
        const facts = this.facts.get(cluster);
        const reported = new Set<string>();
        const report: Report = (location, code, args, fix) => {
            const key = `${code}@${location.node.$cstNode?.offset}:${location.property ?? ''}`;
            if (reported.has(key)) return;
            reported.add(key);
            this.reporter.report(accept, { code, node: location.node, property: location.property, args, fix });
        };
        if (cluster.defaults.length > 0) {
            this.checkValues(facts, (keys) => locateInDefaults(facts.defaults, keys), facts.defaults, report, true);
        }
        for (const topic of cluster.topics) {
            const settings = facts.settingsOf(topic);
            this.checkValues(facts, (keys) => locate(topic, settings, keys), settings, report, false);
        }
    }

    protected checkValues(
        facts: ClusterFacts,
        at: (keys: readonly Key[]) => Location,
        s: TopicSettings,
        report: Report,
        defaultsOnly: boolean
    ): void {
        const partitions = s.partitions.value;
        const rf = s.replicationFactor.value;
        const minIsr = s.minInsyncReplicas.value;
        const brokers = facts.brokers.length;
        const set = (key: Exclude<Key, 'ordering'>, value: number): SetPropertyData => ({ property: KEYWORD[key], value });

        // The defaults block on its own: only values that are wrong whatever inherits them.
        const own = (key: Key) => !defaultsOnly || s[key].origin === 'defaults';
        if (partitions < 1 && own('partitions')) {
            report(at(['partitions']), IssueCodes.InvalidPartitions, { value: partitions }, set('partitions', 1));
        }
        if (rf < 1 && own('replicationFactor')) {
            const suggestion = Math.max(1, Math.min(3, brokers));
            report(at(['replicationFactor']), IssueCodes.InvalidReplicationFactor, { value: rf, suggestion }, set('replicationFactor', suggestion));
        }
        if (minIsr < 1 && own('minInsyncReplicas')) {
            report(at(['minInsyncReplicas']), IssueCodes.InvalidMinInsync, { value: minIsr }, set('minInsyncReplicas', 1));
        }
        if (defaultsOnly) return;

        if (brokers > 0 && rf > brokers) {
            report(at(['replicationFactor']), IssueCodes.ReplicationFactorExceedsBrokers, { rf, brokers }, set('replicationFactor', brokers));
        }
        if (brokers >= 3 && rf >= 1 && rf < 3) {
            report(at(['replicationFactor']), IssueCodes.ReplicationFactorTooLow, { rf, brokers, consequence: (l) => consequence(rf, minIsr, l) }, set('replicationFactor', 3));
        }
        // A topic Kafka cannot create (RF > brokers) has no ISR to reason about.
        if (rf >= 1 && minIsr >= 1 && (brokers === 0 || rf <= brokers)) {
            if (minIsr > rf) {
                const suggestion = Math.max(1, rf - 1);
                report(at(['minInsyncReplicas', 'replicationFactor']), IssueCodes.MinInsyncExceedsReplicationFactor, { minIsr, rf, suggestion }, set('minInsyncReplicas', suggestion));
            } else if (minIsr === rf && rf > 1) {
                report(at(['minInsyncReplicas', 'replicationFactor']), IssueCodes.MinInsyncEqualsReplicationFactor, { minIsr, rf, suggestion: rf - 1 }, set('minInsyncReplicas', rf - 1));
            } else if (minIsr === 1 && rf >= 3) {
                report(at(['minInsyncReplicas', 'replicationFactor']), IssueCodes.MinInsyncTooLow, { rf }, set('minInsyncReplicas', 2));
            }
        }
        const racks = facts.racks.length;
        if (racks > 0 && facts.brokers.every((b) => b.rack !== undefined) && rf > racks && rf <= brokers) {
            report(at(['replicationFactor']), IssueCodes.ReplicasExceedRacks, { rf, racks });
        }
        if (s.ordering.value.mode === 'total' && partitions > 1) {
            report(at(['ordering', 'partitions']), IssueCodes.TotalOrderNeedsOnePartition, { partitions }, set('partitions', 1));
        }
    }

    checkTopicsUsed(cluster: Cluster, accept: ValidationAcceptor): void {
        const facts = this.facts.get(cluster);
        if (!facts.hasClients) return;
        const used = new Set<AstNode | undefined>();
        // Clients in any part of the cluster use the topics of this one.
        for (const producer of facts.allProducers) producesOf(producer)?.topics.forEach((t) => used.add(t.ref));
        for (const group of [...facts.allGroups, ...facts.allShareGroups]) consumesOf(group)?.topics.forEach((t) => used.add(t.ref));
        for (const topic of cluster.topics) {
            if (used.has(topic) || facts.topics.get(topic.name) !== topic) continue;
            this.reporter.report(accept, { code: IssueCodes.UnusedTopic, node: topic, property: 'name', args: { name: quote(topic.name) } });
        }
    }
}

/** What a replication factor of 1 or 2 costs (with the topic's own min ISR), phrased per language. */
function consequence(rf: number, minIsr: number, locale: Locale): string {
    return localize(`replication-factor-too-low/${rf === 1 ? 'rf1' : minIsr >= 2 ? 'rf2' : 'rf2-min-isr1'}`, { minIsr }, locale);
}
