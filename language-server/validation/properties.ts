// duplicate-property: a property given twice in one block (the last one wins,
// LANGUAGE.md "Structure"). Reported on the later one; the fix removes the earlier.
// `defaults` blocks of a cluster, and `config` blocks of a topic, merge: what is
// given twice across them is a duplicate, the blocks themselves are not.
import type { AstNode, ValidationAcceptor } from 'langium';
import { isConfigBlock, type Broker, type BrokerRange, type Cluster, type ConsumerGroup, type Producer, type ShareGroup, type Topic } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import type { ClusterFactsProvider } from '../model/cluster-facts.js';
import { IssueCodes } from './issue-codes.js';
import type { DiagnosticReporter } from './reporter.js';

const KEYWORDS: Readonly<Record<string, string>> = {
    ProfileProperty: 'profile',
    ControllersProperty: 'controllers',
    RackProperty: 'rack',
    RacksProperty: 'racks',
    HostProperty: 'host',
    PartitionsProperty: 'partitions',
    ReplicationFactorProperty: 'replication-factor',
    MinInsyncReplicasProperty: 'min-insync-replicas',
    OrderingProperty: 'ordering',
    DescriptionProperty: 'description',
    AssignmentBlock: 'assignment',
    ProducesProperty: 'produces',
    AcksProperty: 'acks',
    KeyProperty: 'key',
    IdempotentProperty: 'idempotent',
    ConsumesProperty: 'consumes',
    MembersProperty: 'members',
    AssignorProperty: 'assignor'
};

export class PropertyValidator {
    protected readonly reporter: DiagnosticReporter;
    protected readonly facts: ClusterFactsProvider;

    constructor(services: KafkaTopologyCoreServices) {
        this.reporter = services.kafka.Reporter;
        this.facts = services.kafka.ClusterFacts;
    }

    /** Several `defaults` blocks merge into one, so their properties are checked together. */
    checkClusterProperties(cluster: Cluster, accept: ValidationAcceptor): void {
        // Over every part of the cluster: `profile` in two files is given twice.
        const parts = this.facts.get(cluster).parts;
        this.checkUnique(parts.flatMap((p) => [...p.profiles, ...p.controllers]), (n) => n.$type, accept);
        this.checkBlockItems(parts.flatMap((p) => p.defaults).flatMap((d) => d.items), accept);
    }

    checkBrokerProperties(broker: Broker | BrokerRange, accept: ValidationAcceptor): void {
        const lists = broker.$type === 'BrokerRange' ? broker.rackLists : [];
        this.checkUnique([...broker.racks, ...lists, ...broker.hosts], (n) => n.$type, accept);
    }

    checkBlockProperties(block: Topic | Producer | ConsumerGroup | ShareGroup, accept: ValidationAcceptor): void {
        this.checkBlockItems(block.items, accept);
    }

    /** `config { }` blocks of one topic (or of the defaults) merge too: a key is a duplicate across all of them. */
    protected checkBlockItems(items: readonly AstNode[], accept: ValidationAcceptor): void {
        // A block's items, and its config blocks' entries, are in text order already.
        this.checkUnique<AstNode>(items.filter((item) => !isConfigBlock(item)), (n) => n.$type, accept, undefined, true);
        const entries = items.filter(isConfigBlock).flatMap((config) => config.entries);
        this.checkUnique(entries, (entry) => entry.key, accept, (entry) => entry.key, true);
    }

    protected checkUnique<T extends AstNode>(items: readonly T[], kindOf: (item: T) => string | undefined, accept: ValidationAcceptor, label?: (item: T) => string, inTextOrder = false): void {
        const first = new Map<string, T>();
        const ordered = inTextOrder ? items : [...items].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
        for (const item of ordered) {
            const kind = kindOf(item);
            if (kind === undefined) continue;
            const earlier = first.get(kind);
            first.set(kind, item);
            if (!earlier) continue;
            const line = (earlier.$cstNode?.range.start.line ?? 0) + 1;
            this.reporter.report(accept, {
                code: IssueCodes.DuplicateProperty, node: item,
                range: headerRange(item),
                args: { property: label?.(item) ?? KEYWORDS[kind] ?? kind, line },
                fix: { removeRange: earlier.$cstNode?.range }
            });
        }
    }
}

/** The first line of a (possibly multi-line) property, so the diagnostic starts and stays there. */
function headerRange(node: AstNode) {
    const cst = node.$cstNode;
    const range = cst?.range;
    if (!cst || !range || range.start.line === range.end.line) return range;
    const lineEnd = cst.root.fullText.slice(cst.offset).search(/\r?\n/);
    return { start: range.start, end: { line: range.start.line, character: range.start.character + Math.max(lineEnd, 0) } };
}
