// Fixes that remove or correct what is written: a "did you mean" name, the
// earlier of two duplicate properties, a scenario step that changes nothing.
import { isActionStep, isStopBrokerStep, type ActionStep, type StopBrokerStep } from '../../generated/ast.js';
import { formatName, quoteString } from '../../../simulator/index.js';
import { deleteRange, nodeAt } from './edits.js';
import type { FixData } from '../../validation/fix-data.js';
import type { FixBuilder } from './quick-fix.js';

export const didYouMeanFix: FixBuilder<FixData['unresolved-reference']> = (context) => {
    const suggestion = context.data.suggestion;
    if (typeof suggestion !== 'string' || suggestion === '') return [];
    const written = context.document.textDocument.getText(context.diagnostic.range);
    const newText = /^\d+$/.test(suggestion) ? suggestion : written.startsWith('"') ? quoteString(suggestion) : formatName(suggestion);
    return [{ title: 'fix/replace-name', args: { suggestion }, edits: [{ range: context.diagnostic.range, newText }], preferred: true }];
};

export const removeEarlierPropertyFix: FixBuilder<FixData['duplicate-property']> = (context) => {
    const range = context.data.removeRange;
    if (!range) return [];
    const property = context.document.textDocument.getText(range).split(/\s/)[0];
    return [{ title: 'fix/remove-earlier', args: { property }, edits: [deleteRange(context.document, range)], preferred: true }];
};

export const removeStepFix: FixBuilder<FixData['scenario-no-effect']> = (context) => {
    const step = nodeAt(context.document, context.diagnostic.range, (n): n is ActionStep | StopBrokerStep => isActionStep(n) || isStopBrokerStep(n));
    if (!step?.$cstNode) return [];
    return [{ title: 'fix/remove-step', edits: [deleteRange(context.document, step.$cstNode.range)], preferred: true }];
};
