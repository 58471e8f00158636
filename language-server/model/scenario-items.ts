// A `scenario` block as the simulator's scenario items: steps and expectations
// in order, each remembering its AST node. Targets that name nothing in the
// cluster (broker 9, rack "az-9", controller 4) are collected as problems.
import type { AstNode } from 'langium';
import {
    isActionStep, isBrokerTarget, isControllerTarget, isDataLossExpectation, isElectPreferredStep, isExpectStep,
    isGroupExpectation, isMemberTarget, isQuorumExpectation, isRackTarget, isStopBrokerStep, isTopicExpectation, type ActionStep,
    type Expectation as ExpectationNode, type Scenario
} from '../generated/ast.js';
import type { Expectation, Step, TopicCondition, ScenarioItem } from '../../simulator/index.js';
import type { ClusterFacts } from './cluster-facts.js';

export type TargetProblem =
    | { readonly kind: 'broker'; readonly node: AstNode; readonly name: number; readonly candidates: readonly string[] }
    | { readonly kind: 'rack'; readonly node: AstNode; readonly name: string; readonly candidates: readonly string[] }
    | { readonly kind: 'controller'; readonly node: AstNode; readonly name: number; readonly controllers: number };

/** An expectation on a topic the model left out (beyond its budget, or with settings it cannot place). */
export interface UnmodelledExpectation {
    readonly node: AstNode;
    readonly text: string;
    readonly topic: string;
}

export interface ScenarioTranslation {
    readonly items: ScenarioItem[];
    /** The step or expect node of each item. */
    readonly nodes: AstNode[];
    readonly problems: TargetProblem[];
    readonly unmodelled: UnmodelledExpectation[];
}

/** The names of the topics the model holds. */
interface ModelTopics {
    has(name: string): boolean;
}

const line = (node: AstNode) => (node.$cstNode?.range.start.line ?? 0) + 1;
const sourceText = (node: AstNode) => node.$cstNode?.text.replace(/\s+/g, ' ').trim() ?? '';

export function translateScenario(scenario: Scenario, facts: ClusterFacts): ScenarioTranslation {
    const items: ScenarioItem[] = [];
    const nodes: AstNode[] = [];
    const problems: TargetProblem[] = [];
    const unmodelled: UnmodelledExpectation[] = [];
    const model = facts.model;
    const modelTopics: ModelTopics = model.ok ? model.value.topicIndex : new Set<string>();
    for (const node of scenario.steps) {
        if (isActionStep(node)) {
            const step = translateStep(node, facts, problems);
            if (step) {
                items.push({ kind: 'step', step, text: sourceText(node), line: line(node) });
                nodes.push(node);
            }
        } else if (isStopBrokerStep(node)) {
            const broker = node.target?.broker;
            if (broker === undefined) continue;
            if (!facts.brokerIds.has(broker)) {
                problems.push({ kind: 'broker', node: node.target, name: broker, candidates: facts.brokers.map((b) => String(b.id)) });
                continue;
            }
            items.push({ kind: 'step', step: { kind: 'stop-broker', broker }, text: sourceText(node), line: line(node) });
            nodes.push(node);
        } else if (isElectPreferredStep(node)) {
            items.push({ kind: 'step', step: { kind: 'elect-preferred' }, text: 'elect-preferred', line: line(node) });
            nodes.push(node);
        } else if (isExpectStep(node) && node.expectation) {
            const expectation = translateExpectation(node.expectation, modelTopics);
            const topic = isTopicExpectation(node.expectation) && node.expectation.condition ? node.expectation.topic?.ref : undefined;
            if (!expectation && topic?.name) unmodelled.push({ node, text: sourceText(node.expectation), topic: topic.name });
            if (expectation) {
                items.push({ kind: 'expect', expectation, text: sourceText(node.expectation), line: line(node) });
                nodes.push(node);
            }
        }
    }
    return { items, nodes, problems, unmodelled };
}

function translateStep(node: ActionStep, facts: ClusterFacts, problems: TargetProblem[]): Step | undefined {
    const fail = node.action === 'fail';
    const target = node.target;
    // A half-typed step (`fail broker` without its id) is a syntax error only.
    if (isBrokerTarget(target)) {
        if (target.broker === undefined) return undefined;
        if (!facts.brokerIds.has(target.broker)) {
            problems.push({ kind: 'broker', node: target, name: target.broker, candidates: facts.brokers.map((b) => String(b.id)) });
            return undefined;
        }
        return { kind: fail ? 'fail-broker' : 'recover-broker', broker: target.broker };
    }
    if (isRackTarget(target)) {
        if (target.rack === undefined) return undefined;
        if (!facts.racks.includes(target.rack)) {
            problems.push({ kind: 'rack', node: target, name: target.rack, candidates: facts.racks });
            return undefined;
        }
        return { kind: fail ? 'fail-rack' : 'recover-rack', rack: target.rack };
    }
    if (isControllerTarget(target)) {
        if (target.controller === undefined) return undefined;
        const controllers = facts.voters.kind === 'controllers' ? facts.voters.count : 0;
        if (target.controller < 1 || target.controller > controllers) {
            problems.push({ kind: 'controller', node: target, name: target.controller, controllers });
            return undefined;
        }
        return { kind: fail ? 'fail-controller' : 'recover-controller', controller: target.controller };
    }
    if (isMemberTarget(target)) {
        const group = target.group?.ref;
        if (!group || !target.member?.ref) return undefined;
        return { kind: fail ? 'member-leave' : 'member-join', group: group.name, member: target.member.$refText };
    }
    return undefined;
}

const CONDITIONS: Readonly<Record<string, TopicCondition>> = {
    writable: 'writable',
    readable: 'readable',
    'fully-replicated': 'fully-replicated',
    'under-replicated': 'under-replicated'
};

function translateExpectation(node: ExpectationNode, modelTopics: ModelTopics): Expectation | undefined {
    if (isTopicExpectation(node)) {
        const topic = node.topic?.ref;
        if (!topic || !node.condition || !modelTopics.has(topic.name)) return undefined;
        const condition = node.negated ? (`not-${node.condition}` as TopicCondition) : CONDITIONS[node.condition];
        return { kind: 'topic', topic: topic.name, condition };
    }
    if (isQuorumExpectation(node)) return { kind: 'quorum', present: !node.negated };
    if (isDataLossExpectation(node)) return { kind: 'no-data-loss' };
    if (isGroupExpectation(node)) {
        const group = node.group?.ref;
        return group ? { kind: 'group-balanced', group: group.name } : undefined;
    }
    return undefined;
}
