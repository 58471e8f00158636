// Numbers outside what Kafka or the model accepts: value-out-of-range. Every
// cap the model applies is said here, never applied silently (RULES.md).
import { GrammarUtils, type Properties, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { Broker, BrokerRange, Cluster, ControllersProperty, MembersProperty, PartitionsProperty } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { MAX_BROKERS, type ClusterFactsProvider } from '../model/cluster-facts.js';
import { MAX_COUNTED_MEMBERS } from '../model/members.js';
import { MAX_MODEL_PARTITIONS } from '../../simulator/index.js';
import { IssueCodes } from './issue-codes.js';
import type { DiagnosticReporter } from './reporter.js';

/** Kafka's broker ids and partition counts are Java ints. */
export const INT32_MAX = 2_147_483_647;

const format = (n: number) => n.toLocaleString('en-US');

export class ValueRangeValidator {
    protected readonly facts: ClusterFactsProvider;
    protected readonly reporter: DiagnosticReporter;

    constructor(services: KafkaTopologyCoreServices) {
        this.facts = services.kafka.ClusterFacts;
        this.reporter = services.kafka.Reporter;
    }

    checkBrokerId(broker: Broker, accept: ValidationAcceptor): void {
        if (broker.id === undefined) return;
        const variant = brokerIdProblem(broker.id);
        if (variant) this.report(accept, broker, 'id', variant, { value: broker.id, max: format(INT32_MAX) });
    }

    checkBrokerRange(range: BrokerRange, accept: ValidationAcceptor): void {
        const { from, to } = range;
        if (from === undefined || to === undefined) return;
        const endpoint = brokerIdProblem(from) ? 'from' : brokerIdProblem(to) ? 'to' : undefined;
        if (endpoint) {
            const value = range[endpoint];
            this.report(accept, range, endpoint, brokerIdProblem(value)!, { value, max: format(INT32_MAX) });
        } else if (from > to) {
            this.reporter.report(accept, { code: IssueCodes.ValueOutOfRange, variant: 'reversed-range', node: range, range: rangeHeader(range), args: { from, to } });
        } else if (to - from + 1 > MAX_BROKERS) {
            this.reporter.report(accept, {
                code: IssueCodes.ValueOutOfRange, variant: 'broker-budget', node: range, range: rangeHeader(range),
                args: { count: format(to - from + 1), max: format(MAX_BROKERS) }
            });
        }
    }

    checkMembers(property: MembersProperty, accept: ValidationAcceptor): void {
        const count = property.count;
        if (count === undefined || property.members.length > 0) return;
        if (count < 1) this.report(accept, property, 'count', 'members-min', { value: count });
        else if (count > MAX_COUNTED_MEMBERS) this.report(accept, property, 'count', 'member-budget', { value: count, max: format(MAX_COUNTED_MEMBERS) });
    }

    checkPartitions(property: PartitionsProperty, accept: ValidationAcceptor): void {
        if (property.value !== undefined && property.value > INT32_MAX) {
            this.report(accept, property, 'value', 'int32', { value: property.value, max: format(INT32_MAX) });
        }
    }

    checkControllers(property: ControllersProperty, accept: ValidationAcceptor): void {
        if (property.count !== undefined && property.count < 1) {
            this.report(accept, property, 'count', 'controllers-min', { value: property.count });
        } else if (property.count !== undefined && property.count > MAX_BROKERS) {
            this.report(accept, property, 'count', 'controller-budget', { value: property.count, max: format(MAX_BROKERS) });
        }
    }

    /** Topics the simulator left out because the model's partition budget was spent. */
    checkPartitionBudget(cluster: Cluster, accept: ValidationAcceptor): void {
        const facts = this.facts.get(cluster);
        if (!facts.mayExceedPartitionBudget) return;
        const model = facts.model;
        if (!model.ok) return;
        for (const skipped of model.value.skippedTopics) {
            if (skipped.error.kind !== 'too-many-partitions') continue;
            const topic = facts.topicNamed(skipped.topic);
            if (!topic) continue;
            const partitions = facts.settingsOf(topic).partitions;
            if (partitions.value > INT32_MAX) continue; // said by checkPartitions
            const onTopic = partitions.origin !== 'topic' || !partitions.node;
            this.reporter.report(accept, {
                code: IssueCodes.ValueOutOfRange, variant: 'partition-budget',
                node: onTopic ? topic : partitions.node, property: onTopic ? 'name' : undefined,
                args: { topic: `'${topic.name}'`, value: format(partitions.value), max: format(MAX_MODEL_PARTITIONS) }
            });
        }
    }

    private report<N extends Broker | BrokerRange | MembersProperty | PartitionsProperty | ControllersProperty>(
        accept: ValidationAcceptor, node: N, property: Properties<N>, variant: string, args: Record<string, string | number>
    ): void {
        this.reporter.report(accept, { code: IssueCodes.ValueOutOfRange, variant, node, property, args });
    }
}

function brokerIdProblem(id: number): string | undefined {
    if (id < 0) return 'broker-negative';
    if (id > INT32_MAX) return 'int32';
    return undefined;
}

/** `brokers a..b` without its body, so the diagnostic stays on one line. */
function rangeHeader(range: BrokerRange): Range | undefined {
    const start = range.$cstNode?.range.start;
    const end = GrammarUtils.findNodeForProperty(range.$cstNode, 'to')?.range.end;
    return start && end ? { start, end } : undefined;
}
