// Fixes for the cluster's shape: an odd or larger quorum, a first broker.
import type { TextEdit } from 'vscode-languageserver';
import { isCluster, type Broker, type BrokerRange, type Cluster } from '../../generated/ast.js';
import { indentationOf, insertIntoBlock, nodeAt, replaceProperty, deleteRange } from './edits.js';
import type { FixData, QuorumData } from '../../validation/fix-data.js';
import type { FixBuilder, FixContext, QuickFix } from './quick-fix.js';

function lastDeclaration(cluster: Cluster): Broker | BrokerRange | undefined {
    return [...cluster.brokers, ...cluster.brokerRanges].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0)).at(-1);
}

/** `broker` lines for new ids after the last declared broker, on the least used rack when brokers have racks. */
function addBrokers(context: FixContext, cluster: Cluster, count: number): TextEdit[] {
    const facts = context.facts.get(cluster);
    const racked = facts.brokers.length > 0 && facts.brokers.every((b) => b.rack !== undefined);
    const load = new Map(facts.racks.map((r) => [r, facts.brokers.filter((b) => b.rack === r).length]));
    let next = Math.max(0, ...facts.brokers.map((b) => b.id)) + 1;
    const lines: string[] = [];
    for (let i = 0; i < count; i++, next++) {
        if (racked) {
            const rack = [...load].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0][0];
            load.set(rack, (load.get(rack) ?? 0) + 1);
            lines.push(`broker ${next} { rack ${JSON.stringify(rack)} }`);
        } else {
            lines.push(`broker ${next}`);
        }
    }
    const last = lastDeclaration(cluster);
    if (!last?.$cstNode) return lines.flatMap((line) => insertIntoBlock(context.document, cluster, line));
    const indent = indentationOf(context.document, last.$cstNode.range.start.line);
    const at = { line: last.$cstNode.range.end.line + 1, character: 0 };
    return [{ range: { start: at, end: at }, newText: lines.map((l) => `${indent}${l}\n`).join('') }];
}

function removeLastBroker(context: FixContext, cluster: Cluster): QuickFix | undefined {
    const last = lastDeclaration(cluster);
    if (!last?.$cstNode) return undefined;
    if (last.$type === 'Broker') return { title: 'fix/remove-broker', args: { id: last.id }, edits: [deleteRange(context.document, last.$cstNode.range)] };
    if (last.to <= last.from) return undefined;
    return { title: 'fix/remove-broker', args: { id: last.to }, edits: replaceProperty(last, 'to', String(last.to - 1)) };
}

function setControllers(cluster: Cluster, count: number): QuickFix[] {
    const property = cluster.controllers.at(-1);
    return property ? [{ title: 'fix/set-controllers', args: { count }, edits: replaceProperty(property, 'count', String(count)) }] : [];
}

export const quorumEvenFixes: FixBuilder<QuorumData> = (context) => {
    const cluster = nodeAt(context.document, context.diagnostic.range, isCluster);
    const voters = Number(context.data.voters);
    if (!cluster || !Number.isInteger(voters)) return [];
    if (context.data.voterKind === 'controllers') {
        return [...setControllers(cluster, voters + 1), ...(voters - 1 >= 1 ? setControllers(cluster, voters - 1) : [])];
    }
    const next = Math.max(0, ...context.facts.get(cluster).brokers.map((b) => b.id)) + 1;
    const fixes: QuickFix[] = [{ title: 'fix/add-broker', args: { id: next }, edits: addBrokers(context, cluster, 1), preferred: true }];
    const removal = voters > 1 ? removeLastBroker(context, cluster) : undefined;
    if (removal) fixes.push(removal);
    return fixes;
};

export const quorumTooSmallFixes: FixBuilder<QuorumData> = (context) => {
    const cluster = nodeAt(context.document, context.diagnostic.range, isCluster);
    const voters = Number(context.data.voters);
    if (!cluster || !Number.isInteger(voters)) return [];
    if (context.data.voterKind === 'controllers') return setControllers(cluster, 3);
    const next = Math.max(0, ...context.facts.get(cluster).brokers.map((b) => b.id)) + 1;
    return [{ title: 'fix/add-broker', args: { id: voters === 2 ? `${next}` : `${next}, ${next + 1}` }, edits: addBrokers(context, cluster, 3 - voters), preferred: true }];
};

export const noBrokersFix: FixBuilder<FixData['no-brokers']> = (context) => {
    const cluster = nodeAt(context.document, context.diagnostic.range, isCluster);
    if (!cluster) return [];
    return [{ title: 'fix/add-broker', args: { id: 1 }, edits: insertIntoBlock(context.document, cluster, 'broker 1'), preferred: true }];
};
