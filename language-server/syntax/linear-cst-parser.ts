import { createLangiumParser, type CstNode, type LangiumCoreServices, type LangiumParser } from 'langium';
import type { IToken } from 'chevrotain';
import { installAstFinishing } from './ast-finishing.js';
import { addHiddenNodes, appendChild, Composite, leafOf, newComposite, type CstContainer, type HiddenNodeTarget } from './cst-nodes.js';
import { WellFormedParser } from './well-formed-parser.js';

/**
 * The services' parser: text without syntax errors is parsed by the grammar-driven parser
 * (well-formed-parser.ts); any other, and any the grammar-driven one declines, by Langium's
 * own parser, which is only made then (making it, Chevrotain's analysis of the grammar, is
 * ≈ 70 ms of every `kafka-topology` run).
 */
export function createLinearCstParser(services: LangiumCoreServices): LangiumParser {
    let langium: LangiumParser | undefined;
    const wellFormed = wellFormedParser(services);
    const parse = (input: string, options?: { rule?: string }) => wellFormed?.parse(input, options?.rule) ?? (langium ??= createLangiumCstParser(services)).parse(input, options);
    return { parse } as unknown as LangiumParser;
}

/** Undefined for a grammar it cannot parse with one token of lookahead (a test makes sure ours is not one). */
function wellFormedParser(services: LangiumCoreServices): WellFormedParser | undefined {
    try {
        return new WellFormedParser(services);
    } catch {
        return undefined;
    }
}

interface NodeBuilder extends HiddenNodeTarget {
    readonly nodeStack: CstContainer[];
    addHiddenNodes(tokens: IToken[]): void;
    buildLeafNode(token: IToken, feature: unknown): CstNode;
    buildCompositeNode(feature: unknown): CstNode;
    construct(item: unknown): void;
}

/** Langium's parser, building the CST of cst-nodes.ts: the same nodes, made cheaper. */
export function createLangiumCstParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    installAstFinishing(parser, services.shared.AstReflection);
    const builder = (parser as unknown as { nodeBuilder: NodeBuilder }).nodeBuilder;
    builder.addHiddenNodes = (tokens) => {
        if (tokens.length > 0) addHiddenNodes(builder, tokens);
    };
    builder.buildLeafNode = (token, feature) => {
        const leaf = leafOf(token, !feature);
        leaf.grammarSource = feature as never;
        leaf.root = builder.rootNode as never;
        appendChild(builder.current, leaf);
        return leaf;
    };
    builder.buildCompositeNode = (feature) => {
        const node = newComposite();
        node.grammarSource = feature as never;
        node.root = builder.rootNode as never;
        appendChild(builder.current, node);
        builder.nodeStack.push(node);
        return node;
    };
    // A finished composite's children are copied to an array of their number: appending left
    // room for 16 more in each (≈ 5 MB on the 30 000-line topology).
    const construct = builder.construct.bind(builder);
    builder.construct = (item) => {
        const node = builder.current;
        construct(item);
        if (node instanceof Composite) node.content = node.content.slice();
    };
    // Chevrotain keeps the last input's tokens until the next parse: on the issue-15 topology of
    // 30 000 lines, 73 500 tokens (≈ 13 MB) that nothing reads once the CST is built.
    const wrapper = (parser as unknown as { wrapper: { input: IToken[] } }).wrapper;
    const parse: LangiumParser['parse'] = parser.parse.bind(parser);
    parser.parse = (input, options) => {
        try {
            return parse(input, options);
        } finally {
            wrapper.input = [];
        }
    };
    return parser;
}
