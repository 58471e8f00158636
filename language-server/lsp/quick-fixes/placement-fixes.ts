// expectation-depends-on-placement: pin the layout the model checked the drill on,
// as an `assignment` block of the topic (when the topic is declared in this file).
import { AstUtils } from 'langium';
import { isCluster, isExpectStep } from '../../generated/ast.js';
import { formatName } from '../../../simulator/index.js';
import { insertIntoBlock, nodeAt } from './edits.js';
import type { FixBuilder } from './quick-fix.js';

export const pinAssignmentFix: FixBuilder = (context) => {
    const { pinTopic, assignment } = context.data;
    const step = nodeAt(context.document, context.diagnostic.range, isExpectStep);
    const cluster = step && AstUtils.getContainerOfType(step, isCluster);
    if (typeof pinTopic !== 'string' || !Array.isArray(assignment) || !cluster) return [];
    const topic = cluster.topics.find((t) => t.name === pinTopic);
    if (!topic) return [];
    const rows = (assignment as number[][]).map((replicas, p) => `${p}: [${replicas.join(', ')}]`).join(' ');
    return [{ title: 'fix/pin-assignment', args: { topic: formatName(pinTopic) }, edits: insertIntoBlock(context.document, topic, `assignment { ${rows} }`), preferred: true }];
};
