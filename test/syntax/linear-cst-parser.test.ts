// Langium's parser as the services make it (language-server/syntax/linear-cst-parser.ts; it
// parses what the grammar-driven parser declines) builds the CST Langium's own parser builds
// (its changes are about time and memory), and keeps no tokens once a parse is done; and it
// finishes the AST as Langium's parser does (language-server/syntax/ast-finishing.ts:
// containers and default values).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, createLangiumParser, GrammarAST } from 'langium';
import { expect, test } from 'vitest';
import { generateTopology } from '../../bench/generate-topology.js';
import { createLangiumCstParser } from '../../language-server/syntax/linear-cst-parser.js';
import { language } from '../support/language.js';
import { REPO, SHARED } from '../support/markers.js';
import { parseTrees } from '../support/parse-trees.js';

const texts = [
    ...[join(REPO, 'samples'), join(SHARED, 'spec/examples')].flatMap((dir) =>
        readdirSync(dir).filter((f) => f.endsWith('.kafka')).map((f) => readFileSync(join(dir, f), 'utf8'))
    ),
    generateTopology({ brokers: 9, racks: 3, topics: 40, partitionsPerTopic: 3, producers: 4, groups: 4, scenarios: 2 }),
    '// only a comment\n',
    'cluster half { topic t { partitions',
    '',
    // Broken in the middle of each kind of block: error recovery must take the same paths.
    'cluster c { broker 1 { rack } topic a { partitions x replication-factor 3 } producer p { produces a, acks } }',
    'cluster c { consumer-group g { consumes members [ a, ] assignor } scenario s { fail rack expect a writable stop } }',
    'cluster c { topic t { config { a = 1, , b = } ordering key } } } cluster d { defaults { min-insync-replicas 2 }',
    'topic t { partitions 3 }',
    'cluster c { scenario s { expect no expect group g balanced fail member m in g recover controller 1 elect-preferred } }'
];

test("the CST is Langium's own, node for node, ranges by value; and no tokens are kept after a parse", () => {
    const ours = createLangiumCstParser(language);
    const stock = createLangiumParser(language);
    const input = (parser: unknown) => (parser as { wrapper: { input: unknown[] } }).wrapper.input;
    let keptByLangium = 0;
    for (const text of texts) {
        const a = ours.parse(text);
        const b = stock.parse(text);
        expect(parseTrees(a.value, language.Grammar, { classes: false }).cst).toStrictEqual(parseTrees(b.value, language.Grammar, { classes: false }).cst);
        expect(a.parserErrors.length).toBe(b.parserErrors.length);
        expect(input(ours)).toHaveLength(0);
        keptByLangium += input(stock).length;
    }
    // Langium's own parser keeps them (what the override drops).
    expect(keptByLangium).toBeGreaterThan(1000);
});

test("the AST is Langium's own: the same containers, places and fields, defaults included, each default array a node's own", () => {
    const ours = createLangiumCstParser(language);
    const stock = createLangiumParser(language);
    for (const text of texts) {
        const a = ours.parse(text).value;
        expect(parseTrees(a, language.Grammar, { classes: false }).ast).toStrictEqual(parseTrees(stock.parse(text).value, language.Grammar, { classes: false }).ast);
        const arrays = AstUtils.streamAst(a).toArray().flatMap((node) => Object.values(node).filter((value) => Array.isArray(value)));
        expect(new Set(arrays).size).toBe(arrays.length);
    }
});

test('the grammar has no action with a feature: the only way Langium appends to a composite the override made', () => {
    const actions = AstUtils.streamAst(language.Grammar).filter(GrammarAST.isAction).toArray();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((action) => action.feature !== undefined)).toEqual([]);
});
