// The parser the services use (language-server/syntax/linear-cst-parser.ts) builds the
// CST Langium's own parser builds (its changes are about time and memory), and keeps
// no tokens once a parse is done; and it finishes the AST as Langium's parser does
// (language-server/syntax/ast-finishing.ts: containers and default values).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, createLangiumParser, GrammarAST, isAstNode, isCompositeCstNode, isReference, type AstNode, type CstNode, type LeafCstNode } from 'langium';
import { expect, test } from 'vitest';
import { generateTopology } from '../../bench/generate-topology.js';
import { language } from '../support/language.js';
import { REPO, SHARED } from '../support/markers.js';

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

/** Every grammar element, by place in the grammar's order: the CST nodes of both parsers point into the same grammar. */
const grammarPlace = new Map<unknown, number>(AstUtils.streamAst(language.Grammar).toArray().map((element, i) => [element, i]));

/** Every node of the CST in order, as the fields a reader sees (its container: the node it is a child of, by identity). */
function flatten(node: CstNode, into: unknown[] = [], parent?: CstNode): unknown[] {
    into.push({
        childOfItsContainer: node.container === parent,
        offset: node.offset,
        length: node.length,
        range: node.range,
        hidden: node.hidden,
        token: isCompositeCstNode(node) ? undefined : (node as LeafCstNode).tokenType.name,
        grammar: node.grammarSource === undefined ? undefined : grammarPlace.get(node.grammarSource),
        container: node.container?.offset,
        children: isCompositeCstNode(node) ? node.content.length : undefined
    });
    if (isCompositeCstNode(node)) for (const child of node.content) flatten(child, into, node);
    return into;
}

test("the CST is Langium's own, node for node, ranges by value; and no tokens are kept after a parse", () => {
    const ours = language.parser.LangiumParser;
    const stock = createLangiumParser(language);
    const input = (parser: unknown) => (parser as { wrapper: { input: unknown[] } }).wrapper.input;
    let keptByLangium = 0;
    for (const text of texts) {
        const a = ours.parse(text);
        const b = stock.parse(text);
        expect(flatten(a.value.$cstNode!)).toStrictEqual(flatten(b.value.$cstNode!));
        expect(a.parserErrors.length).toBe(b.parserErrors.length);
        expect(input(ours)).toHaveLength(0);
        keptByLangium += input(stock).length;
    }
    // Langium's own parser keeps them (what the override drops).
    expect(keptByLangium).toBeGreaterThan(1000);
});

/** Every AST node in order: its type, its container (by place in the order), where it sits there, and its fields. */
function flattenAst(root: AstNode): unknown[] {
    const nodes = AstUtils.streamAst(root).toArray();
    const place = new Map<unknown, number>(nodes.map((node, i) => [node, i]));
    const describe = (value: unknown): unknown =>
        Array.isArray(value) ? value.map(describe) : isAstNode(value) ? { node: place.get(value) } : isReference(value) ? { ref: value.$refText } : value;
    return nodes.map((node) => ({
        type: node.$type,
        container: node.$container === undefined ? undefined : place.get(node.$container),
        property: node.$containerProperty,
        index: node.$containerIndex,
        fields: Object.entries(node).filter(([name]) => !name.startsWith('$')).map(([name, value]) => [name, describe(value)])
    }));
}

test("the AST is Langium's own: the same containers, places and fields, defaults included, each default array a node's own", () => {
    const ours = language.parser.LangiumParser;
    const stock = createLangiumParser(language);
    for (const text of texts) {
        const a = ours.parse(text).value;
        expect(flattenAst(a)).toStrictEqual(flattenAst(stock.parse(text).value));
        const arrays = AstUtils.streamAst(a).toArray().flatMap((node) => Object.values(node).filter((value) => Array.isArray(value)));
        expect(new Set(arrays).size).toBe(arrays.length);
    }
});

test('the grammar has no action with a feature: the only way Langium appends to a composite the override made', () => {
    const actions = AstUtils.streamAst(language.Grammar).filter(GrammarAST.isAction).toArray();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((action) => action.feature !== undefined)).toEqual([]);
});
