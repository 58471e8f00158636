// A parse result as plain data, to compare two parsers' results node for node: the CST (every
// node's place, position, grammar element, token type, class and AST node) and the AST (every
// node's type, container, fields in their order, references by text, CST node by place).
import { AstUtils, isAstNode, isCompositeCstNode, isReference, type AstNode, type CstNode, type Grammar, type LeafCstNode } from 'langium';

/** `classes: false` leaves out the CST nodes' classes (Langium's own parser makes its own). */
export function parseTrees(root: AstNode, grammar: Grammar, { classes = true } = {}): { cst: unknown[]; ast: unknown[] } {
    const grammarPlace = placesOf(grammar);
    const nodes = AstUtils.streamAst(root).toArray();
    const astPlace = new Map<unknown, number>(nodes.map((node, i) => [node, i]));
    const cstNodes: CstNode[] = [];
    const collect = (node: CstNode) => {
        cstNodes.push(node);
        if (isCompositeCstNode(node)) for (const child of node.content) collect(child);
    };
    collect(root.$cstNode!.root);
    const cstPlace = new Map<unknown, number>(cstNodes.map((node, i) => [node, i]));
    const cst = cstNodes.map((node) => ({
        class: classes ? node.constructor.name : undefined,
        container: node.container === undefined ? undefined : cstPlace.get(node.container),
        offset: node.offset,
        length: node.length,
        range: node.range,
        hidden: node.hidden,
        token: isCompositeCstNode(node) ? undefined : (node as LeafCstNode).tokenType.name,
        grammar: node.grammarSource === undefined ? undefined : grammarPlace.get(node.grammarSource),
        astNode: astPlace.get((node as { _astNode?: unknown })._astNode),
        children: isCompositeCstNode(node) ? node.content.length : undefined
    }));
    const describe = (value: unknown): unknown =>
        Array.isArray(value)
            ? value.map(describe)
            : isAstNode(value)
              ? { node: astPlace.get(value) }
              : isReference(value)
                ? { ref: value.$refText, cst: cstPlace.get(value.$refNode) }
                : value;
    const ast = nodes.map((node) => ({
        keys: Object.keys(node),
        type: node.$type,
        cst: cstPlace.get(node.$cstNode),
        container: node.$container === undefined ? undefined : astPlace.get(node.$container),
        property: node.$containerProperty,
        index: node.$containerIndex,
        fields: Object.entries(node).filter(([name]) => !name.startsWith('$')).map(([name, value]) => [name, describe(value)])
    }));
    return { cst, ast };
}

const places = new WeakMap<Grammar, Map<unknown, number>>();

/** Every grammar element by its place in the grammar's order: both parsers point into the same grammar. */
function placesOf(grammar: Grammar): Map<unknown, number> {
    let map = places.get(grammar);
    if (!map) {
        map = new Map<unknown, number>(AstUtils.streamAst(grammar).toArray().map((element, i) => [element, i]));
        places.set(grammar, map);
    }
    return map;
}
