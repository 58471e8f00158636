// What the cluster-wide name rules and `unused-topic` read over all of a
// cluster's parts, kept across builds by part (issue 15): an edit to one file
// of a split cluster re-reads that file's declarations and the references that
// were linked again, instead of the whole cluster's.
import { AstUtils, type AstNode } from 'langium';
import type { Cluster, GroupDeclaration, Producer, Topic } from '../generated/ast.js';
import { unifyCollisionChars } from '../../simulator/index.js';
import { linkGeneration } from '../workspace/kept-links.js';
import { consumesOf, producesOf } from './members.js';
import { PartDeclarations, PartTotal } from './part-declarations.js';
import { PartReferenceTargets } from './part-reference-targets.js';

export class ClusterIndex {
    readonly topicsByName = new PartDeclarations<Topic>((part) => part.topics, (topic) => topic.name);
    /** By Kafka's collision rule ('.' and '_' alike): exact repeats are among them. */
    readonly topicsByUnifiedName = new PartDeclarations<Topic>((part) => part.topics, (topic) => (topic.name === undefined ? undefined : unifyCollisionChars(topic.name)));
    readonly producersByName = new PartDeclarations<Producer>((part) => part.producers, (producer) => producer.name);
    /** Consumer and share groups: one namespace of group ids. */
    readonly groupsById = new PartDeclarations<GroupDeclaration>((part) => [...part.groups, ...part.shareGroups], (group) => group.name);
    /** Every topic declaration's partitions (duplicates included): a bound of what the model places. */
    readonly declaredPartitions = new PartTotal<Topic>((part) => part.topics);
    /** What the producers and groups produce to and consume from. */
    readonly clientTargets = new PartReferenceTargets(clientTargetsOf, (part) => linkGeneration(AstUtils.getDocument(part)));
}

function clientTargetsOf(part: Cluster): AstNode[] {
    const targets: AstNode[] = [];
    const add = (refs: ReadonlyArray<{ readonly ref?: AstNode }> | undefined) => {
        for (const r of refs ?? []) if (r.ref) targets.push(r.ref);
    };
    for (const producer of part.producers) add(producesOf(producer)?.topics);
    for (const group of part.groups) add(consumesOf(group)?.topics);
    for (const group of part.shareGroups) add(consumesOf(group)?.topics);
    return targets;
}
