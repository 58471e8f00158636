// expectation-depends-on-placement (RULES.md): a topic expectation that holds for
// the modelled layout of a topic without `assignment` but fails for other layouts
// Kafka's placer could choose (simulator/layout-dependence.ts: bounded number of
// layouts, topics past a work budget are skipped). The fix pins the modelled layout.
import { AstUtils, type ValidationAcceptor } from 'langium';
import { isCluster, type Scenario } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import type { ClusterFactsProvider } from '../model/cluster-facts.js';
import { translateScenario } from '../model/scenario-items.js';
import type { KafkaTopologySettings } from '../settings/kafka-topology-settings.js';
import { IssueCodes } from './issue-codes.js';
import { quote, type DiagnosticReporter } from './reporter.js';

export class PlacementDependenceValidator {
    protected readonly facts: ClusterFactsProvider;
    protected readonly reporter: DiagnosticReporter;
    protected readonly settings: KafkaTopologySettings;

    constructor(services: KafkaTopologyCoreServices) {
        this.facts = services.kafka.ClusterFacts;
        this.reporter = services.kafka.Reporter;
        this.settings = services.kafka.Settings;
    }

    checkLayoutDependence(scenario: Scenario, accept: ValidationAcceptor): void {
        const cluster = AstUtils.getContainerOfType(scenario, isCluster);
        if (!cluster || !this.settings.current.analysis) return;
        const facts = this.facts.get(cluster);
        if (!facts.model.ok) return;
        const model = facts.model.value;
        const { items, nodes } = translateScenario(scenario, facts);
        if (!items.some((item) => item.kind === 'expect' && item.expectation.kind === 'topic')) return;
        for (const d of facts.layoutDependence(items).dependences) {
            const replicas = model.topics[model.topicIndex.get(d.topic)!].replicas;
            this.reporter.report(accept, {
                code: IssueCodes.ExpectationDependsOnPlacement, variant: model.placement, node: nodes[d.itemIndex],
                args: {
                    expectation: items[d.itemIndex].text ?? '', topic: quote(d.topic), disagree: d.disagree, tried: d.tried,
                    partition: d.flip.partition, replicas: `[${d.flip.replicas.join(', ')}]`
                },
                fix: { pinTopic: d.topic, assignment: replicas.map((r) => [...r]) }
            });
        }
    }
}
