// Fixes for producers and consumer groups: acks all, a record key, as many
// members as partitions, an even assignor.
import { GrammarUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { isAcksProperty, isConsumerGroup, isMembersProperty, isProducer, isAssignorProperty, type ConsumerGroup } from '../../generated/ast.js';
import { formatName } from '../../../simulator/index.js';
import { insertIntoBlock, nodeAt, replace } from './edits.js';
import type { FixData } from '../../validation/fix-data.js';
import type { FixBuilder, QuickFix } from './quick-fix.js';

/** The `acks` at the diagnostic, else the producer's last one (the one that counts), else a new one. */
export const acksAllFix: FixBuilder<FixData['acks-may-lose-data'] | FixData['invalid-acks'] | FixData['idempotent-needs-acks-all']> = (context) => {
    const producer = nodeAt(context.document, context.diagnostic.range, isProducer);
    const acks = nodeAt(context.document, context.diagnostic.range, isAcksProperty) ?? producer?.items.filter(isAcksProperty).at(-1);
    if (acks) return [{ title: 'fix/set-acks-all', edits: replace(acks.$cstNode, 'acks all'), preferred: true }];
    return producer ? [{ title: 'fix/set-acks-all', edits: insertIntoBlock(context.document, producer, 'acks all'), preferred: true }] : [];
};

export const recordKeyFix: FixBuilder<FixData['missing-record-key']> = (context) => {
    const field = context.data.insertKey;
    const producer = nodeAt(context.document, context.diagnostic.range, isProducer);
    if (typeof field !== 'string' || !producer) return [];
    return [{ title: 'fix/insert-key', args: { field }, edits: insertIntoBlock(context.document, producer, `key ${formatName(field)}`), preferred: true }];
};

export const idleConsumersFix: FixBuilder<FixData['idle-consumers']> = (context) => {
    const members = nodeAt(context.document, context.diagnostic.range, isMembersProperty);
    const keep = Number(context.data.members);
    const idle = new Set(Array.isArray(context.data.idle) ? context.data.idle : []);
    if (!members || !Number.isInteger(keep) || keep < 1) return [];
    if (members.count !== undefined) {
        return [{ title: 'fix/set-members', args: { count: keep }, edits: replace(GrammarUtils.findNodeForProperty(members.$cstNode, 'count'), String(keep)), preferred: true }];
    }
    const open = GrammarUtils.findNodeForKeyword(members.$cstNode, '[');
    const close = GrammarUtils.findNodeForKeyword(members.$cstNode, ']');
    if (!open || !close) return [];
    const kept = members.members.filter((m) => !idle.has(m.name)).map((m) => formatName(m.name));
    const edit: TextEdit = { range: { start: open.range.start, end: close.range.end }, newText: `[${kept.join(', ')}]` };
    return [{ title: 'fix/remove-idle-members', args: { members: [...idle].join(', ') }, edits: [edit], preferred: true }];
};

function setAssignor(group: ConsumerGroup, assignor: string, document: Parameters<FixBuilder>[0]['document']): QuickFix {
    const existing = group.items.filter(isAssignorProperty).at(-1);
    const edits = existing ? replace(existing.$cstNode, `assignor ${assignor}`) : insertIntoBlock(document, group, `assignor ${assignor}`);
    return { title: 'fix/set-assignor', args: { assignor }, edits };
}

export const evenAssignorFixes: FixBuilder<FixData['uneven-consumer-load']> = (context) => {
    const group = nodeAt(context.document, context.diagnostic.range, isConsumerGroup);
    if (!group) return [];
    return [{ ...setAssignor(group, 'roundrobin', context.document), preferred: true }, setAssignor(group, 'cooperative-sticky', context.document)];
};

/** assignor-protocol-mismatch: the assignor that protocol runs by default, in place of the one written. */
export const protocolAssignorFix: FixBuilder<FixData['assignor-protocol-mismatch']> = (context) => {
    const property = nodeAt(context.document, context.diagnostic.range, isAssignorProperty);
    const assignor = context.data.assignor;
    if (!property || typeof assignor !== 'string') return [];
    return [{ title: 'fix/set-assignor', args: { assignor }, edits: replace(property.$cstNode, `assignor ${assignor}`), preferred: true }];
};
