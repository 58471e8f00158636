// expectation-depends-on-placement: pin the layout the model checked the drill on,
// as an `assignment` block of the topic (when the topic is declared in this file).
import { AstUtils } from 'langium';
import { isCluster, isExpectStep } from '../../generated/ast.js';
import { formatName } from '../../../simulator/index.js';
import { insertIntoBlock, nodeAt } from './edits.js';
import type { FixData } from '../../validation/fix-data.js';
import type { FixBuilder } from './quick-fix.js';

/** The client sends the data back: an array, as written (Array.isArray alone would widen it to any[]). */
const isRows = (x: unknown): x is readonly (readonly number[])[] => Array.isArray(x);

export const pinAssignmentFix: FixBuilder<FixData['expectation-depends-on-placement']> = (context) => {
    const { pinTopic, assignment } = context.data;
    const step = nodeAt(context.document, context.diagnostic.range, isExpectStep);
    const cluster = step && AstUtils.getContainerOfType(step, isCluster);
    if (typeof pinTopic !== 'string' || !isRows(assignment) || !cluster) return [];
    const topic = cluster.topics.find((t) => t.name === pinTopic);
    if (!topic) return [];
    const rows = assignment.map((replicas, p) => `${p}: [${replicas.join(', ')}]`).join(' ');
    return [{ title: 'fix/pin-assignment', args: { topic: formatName(pinTopic) }, edits: insertIntoBlock(context.document, topic, `assignment { ${rows} }`), preferred: true }];
};
