// The linker's whole walk skips the subtrees of the types the grammar says hold no
// cross-reference (language-server/workspace/reference-free-types.ts): no such subtree
// holds one, in every sample, example and generated topology; and the skipped walk
// meets every reference, in the order of the full one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generateTopology } from '../../bench/generate-topology.js';
import { forEachReference, treeNodes } from '../../language-server/util/ast-walk.js';
import { referenceFreeTypes } from '../../language-server/workspace/reference-free-types.js';
import { language } from '../support/language.js';
import { REPO, SHARED } from '../support/markers.js';

const texts = [
    ...[join(REPO, 'samples'), join(SHARED, 'spec/examples')].flatMap((dir) =>
        readdirSync(dir).filter((f) => f.endsWith('.kafka')).map((f) => readFileSync(join(dir, f), 'utf8'))
    ),
    generateTopology({ brokers: 9, racks: 3, topics: 30, partitionsPerTopic: 3, producers: 5, groups: 5, scenarios: 3 })
];

const referencesOf = (nodes: ReturnType<typeof treeNodes>) => {
    const references: unknown[] = [];
    for (const node of nodes) forEachReference(node, ({ reference }) => references.push(reference));
    return references;
};

test('no subtree of a reference-free type holds a reference, and the skipping walk meets them all in order', () => {
    const free = referenceFreeTypes(language.Grammar);
    expect(free.has('Topic') && free.has('Broker') && free.has('Defaults')).toBe(true);
    expect(free.has('Cluster') || free.has('Producer') || free.has('Scenario') || free.has('MemberTarget')).toBe(false);
    let share = 0;
    for (const text of texts) {
        const root = language.parser.LangiumParser.parse(text).value;
        const all = treeNodes(root);
        for (const node of all) if (free.has(node.$type)) expect(referencesOf(treeNodes(node)), node.$type).toEqual([]);
        const walked = treeNodes(root, free);
        share = walked.length / all.length;
        const references = referencesOf(all);
        expect(references.length).toBeGreaterThan(0);
        expect(referencesOf(walked)).toEqual(references);
    }
    // The generated topology (last): its topics' subtrees, most of its nodes, are not walked.
    expect(share).toBeLessThan(0.5);
});
