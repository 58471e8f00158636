// Plain walks over an AST in the order of Langium's streams (AstUtils.streamAst,
// streamReferences: properties in key order, `$` properties skipped). Langium's
// streams make an iterator, a state and a key list per node; over the 30 000-line
// topology's 100 000 nodes that was ≈ 150 ms of a whole link and validation.
import { isAstNode, isMultiReference, isReference, type AstNode, type MultiReference, type Reference } from 'langium';

/**
 * The nodes of `root`'s tree, `root` first, in streamAst's order (a stack, not recursion: no
 * depth limit); with `without`, less the nodes of those types and their subtrees.
 */
export function treeNodes(root: AstNode, without?: ReadonlySet<string>): AstNode[] {
    const nodes: AstNode[] = [];
    const stack: AstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (without?.has(node.$type)) continue;
        nodes.push(node);
        pushChildrenReversed(node, stack);
    }
    return nodes;
}

/** Pushes `node`'s children on `stack` last first, so that popping gives them in streamContents' order. */
export function pushChildrenReversed(node: AstNode, stack: AstNode[]): void {
    const from = stack.length;
    const record = node as unknown as Record<string, unknown>;
    for (const name in record) {
        if (name.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[name];
        if (isAstNode(value)) {
            stack.push(value);
        } else if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                const item: unknown = value[i];
                if (isAstNode(item)) stack.push(item);
            }
        }
    }
    for (let i = from, j = stack.length - 1; i < j; i++, j--) {
        const swap = stack[i];
        stack[i] = stack[j];
        stack[j] = swap;
    }
}

export interface ReferenceSite {
    readonly reference: Reference | MultiReference;
    readonly container: AstNode;
    readonly property: string;
    readonly index?: number;
}

/** `node`'s own references, in streamReferences' order. */
export function forEachReference(node: AstNode, visit: (site: ReferenceSite) => void): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property in record) {
        if (property.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[property];
        if (isReference(value) || isMultiReference(value)) {
            visit({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isReference(item) || isMultiReference(item)) visit({ reference: item, container: node, property, index });
            }
        }
    }
}

/** The (single) references of `root`'s tree, node by node in streamAst's order. */
export function referencesIn(root: AstNode): Reference[] {
    const references: Reference[] = [];
    for (const node of treeNodes(root)) {
        forEachReference(node, ({ reference }) => {
            if (isReference(reference)) references.push(reference);
        });
    }
    return references;
}
