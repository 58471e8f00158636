// Fixes for topic and defaults rules: set a property's value (replacing it, or
// inserting it into the block), switch total order to per-key order, and the
// config-entry fixes.
import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import {
    isConfigBlock, isConfigEntry, isDefaults, isMinInsyncReplicasProperty, isOrderingProperty, isPartitionsProperty,
    isReplicationFactorProperty, isTopic, type ConfigEntry, type Defaults, type Topic
} from '../../generated/ast.js';
import { deleteRange, insertIntoBlock, nodeAt, replace, replaceProperty } from './edits.js';
import type { ConfigKeyData, FixData, SetPropertyData } from '../../validation/fix-data.js';
import type { FixBuilder, FixContext, QuickFix } from './quick-fix.js';

const PROPERTIES: Readonly<Record<string, { guard: (n: unknown) => boolean; configKey?: string }>> = {
    partitions: { guard: isPartitionsProperty },
    'replication-factor': { guard: isReplicationFactorProperty },
    'min-insync-replicas': { guard: isMinInsyncReplicasProperty, configKey: 'min.insync.replicas' }
};

/** The edits that make `property value` hold for the topic or defaults block at the diagnostic. */
function setProperty(context: FixContext, property: string, value: number): TextEdit[] {
    const kind = PROPERTIES[property];
    if (!kind) return [];
    const node = nodeAt(context.document, context.diagnostic.range, (n): n is AstNode => kind.guard(n) || isConfigEntry(n) || isTopic(n) || isDefaults(n));
    if (!node) return [];
    if (kind.guard(node)) return replaceProperty(node, 'value', String(value));
    if (isConfigEntry(node)) {
        if (node.key !== kind.configKey) return setInBlock(context, node.$container.$container, property, value);
        return replaceValues(node, String(value));
    }
    return setInBlock(context, node as Topic | Defaults, property, value);
}

function setInBlock(context: FixContext, block: Topic | Defaults, property: string, value: number): TextEdit[] {
    const existing = block.items.filter((item) => PROPERTIES[property].guard(item)).at(-1);
    return existing ? replaceProperty(existing, 'value', String(value)) : insertIntoBlock(context.document, block, `${property} ${value}`);
}

function replaceValues(entry: ConfigEntry, text: string): TextEdit[] {
    const values = GrammarUtils.findNodesForProperty(entry.$cstNode, 'values');
    if (values.length === 0) return [];
    return [{ range: { start: values[0].range.start, end: values[values.length - 1].range.end }, newText: text }];
}

/**
 * Sets the value the diagnostic suggests, and offers the values next to it that
 * Kafka's advice pairs with it: min ISR 2 with RF 3 or more (else acks=all
 * guarantees one copy), RF 3 with min ISR 2. The code action offers only those
 * that leave no new problem (fix-check.ts), the first of them preferred.
 */
export const setPropertyFix: FixBuilder<SetPropertyData> = (context) => {
    const { property, value } = context.data;
    if (property === undefined || value === undefined) return [];
    const fixes: QuickFix[] = [];
    const edits = setProperty(context, property, value);
    if (edits.length > 0) fixes.push({ title: 'fix/set-property', args: { property, value }, edits, preferred: true });
    if (property === 'replication-factor' && value >= 3) {
        const paired = [...edits, ...setProperty(context, 'min-insync-replicas', 2)];
        fixes.push({ title: 'fix/set-two-properties', args: { property, value, other: 'min-insync-replicas', otherValue: 2 }, edits: paired });
    }
    if (property === 'min-insync-replicas' && value === 1) {
        const two = setProperty(context, property, 2);
        if (two.length > 0) fixes.push({ title: 'fix/set-property', args: { property, value: 2 }, edits: two });
    }
    return fixes;
};

export const totalOrderFixes: FixBuilder<SetPropertyData> = (context) => {
    const fixes: QuickFix[] = setPropertyFix(context);
    const ordering = nodeAt(context.document, context.diagnostic.range, isOrderingProperty);
    if (ordering) fixes.push({ title: 'fix/ordering-key', edits: replace(ordering.$cstNode, 'ordering key') });
    return fixes;
};

export const unknownConfigFix: FixBuilder<ConfigKeyData> = (context) => {
    const { replaceKey, replaceValue, mergeInto } = context.data;
    const entry = nodeAt(context.document, context.diagnostic.range, isConfigEntry);
    if (typeof replaceKey !== 'string' || !entry) return [];
    if (typeof mergeInto === 'string') return mergeConfigFix(context, entry, mergeInto, replaceValue);
    if (typeof replaceValue === 'string') {
        const suggestion = `${replaceKey} = ${replaceValue}`;
        return [{ title: 'fix/replace-key', args: { suggestion }, edits: replace(entry.$cstNode, suggestion), preferred: true }];
    }
    return [{ title: 'fix/replace-key', args: { suggestion: replaceKey }, edits: replaceProperty(entry, 'key', replaceKey), preferred: true }];
};

export const removeConfigEntryFix: FixBuilder<FixData['config-shadows-property']> = (context) => {
    const entry = nodeAt(context.document, context.diagnostic.range, isConfigEntry);
    if (!entry?.$cstNode) return [];
    return [{ title: 'fix/remove-config-entry', args: { key: entry.key }, edits: [deleteRange(context.document, entry.$cstNode.range)], preferred: true }];
};

export const configValueFix: FixBuilder<FixData['unclean-election-enabled']> = (context) => {
    const value = context.data.value;
    const entry = nodeAt(context.document, context.diagnostic.range, isConfigEntry);
    if (typeof value !== 'string' || !entry) return [];
    return [{ title: 'fix/set-config-value', args: { key: entry.key, value }, edits: replaceValues(entry, value), preferred: true }];
};

/** The suggested key is already set in the block: give it this entry's value and drop this entry (no duplicate-property). */
function mergeConfigFix(context: FixContext, entry: ConfigEntry, key: string, replaceValue: string | undefined): QuickFix[] {
    const block = AstUtils.getContainerOfType(entry, (n): n is Topic | Defaults => isTopic(n) || isDefaults(n));
    const existing = block?.items.filter(isConfigBlock).flatMap((c) => c.entries).find((e) => e !== entry && e.key === key);
    const values = GrammarUtils.findNodesForProperty(entry.$cstNode, 'values');
    if (!existing || !entry.$cstNode || values.length === 0) return [];
    const value = replaceValue ?? context.document.textDocument.getText({ start: values[0].range.start, end: values[values.length - 1].range.end });
    const edits = [...replaceValues(existing, value), deleteRange(context.document, entry.$cstNode.range)];
    return [{ title: 'fix/merge-config', args: { key, value }, edits, preferred: true }];
}
