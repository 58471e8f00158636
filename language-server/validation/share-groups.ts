// Share groups (KIP-932): share-group-loses-order, and duplicate-member as for
// consumer groups. Members of a share group acquire
// records of one partition in parallel under time-limited locks, so no order
// survives inside a partition.
import { AstUtils, type ValidationAcceptor } from 'langium';
import { isCluster, type ShareGroup } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import type { ClusterFactsProvider } from '../model/cluster-facts.js';
import { consumesOf } from '../model/members.js';
import { localize } from '../messages/index.js';
import { IssueCodes } from './issue-codes.js';
import { quote, type DiagnosticReporter } from './reporter.js';

export class ShareGroupValidator {
    protected readonly facts: ClusterFactsProvider;
    protected readonly reporter: DiagnosticReporter;

    constructor(services: KafkaTopologyCoreServices) {
        this.facts = services.kafka.ClusterFacts;
        this.reporter = services.kafka.Reporter;
    }

    checkOrderKept(group: ShareGroup, accept: ValidationAcceptor): void {
        const cluster = AstUtils.getContainerOfType(group, isCluster);
        const consumes = consumesOf(group);
        if (!cluster || !consumes) return;
        const facts = this.facts.get(cluster);
        consumes.topics.forEach((reference, index) => {
            const topic = reference.ref;
            if (!topic) return;
            const mode = facts.settingsOf(topic).ordering.value.mode;
            if (mode === 'none') return;
            this.reporter.report(accept, {
                code: IssueCodes.ShareGroupLosesOrder, node: consumes, property: 'topics', index,
                args: { group: quote(group.name), topic: quote(topic.name), ordering: (locale) => localize(`share-group-loses-order/${mode}`, {}, locale) }
            });
        });
    }
}
