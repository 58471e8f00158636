// Names other than topics': invalid-name for an empty quoted name (`consumer-group ""`),
// which VS Code's auto-closed quotes produce while one types. Topics: topic-names.ts.
import type { ValidationAcceptor } from 'langium';
import type { Cluster, ConsumerGroup, Member, Producer, Scenario, ShareGroup } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { IssueCodes } from './issue-codes.js';
import type { DiagnosticReporter } from './reporter.js';

const KIND: Readonly<Record<string, string>> = {
    Cluster: 'cluster', ConsumerGroup: 'group', ShareGroup: 'share-group', Member: 'member', Producer: 'producer', Scenario: 'scenario'
};

export class NameValidator {
    protected readonly reporter: DiagnosticReporter;

    constructor(services: KafkaTopologyCoreServices) {
        this.reporter = services.kafka.Reporter;
    }

    checkNotEmpty(node: Cluster | ConsumerGroup | ShareGroup | Member | Producer | Scenario, accept: ValidationAcceptor): void {
        if (node.name !== '') return;
        this.reporter.report(accept, { code: IssueCodes.InvalidName, node, property: 'name', args: { kind: { term: KIND[node.$type] } } });
    }
}
