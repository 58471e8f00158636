// Partitions, replication factor, min ISR, racks and ordering of each topic,
// judged on its effective settings (LANGUAGE.md "Defaults"), plus unused-topic:
// one check method per rule.
import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { isTopic, type Cluster, type Topic } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { localize, type Locale } from '../messages/index.js';
import type { ClusterFacts, ClusterFactsProvider } from '../model/cluster-facts.js';
import type { TopicSettings } from '../model/topic-settings.js';
import type { FixDataOf, SetPropertyData } from './fix-data.js';
import { IssueCodes, type IssueCode } from './issue-codes.js';
import { quote, type DiagnosticReporter, type Problem } from './reporter.js';

/** The topics any client of the cluster produces to or consumes (the links' targets). */

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

/** Reports `code` at `location`, once per place in a cluster. */
type Report = <C extends IssueCode>(location: Location, code: C, args: Problem['args'], fix?: FixDataOf<C>) => void;

/**
 * Where a rule judges settings: the `defaults` block on its own (only values
 * wrong whatever inherits them), then each topic on its effective settings.
 */
interface Site {
    readonly settings: TopicSettings;
    readonly at: (keys: readonly Key[]) => Location;
    /** The value is the site's own (always, for a topic; for `defaults`, set in a defaults block). */
    readonly own: (key: Key) => boolean;
}

/** One topic-settings rule: reports what it finds at one site. */
type TopicRule = (site: Site, facts: ClusterFacts, report: Report) => void;

/** Whether any of the judged settings comes from `defaults`: only then can a finding be located there. */
const inheritsFromDefaults = (s: TopicSettings): boolean =>
    s.partitions.origin === 'defaults' || s.replicationFactor.origin === 'defaults' || s.minInsyncReplicas.origin === 'defaults' || s.ordering.origin === 'defaults';

/** Settings are kept across builds while their inputs are unchanged (topic-settings-cache.ts): so is their kind. */
const kindBySettings = new WeakMap<TopicSettings, string | undefined>();

/** What a finding located in `defaults` reads of a topic's settings, or undefined when it inherits none of them. */
function kindOf(s: TopicSettings): string | undefined {
    if (kindBySettings.has(s)) return kindBySettings.get(s);
    let kind: string | undefined;
    if (inheritsFromDefaults(s)) {
        const { mode, field } = s.ordering.value as { mode: string; field?: string };
        kind = [s.partitions, s.replicationFactor, s.minInsyncReplicas].map((x) => `${x.origin}:${x.value}`).join('|') + `|${s.ordering.origin}:${mode}:${field ?? ''}`;
    }
    kindBySettings.set(s, kind);
    return kind;
}

const set = (key: Exclude<Key, 'ordering'>, value: number): SetPropertyData => ({ property: KEYWORD[key], value });

/** Min ISR and RF are compared only where both are valid and Kafka could create the topic (RF > brokers has no ISR to reason about). */
const isrComparable = ({ settings: s }: Site, facts: ClusterFacts): boolean => {
    const rf = s.replicationFactor.value;
    const brokers = facts.brokers.length;
    return rf >= 1 && s.minInsyncReplicas.value >= 1 && (brokers === 0 || rf <= brokers);
};

/**
 * One method per rule of RULES.md, each registered on its own (a rule that
 * throws does not silence the others). Each runs over the `defaults` block and
 * every topic, so that a mistake inherited from `defaults` is reported there once.
 */
export class TopicValidator {
    protected readonly facts: ClusterFactsProvider;
    protected readonly reporter: DiagnosticReporter;

    constructor(services: KafkaTopologyCoreServices) {
        this.facts = services.kafka.ClusterFacts;
        this.reporter = services.kafka.Reporter;
    }

    checkPartitionsValid(node: Cluster | Topic, accept: ValidationAcceptor): void {
        this.judge(node, accept, true, ({ settings: s, at, own }, _facts, report) => {
            const partitions = s.partitions.value;
            if (partitions < 1 && own('partitions')) report(at(['partitions']), IssueCodes.InvalidPartitions, { value: partitions }, set('partitions', 1));
        });
    }

    checkReplicationFactorValid(node: Cluster | Topic, accept: ValidationAcceptor): void {
        this.judge(node, accept, true, ({ settings: s, at, own }, facts, report) => {
            const rf = s.replicationFactor.value;
            if (rf < 1 && own('replicationFactor')) {
                const suggestion = Math.max(1, Math.min(3, facts.brokers.length));
                report(at(['replicationFactor']), IssueCodes.InvalidReplicationFactor, { value: rf, suggestion }, set('replicationFactor', suggestion));
            }
        });
    }

    checkMinInsyncValid(node: Cluster | Topic, accept: ValidationAcceptor): void {
        this.judge(node, accept, true, ({ settings: s, at, own }, _facts, report) => {
            const minIsr = s.minInsyncReplicas.value;
            if (minIsr < 1 && own('minInsyncReplicas')) report(at(['minInsyncReplicas']), IssueCodes.InvalidMinInsync, { value: minIsr }, set('minInsyncReplicas', 1));
        });
    }

    checkReplicationFactorFitsBrokers(node: Cluster | Topic, accept: ValidationAcceptor): void {
        this.judge(node, accept, false, ({ settings: s, at }, facts, report) => {
            const rf = s.replicationFactor.value;
            const brokers = facts.brokers.length;
            if (brokers > 0 && rf > brokers) report(at(['replicationFactor']), IssueCodes.ReplicationFactorExceedsBrokers, { rf, brokers }, set('replicationFactor', brokers));
        });
    }

    checkReplicationFactorHighEnough(node: Cluster | Topic, accept: ValidationAcceptor): void {
        this.judge(node, accept, false, ({ settings: s, at }, facts, report) => {
            const rf = s.replicationFactor.value;
            const minIsr = s.minInsyncReplicas.value;
            const brokers = facts.brokers.length;
            if (brokers >= 3 && rf >= 1 && rf < 3) {
                report(at(['replicationFactor']), IssueCodes.ReplicationFactorTooLow, { rf, brokers, consequence: (l) => consequence(rf, minIsr, l) }, set('replicationFactor', 3));
            }
        });
    }

    checkMinInsyncWithinReplicationFactor(node: Cluster | Topic, accept: ValidationAcceptor): void {
        this.judge(node, accept, false, (site, facts, report) => {
            const minIsr = site.settings.minInsyncReplicas.value;
            const rf = site.settings.replicationFactor.value;
            if (isrComparable(site, facts) && minIsr > rf) {
                const suggestion = Math.max(1, rf - 1);
                report(site.at(['minInsyncReplicas', 'replicationFactor']), IssueCodes.MinInsyncExceedsReplicationFactor, { minIsr, rf, suggestion }, set('minInsyncReplicas', suggestion));
            }
        });
    }

    checkMinInsyncBelowReplicationFactor(node: Cluster | Topic, accept: ValidationAcceptor): void {
        this.judge(node, accept, false, (site, facts, report) => {
            const minIsr = site.settings.minInsyncReplicas.value;
            const rf = site.settings.replicationFactor.value;
            if (isrComparable(site, facts) && minIsr === rf && rf > 1) {
                report(site.at(['minInsyncReplicas', 'replicationFactor']), IssueCodes.MinInsyncEqualsReplicationFactor, { minIsr, rf, suggestion: rf - 1 }, set('minInsyncReplicas', rf - 1));
            }
        });
    }

    checkMinInsyncHighEnough(node: Cluster | Topic, accept: ValidationAcceptor): void {
        this.judge(node, accept, false, (site, facts, report) => {
            const minIsr = site.settings.minInsyncReplicas.value;
            const rf = site.settings.replicationFactor.value;
            if (isrComparable(site, facts) && minIsr === 1 && rf >= 3) {
                report(site.at(['minInsyncReplicas', 'replicationFactor']), IssueCodes.MinInsyncTooLow, { rf }, set('minInsyncReplicas', 2));
            }
        });
    }

    checkReplicasFitRacks(node: Cluster | Topic, accept: ValidationAcceptor): void {
        this.judge(node, accept, false, ({ settings: s, at }, facts, report) => {
            const rf = s.replicationFactor.value;
            const racks = facts.racks.length;
            if (racks > 0 && facts.brokers.every((b) => b.rack !== undefined) && rf > racks && rf <= facts.brokers.length) {
                report(at(['replicationFactor']), IssueCodes.ReplicasExceedRacks, { rf, racks });
            }
        });
    }

    checkTotalOrderPartitions(node: Cluster | Topic, accept: ValidationAcceptor): void {
        this.judge(node, accept, false, ({ settings: s, at }, _facts, report) => {
            const partitions = s.partitions.value;
            if (s.ordering.value.mode === 'total' && partitions > 1) {
                report(at(['ordering', 'partitions']), IssueCodes.TotalOrderNeedsOnePartition, { partitions }, set('partitions', 1));
            }
        });
    }

    /**
     * Runs `rule` where `node` says: on a topic, each finding located in that topic; on the
     * cluster, the `defaults` block (when `inDefaults`) and each topic's findings located in
     * `defaults`, reported once per place. A topic's own findings are thus its own block's
     * diagnostics (kept while it is unchanged: block-diagnostics.ts).
     */
    protected judge(node: Cluster | Topic, accept: ValidationAcceptor, inDefaults: boolean, rule: TopicRule): void {
        const cluster = isTopic(node) ? node.$container : node;
        const facts = this.facts.get(cluster);
        const reported = new Set<string>();
        const report: Report = (location, code, args, fix) => {
            const inTopic = AstUtils.getContainerOfType(location.node, isTopic) !== undefined;
            if (inTopic !== isTopic(node)) return;
            const key = `${code}@${location.node.$cstNode?.offset}:${location.property ?? ''}`;
            if (reported.has(key)) return;
            reported.add(key);
            this.reporter.report(accept, { code, node: location.node, property: location.property, args, fix });
        };
        if (isTopic(node)) {
            const settings = facts.settingsOf(node);
            rule({ settings, at: (keys) => locate(node, settings, keys), own: () => true }, facts, report);
            return;
        }
        if (inDefaults && cluster.defaults.length > 0) {
            const s = facts.defaults;
            rule({ settings: s, at: (keys) => locateInDefaults(s, keys), own: (key) => s[key].origin === 'defaults' }, facts, report);
        }
        for (const topic of this.inheritingFromDefaults(cluster, facts)) {
            const settings = facts.settingsOf(topic);
            rule({ settings, at: (keys) => locate(topic, settings, keys), own: () => true }, facts, report);
        }
    }

    private readonly inheriting = new WeakMap<ClusterFacts, { readonly cluster: Cluster; readonly topics: readonly Topic[] }>();

    /**
     * The topics whose findings may be located in `defaults`, one per kind of settings: a
     * finding there reads only the topic's settings (values and where they come from), so
     * the first topic of each kind reports what all of them would (and is reported first).
     */
    private inheritingFromDefaults(cluster: Cluster, facts: ClusterFacts): readonly Topic[] {
        const known = this.inheriting.get(facts);
        if (known?.cluster === cluster) return known.topics;
        const kinds = new Set<string>();
        const topics: Topic[] = [];
        for (const topic of cluster.topics) {
            const kind = kindOf(facts.settingsOf(topic));
            if (kind === undefined || kinds.has(kind)) continue;
            kinds.add(kind);
            topics.push(topic);
        }
        this.inheriting.set(facts, { cluster, topics });
        return topics;
    }

    checkTopicsUsed(cluster: Cluster, accept: ValidationAcceptor): void {
        const facts = this.facts.get(cluster);
        if (!facts.hasClients) return;
        // Clients in any part of the cluster use the topics of this one.
        for (const topic of cluster.topics) {
            if (facts.isClientTarget(topic) || facts.topicNamed(topic.name) !== topic) continue;
            this.reporter.report(accept, { code: IssueCodes.UnusedTopic, node: topic, property: 'name', args: { name: quote(topic.name) } });
        }
    }
}

/** What a replication factor of 1 or 2 costs (with the topic's own min ISR), phrased per language. */
function consequence(rf: number, minIsr: number, locale: Locale): string {
    return localize(`replication-factor-too-low/${rf === 1 ? 'rf1' : minIsr >= 2 ? 'rf2' : 'rf2-min-isr1'}`, { minIsr }, locale);
}
