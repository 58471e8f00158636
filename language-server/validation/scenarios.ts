// Scenarios as failover drills run on the simulator: scenario-expectation-failed,
// scenario-no-effect, and unresolved-reference for brokers, racks and controllers.
import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { isCluster, type Scenario } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { localize } from '../messages/index.js';
import { noEffectReason } from '../messages/no-effect.js';
import type { ClusterFactsProvider } from '../model/cluster-facts.js';
import type { KafkaTopologySettings } from '../settings/kafka-topology-settings.js';
import { translateScenario, type TargetProblem } from '../model/scenario-items.js';
import { nearest } from '../util/did-you-mean.js';
import { describeObservation, MAX_MODEL_PARTITIONS } from '../../simulator/index.js';
import { IssueCodes } from './issue-codes.js';
import { quote, type DiagnosticReporter } from './reporter.js';

export class ScenarioValidator {
    protected readonly facts: ClusterFactsProvider;
    protected readonly reporter: DiagnosticReporter;
    protected readonly settings: KafkaTopologySettings;

    constructor(services: KafkaTopologyCoreServices) {
        this.facts = services.kafka.ClusterFacts;
        this.reporter = services.kafka.Reporter;
        this.settings = services.kafka.Settings;
    }

    checkScenario(scenario: Scenario, accept: ValidationAcceptor): void {
        const cluster = AstUtils.getContainerOfType(scenario, isCluster);
        if (!cluster) return;
        const facts = this.facts.get(cluster);
        const { items, nodes, problems, unmodelled } = translateScenario(scenario, facts);
        problems.forEach((problem) => this.reportTarget(problem, cluster.name, accept));
        if (!this.settings.current.analysis) return;
        if (!facts.model.ok) {
            // Never a silent pass: each expectation says it was not evaluated.
            const expectations = [...unmodelled.map((u) => ({ node: u.node, text: u.text })), ...items.flatMap((item, i) => (item.kind === 'expect' ? [{ node: nodes[i], text: item.text ?? '' }] : []))];
            for (const { node, text } of expectations) this.reportNotEvaluated(accept, node, text, 'no-model', {});
            return;
        }
        const model = facts.model.value;
        // A topic left out for its own errors (partitions 0, RF > brokers) already has an error that says why.
        for (const { node, text, topic } of unmodelled) {
            const skipped = model.skippedTopics.find((s) => s.topic === topic);
            if (skipped?.error.kind !== 'too-many-partitions') continue;
            this.reportNotEvaluated(accept, node, text, 'topic-budget', { topic: quote(topic), max: MAX_MODEL_PARTITIONS.toLocaleString('en-US') });
        }

        facts.scenarioVerdicts(items).forEach((outcome, i) => {
            const node = nodes[i];
            const item = items[i];
            if (outcome.kind === 'expect' && !outcome.passed) {
                this.reporter.report(accept, {
                    code: IssueCodes.ScenarioExpectationFailed, node,
                    args: { expectation: item.text ?? '', observed: (locale) => describeObservation(outcome.observation, locale) }
                });
            } else if (outcome.kind === 'step' && outcome.noEffect && item.kind === 'step' && item.step.kind !== 'elect-preferred') {
                this.reporter.report(accept, {
                    code: IssueCodes.ScenarioNoEffect, node,
                    args: { step: item.text ?? '', reason: (locale) => noEffectReason(item.step, locale) },
                    fix: { removeStep: true }
                });
            }
        });
    }

    protected reportNotEvaluated(accept: ValidationAcceptor, node: AstNode, expectation: string, variant: string, args: Record<string, string>): void {
        this.reporter.report(accept, {
            code: IssueCodes.ExpectationNotEvaluated, node,
            args: { expectation, reason: (locale) => localize(`expectation-not-evaluated/${variant}`, args, locale) }
        });
    }

    protected reportTarget(problem: TargetProblem, cluster: string, accept: ValidationAcceptor): void {
        const name = String(problem.name);
        if (problem.kind === 'controller') {
            this.reporter.report(accept, {
                code: IssueCodes.UnresolvedReference, variant: 'controller', node: problem.node, property: 'controller',
                args: {
                    cluster: quote(cluster), name,
                    reason: (locale) => problem.controllers === 0
                        ? localize('unresolved-reference/no-controllers', {}, locale)
                        : localize('unresolved-reference/controller-range', { count: problem.controllers }, locale)
                }
            });
            return;
        }
        // Edit distance says nothing about broker ids: suggest racks only.
        const suggestion = problem.kind === 'rack' ? nearest(name, problem.candidates) : undefined;
        this.reporter.report(accept, {
            code: IssueCodes.UnresolvedReference, variant: suggestion ? 'suggest' : undefined, node: problem.node, property: problem.kind,
            args: { kind: { term: problem.kind }, name: quote(name), cluster: quote(cluster), suggestion: quote(suggestion) },
            fix: suggestion ? { suggestion } : undefined
        });
    }
}

