// What the mouse is over: a named thing of the cluster (topic, group, member,
// producer, broker, rack, controller, the cluster itself), a config entry, or a
// keyword whose concept is worth explaining.
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type AstNode, type CstNode, type References } from 'langium';
import {
    isAcksProperty, isAssignmentRow, isBroker, isBrokerRange, isBrokerTarget, isCluster, isConfigEntry, isGroupDeclaration,
    isControllerTarget, isMember, isMembersProperty, isProducer, isRackProperty, isRacksProperty, isRackTarget, isScenario,
    isTopic, type Cluster, type ConfigEntry, type GroupDeclaration, type Producer, type Topic
} from '../../generated/ast.js';
import type { ConceptId } from '../docs/concepts.js';
import { conceptOfKeyword, conceptOfNodeType } from '../docs/keyword-concepts.js';

export type HoverTarget =
    | { readonly kind: 'cluster'; readonly cluster: Cluster }
    | { readonly kind: 'topic'; readonly topic: Topic }
    | { readonly kind: 'group'; readonly group: GroupDeclaration }
    | { readonly kind: 'member'; readonly group: GroupDeclaration; readonly member: string }
    | { readonly kind: 'producer'; readonly producer: Producer }
    | { readonly kind: 'broker'; readonly cluster: Cluster; readonly id: number }
    | { readonly kind: 'rack'; readonly cluster: Cluster; readonly rack: string }
    | { readonly kind: 'controller'; readonly cluster: Cluster; readonly id: number }
    | { readonly kind: 'config'; readonly entry: ConfigEntry }
    | { readonly kind: 'concept'; readonly concept: ConceptId }
    /** `kafka-version` or `features`: the concept and the release this cluster models. */
    | { readonly kind: 'release'; readonly cluster: Cluster; readonly concept: ConceptId };

/** The token under `offset`, or the one just before it (the cursor right after a word). */
export function tokenAt(root: CstNode, offset: number): CstNode | undefined {
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset) ?? (offset > 0 ? CstUtils.findLeafNodeAtOffset(root, offset - 1) : undefined);
    return leaf && !leaf.hidden ? leaf : undefined;
}

function unquote(text: string): string {
    return text.startsWith('"') && text.endsWith('"') && text.length >= 2 ? text.slice(1, -1).replace(/\\(.)/g, '$1') : text;
}

/** A declared node as a target (its name or a reference to it). */
export function targetOfNode(node: AstNode, memberText?: string): HoverTarget | undefined {
    if (isTopic(node)) return { kind: 'topic', topic: node };
    if (isGroupDeclaration(node)) return { kind: 'group', group: node };
    if (isProducer(node)) return { kind: 'producer', producer: node };
    if (isCluster(node)) return { kind: 'cluster', cluster: node };
    if (isScenario(node)) return { kind: 'concept', concept: 'scenario' };
    if (isMember(node) && node.$container.$container && isGroupDeclaration(node.$container.$container)) {
        return { kind: 'member', group: node.$container.$container, member: node.name };
    }
    // A counted member (`members 3`) resolves to the `members` property; its id is the text.
    if (isMembersProperty(node) && memberText !== undefined && isGroupDeclaration(node.$container)) {
        return { kind: 'member', group: node.$container, member: memberText };
    }
    return undefined;
}

export function hoverTargetAt(root: CstNode, offset: number, references: References): HoverTarget | undefined {
    const leaf = tokenAt(root, offset);
    if (!leaf) return undefined;
    const node = leaf.astNode;
    const assignment = GrammarUtils.findAssignment(leaf);
    const cluster = AstUtils.getContainerOfType(node, isCluster);

    if (assignment && GrammarAST.isCrossReference(assignment.terminal)) {
        const declaration = references.findDeclarations(leaf)[0];
        return declaration ? targetOfNode(declaration, unquote(leaf.text)) : undefined;
    }
    if (assignment?.feature === 'name') return targetOfNode(node);
    if (isConfigEntry(node) || isConfigEntry(node.$container)) {
        return { kind: 'config', entry: isConfigEntry(node) ? node : (node.$container as ConfigEntry) };
    }
    const number = Number(leaf.text);
    if (cluster && Number.isInteger(number)) {
        if (isBroker(node) || isBrokerRange(node) || isBrokerTarget(node) || (isAssignmentRow(node) && assignment?.feature === 'replicas')) {
            return { kind: 'broker', cluster, id: number };
        }
        if (isControllerTarget(node)) return { kind: 'controller', cluster, id: number };
    }
    if (cluster && !GrammarAST.isKeyword(leaf.grammarSource) && (isRackProperty(node) || isRacksProperty(node) || isRackTarget(node))) {
        return { kind: 'rack', cluster, rack: unquote(leaf.text) };
    }
    if (isAcksProperty(node) && (number === 0 || number === 1)) return { kind: 'concept', concept: number === 0 ? 'acks-0' : 'acks-1' };
    if (GrammarAST.isKeyword(leaf.grammarSource) && !/\p{L}/u.test(leaf.grammarSource.value)) return undefined; // braces, commas
    const concept = GrammarAST.isKeyword(leaf.grammarSource) ? conceptOfKeyword(leaf.grammarSource) ?? conceptOfNodeType(node.$type) : conceptOfNodeType(node.$type);
    if (cluster && (concept === 'kafka-version' || concept === 'features')) return { kind: 'release', cluster, concept };
    return concept ? { kind: 'concept', concept } : undefined;
}
