import { createLangiumParser, CstUtils, LeafCstNodeImpl, type CstNode, type LangiumCoreServices, type LangiumParser } from 'langium';
import type { IToken } from 'chevrotain';

/** Nodes per `push`/`splice` call: spreading a longer array as arguments overflows the stack. */
const CHUNK = 8_192;

interface CstContainer {
    readonly content: CstNode[];
    readonly container?: CstContainer;
}

interface NodeBuilder {
    readonly current: CstContainer;
    readonly rootNode: CstContainer & { readonly root: unknown };
    addHiddenNodes(tokens: IToken[]): void;
}

/**
 * Langium 4.2.1's CST builder places comments in front of each new node with
 * `indexOf` in its parent's children, even when there are none (quadratic in a
 * cluster with thousands of topics), and adds them with `push(...nodes)` /
 * `unshift(...nodes)`, which overflows the stack past ~65 000 comment lines
 * (a generated or commented-out file). This replacement skips the search when
 * no hidden token precedes the node and adds the nodes in bounded chunks; the
 * CST it builds is the same.
 */
export function createLinearCstParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const builder = (parser as unknown as { nodeBuilder: NodeBuilder }).nodeBuilder;
    builder.addHiddenNodes = (tokens) => {
        if (tokens.length > 0) addHiddenNodes(builder, tokens);
    };
    return parser;
}

function addHiddenNodes(builder: NodeBuilder, tokens: readonly IToken[]): void {
    const root = builder.rootNode;
    const nodes = tokens.map((token) => {
        const leaf = new LeafCstNodeImpl(token.startOffset, token.image.length, CstUtils.tokenToRange(token), token.tokenType, true);
        leaf.root = root as never;
        return leaf;
    });
    // Inside a node that already has content the comments follow it.
    if (builder.current.content.length > 0) {
        for (let i = 0; i < nodes.length; i += CHUNK) builder.current.content.push(...nodes.slice(i, i + CHUNK));
        return;
    }
    // A node just opened: the comments go before its first ancestor that is not the first child.
    let current: CstContainer = builder.current;
    while (current.container) {
        const index = current.container.content.indexOf(current as unknown as CstNode);
        if (index > 0) {
            insertAt(current.container.content, index, nodes);
            return;
        }
        current = current.container;
    }
    insertAt(root.content, 0, nodes);
}

/** `content.splice(index, 0, ...nodes)` without spreading more than CHUNK arguments (last chunk first keeps the order). */
function insertAt(content: CstNode[], index: number, nodes: readonly CstNode[]): void {
    const last = Math.floor((nodes.length - 1) / CHUNK) * CHUNK;
    for (let i = last; i >= 0; i -= CHUNK) content.splice(index, 0, ...nodes.slice(i, i + CHUNK));
}
