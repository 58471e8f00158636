// Explicit `assignment { p: [brokers] }` blocks: assignment-unknown-broker,
// assignment-duplicate-broker, assignment-wrong-size, assignment-partitions-mismatch.
import { AstUtils, type ValidationAcceptor } from 'langium';
import { isAssignmentBlock, isCluster, type Defaults, type Topic } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { localize, type Locale } from '../messages/index.js';
import type { ClusterFactsProvider } from '../model/cluster-facts.js';
import { IssueCodes } from './issue-codes.js';
import { quote, type DiagnosticReporter } from './reporter.js';

export class AssignmentValidator {
    protected readonly facts: ClusterFactsProvider;
    protected readonly reporter: DiagnosticReporter;

    constructor(services: KafkaTopologyCoreServices) {
        this.facts = services.kafka.ClusterFacts;
        this.reporter = services.kafka.Reporter;
    }

    /** `defaults { assignment { … } }` parses (defaults take topic items) but no topic inherits it. */
    checkNotInDefaults(defaults: Defaults, accept: ValidationAcceptor): void {
        for (const item of defaults.items) {
            if (isAssignmentBlock(item)) this.reporter.report(accept, { code: IssueCodes.AssignmentInDefaults, node: item, keyword: 'assignment' });
        }
    }

    checkAssignment(topic: Topic, accept: ValidationAcceptor): void {
        const cluster = AstUtils.getContainerOfType(topic, isCluster);
        if (!cluster) return;
        const facts = this.facts.get(cluster);
        const settings = facts.settingsOf(topic);
        const block = settings.assignment;
        if (!block) return;
        const rf = settings.replicationFactor.value;
        const partitions = settings.partitions.value;
        const listed = new Set<number>();
        let mismatch: { variant: string; partition: number } | undefined;

        for (const row of block.rows) {
            const seen = new Set<number>();
            row.replicas.forEach((broker, index) => {
                if (!facts.brokerIds.has(broker)) {
                    this.reporter.report(accept, {
                        code: IssueCodes.AssignmentUnknownBroker, node: row, property: 'replicas', index,
                        args: { partition: row.partition, broker, cluster: quote(cluster.name) }
                    });
                } else if (seen.has(broker)) {
                    this.reporter.report(accept, {
                        code: IssueCodes.AssignmentDuplicateBroker, node: row, property: 'replicas', index,
                        args: { partition: row.partition, broker }
                    });
                }
                seen.add(broker);
            });
            if (rf >= 1 && row.replicas.length !== rf) {
                this.reporter.report(accept, {
                    code: IssueCodes.AssignmentWrongSize, node: row,
                    args: { partition: row.partition, size: row.replicas.length, rf }
                });
            }
            if (listed.has(row.partition)) mismatch ??= { variant: 'twice', partition: row.partition };
            else if (row.partition < 0 || row.partition >= partitions) mismatch ??= { variant: 'extra', partition: row.partition };
            listed.add(row.partition);
        }
        for (let p = 0; p < partitions && !mismatch; p++) {
            if (!listed.has(p)) mismatch = { variant: 'missing', partition: p };
        }
        if (mismatch && partitions >= 1) {
            const { variant, partition } = mismatch;
            this.reporter.report(accept, {
                code: IssueCodes.AssignmentPartitionsMismatch, node: block, keyword: 'assignment',
                args: { last: partitions - 1, partitions, detail: (locale) => localizeDetail(variant, partition, locale) }
            });
        }
    }
}


function localizeDetail(variant: string, partition: number, locale: Locale): string {
    return localize(`assignment-partitions-mismatch/${variant}`, { partition }, locale);
}
