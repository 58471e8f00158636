// The plain AST walks (language-server/util/ast-walk.ts) visit what Langium's streams
// visit, in their order: the linker and the validator rely on that order for the
// order of references and diagnostics.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, isReference } from 'langium';
import { expect, test } from 'vitest';
import { generateTopology } from '../../bench/generate-topology.js';
import { forEachReference, referencesIn, treeNodes } from '../../language-server/util/ast-walk.js';
import { language } from '../support/language.js';
import { REPO, SHARED } from '../support/markers.js';

const texts = [
    ...[join(REPO, 'samples'), join(SHARED, 'spec/examples')].flatMap((dir) =>
        readdirSync(dir).filter((f) => f.endsWith('.kafka')).map((f) => readFileSync(join(dir, f), 'utf8'))
    ),
    generateTopology({ brokers: 9, racks: 3, topics: 40, partitionsPerTopic: 3, producers: 4, groups: 4, scenarios: 2 }),
    'cluster half { topic t { partitions',
    'garbage { } }'
];

/** The same objects in the same order (by identity: the nodes link to each other). */
const same = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

test("treeNodes, forEachReference and referencesIn give Langium's streams' nodes and references, in their order", () => {
    let references = 0;
    for (const text of texts) {
        const root = language.parser.LangiumParser.parse(text).value;
        const nodes = treeNodes(root);
        expect(same(nodes, AstUtils.streamAst(root).toArray())).toBe(true);
        for (const node of nodes) {
            const ours: unknown[][] = [];
            forEachReference(node, (site) => ours.push([site.reference, site.container, site.property, site.index]));
            const langium = AstUtils.streamReferences(node).toArray().map((site) => [site.reference, site.container, site.property, site.index]);
            expect(ours.length).toBe(langium.length);
            ours.forEach((site, i) => expect(same(site, langium[i])).toBe(true));
            references += ours.length;
        }
        const langiumReferences = AstUtils.streamAst(root).toArray().flatMap((node) => AstUtils.streamReferences(node).toArray().map((site) => site.reference).filter(isReference));
        expect(same(referencesIn(root), langiumReferences)).toBe(true);
        // A block's subtree, as the validator walks it.
        for (const block of AstUtils.streamContents(root)) expect(same(treeNodes(block), AstUtils.streamAst(block).toArray())).toBe(true);
    }
    expect(references).toBeGreaterThan(100);
});
