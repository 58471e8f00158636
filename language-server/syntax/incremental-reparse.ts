// Re-parse only the top-level block an edit falls in (issue 15): a typing edit
// inside one topic, producer, group, scenario … of a 30 000-line cluster parses
// that block with its own grammar rule and splices the new AST and CST in place
// of the old ones; the CST of what follows is shifted. Whenever the result might
// differ from a full parse, this returns undefined and the caller parses the
// whole text (test/syntax/incremental-reparse.test.ts compares both on random edits).
import { CompositeCstNodeImpl, type AstNode, type CstNode, type LangiumParser, type ParseResult } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isModel, type Model } from '../generated/ast.js';
import { Leaf, type PendingShift } from './cst-nodes.js';

/** Where two texts differ: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface TextChange {
    readonly start: number;
    readonly oldEnd: number;
    readonly newEnd: number;
}

export function changedSpan(oldText: string, newText: string): TextChange {
    const shorter = Math.min(oldText.length, newText.length);
    // Whole chunks compared as strings first (native), then character by character.
    let start = 0;
    while (start + CHUNK <= shorter && oldText.substring(start, start + CHUNK) === newText.substring(start, start + CHUNK)) start += CHUNK;
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let common = 0;
    const maxSuffix = shorter - start;
    const oldEnd = (k: number) => oldText.length - k;
    const newEnd = (k: number) => newText.length - k;
    while (common + CHUNK <= maxSuffix && oldText.substring(oldEnd(common + CHUNK), oldEnd(common)) === newText.substring(newEnd(common + CHUNK), newEnd(common))) common += CHUNK;
    while (common < maxSuffix && oldText.charCodeAt(oldEnd(common) - 1) === newText.charCodeAt(newEnd(common) - 1)) common++;
    return { start, oldEnd: oldEnd(common), newEnd: newEnd(common) };
}

const CHUNK = 4096;

/** The new parse result (the previous one changed in place) and the block node it replaced. */
export interface BlockReparse {
    readonly parseResult: ParseResult<Model>;
    readonly oldNode: AstNode;
    readonly newNode: AstNode;
}

// Langium 4.2.1's CST classes keep their positions in these fields (parser/cst-node-builder.js).
interface MutableLeaf {
    _offset: number;
    root: CstNode;
}
interface MutableComposite {
    content: CstNode[];
    _rangeCache?: Range;
    root: CstNode;
    container?: CstNode;
}
interface MutableRoot {
    _text: string;
}

const isComposite = (node: CstNode): node is CstNode & MutableComposite => 'content' in node;
const isBlank = (char: string | undefined) => char === undefined || /\s/.test(char);

/**
 * The parse result of `newText` made from `previous` (the parse of `oldText`) by
 * re-parsing the one direct child of the document's only `cluster` that encloses
 * the change, or undefined when that is not certainly what a full parse would
 * give. `previous` is changed in place only when a result is returned.
 */
export function reparseChangedBlock(parser: LangiumParser, previous: ParseResult<AstNode>, oldText: string, newText: string): BlockReparse | undefined {
    if (previous.lexerErrors.length > 0 || previous.parserErrors.length > 0 || (previous.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    const model = previous.value;
    if (!isModel(model) || model.clusters.length !== 1) return undefined;
    const root = model.$cstNode;
    const cluster = model.clusters[0];
    const clusterCst = cluster.$cstNode;
    if (!root || !clusterCst || root.root.fullText !== oldText || !isComposite(clusterCst)) return undefined;

    const change = changedSpan(oldText, newText);
    const index = enclosingChild(clusterCst.content, change);
    if (index < 0) return undefined;
    const block = clusterCst.content[index];
    const oldNode = block.astNode;
    if (oldNode.$cstNode !== block || oldNode.$container !== cluster || oldNode.$containerProperty === undefined) return undefined;
    // The lexer splits the text at the block's edges as before only if whitespace surrounds it.
    if (!isBlank(oldText[block.offset - 1]) || !isBlank(oldText[block.end])) return undefined;

    const delta = newText.length - oldText.length;
    const blockText = newText.slice(block.offset, block.end + delta);
    const parsed = parser.parse(blockText, { rule: oldNode.$type });
    const newNode = parsed.value;
    const parsedRoot = newNode.$cstNode;
    if (parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0 || (parsed.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    if (newNode.$type !== oldNode.$type || !parsedRoot || !isComposite(parsedRoot) || parsedRoot.offset !== 0 || parsedRoot.end !== blockText.length) return undefined;

    const property = oldNode.$containerProperty;
    const siblings = (cluster as unknown as Record<string, AstNode[] | undefined>)[property];
    const at = oldNode.$containerIndex ?? -1;
    if (!Array.isArray(siblings) || siblings[at] !== oldNode) return undefined;

    const composite = new CompositeCstNodeImpl();
    composite.grammarSource = block.grammarSource;
    composite.astNode = newNode;
    for (const child of parsedRoot.content) composite.content.push(child);
    const start = block.range.start;
    placeBlock(composite, root, block.offset, start.line, start.character);
    const oldEnd = block.range.end;
    const newEnd = composite.range.end;
    shiftAfter(block, delta, oldEnd.line, newEnd.line - oldEnd.line, newEnd.character - oldEnd.character);

    // The parser's child lists are plain arrays (linear-cst-parser.ts): the container is set here.
    clusterCst.content.splice(index, 1, composite);
    Object.assign(composite as unknown as MutableComposite, { root, container: clusterCst });
    siblings[at] = newNode;
    Object.assign(newNode, { $container: cluster, $containerProperty: property, $containerIndex: at, $cstNode: composite });
    (root as unknown as MutableRoot)._text = newText;
    return { parseResult: { value: model, lexerErrors: [], lexerReport: { diagnostics: [] }, parserErrors: [] }, oldNode, newNode };
}

/** Index of the composite child that strictly encloses the change (its first and last characters unchanged), or -1. */
function enclosingChild(children: readonly CstNode[], change: TextChange): number {
    let low = 0;
    let high = children.length - 1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const child = children[middle];
        if (child.end <= change.start) low = middle + 1;
        else if (child.offset >= change.start) high = middle - 1;
        else return isComposite(child) && !child.hidden && change.oldEnd < child.end ? middle : -1;
    }
    return -1;
}

/** Moves a block parsed on its own to its place in the document: offsets, ranges, root. */
function placeBlock(block: CstNode, root: CstNode, offset: number, line: number, character: number): void {
    const stack: CstNode[] = [block];
    while (stack.length > 0) {
        const node = stack.pop()!;
        (node as unknown as MutableLeaf).root = root;
        if (isComposite(node)) {
            node._rangeCache = undefined;
            for (const child of node.content) stack.push(child);
        } else {
            const leaf = node as unknown as Leaf;
            leaf._offset += offset;
            leaf.place(line, character);
        }
    }
}

/**
 * Shifts what follows the block (its later siblings, then its ancestors' later
 * siblings) by `delta` characters and `lines` lines, and by `columns` on the line
 * where the block ended. Positions move in place: composites' cached ranges share
 * their first and last leaves' position objects, so they stay right.
 */
function shiftAfter(block: CstNode, delta: number, line: number, lines: number, columns: number): void {
    if (delta === 0 && lines === 0 && columns === 0) return;
    // Typing within a line moves no line: only the leaves left on the block's last line change
    // columns, and the leaves come in text order, so past that line no position is visited.
    let positionsMove = lines !== 0 || columns !== 0;
    // Recursion over the child arrays: the CST is shallow, and what follows an edit is most of a big file.
    const movePositions = (node: CstNode): void => {
        const content = (node as Partial<MutableComposite>).content;
        if (content !== undefined) {
            for (let i = 0; i < content.length && positionsMove; i++) movePositions(content[i]);
            return;
        }
        const leaf = node as unknown as Leaf;
        if (lines === 0 && leaf.startsOnLine !== line) {
            positionsMove = false;
            return;
        }
        leaf.movePositions(line, lines, columns);
    };
    for (let node: CstNode = block; node.container; node = node.container) {
        const siblings = node.container.content;
        for (let i = siblings.indexOf(node) + 1; i < siblings.length; i++) {
            if (delta !== 0) moveOffsets(siblings[i], delta);
            if (positionsMove) movePositions(siblings[i]);
        }
        (node.container as unknown as MutableComposite)._rangeCache = undefined;
    }
}

/** The pending shift of each block that followed an edit (its leaves hold it: Leaf.shift). */
const pendingShifts = new WeakMap<CstNode, PendingShift>();

/** Moves a node's offsets by `delta`: a leaf at once, a composite through its pending shift (made at its first move). */
function moveOffsets(node: CstNode, delta: number): void {
    if (!isComposite(node)) {
        (node as unknown as MutableLeaf)._offset += delta;
        return;
    }
    const pending = pendingShifts.get(node);
    if (pending) {
        pending.delta += delta;
        return;
    }
    const shift: PendingShift = { delta };
    pendingShifts.set(node, shift);
    const stack: CstNode[] = [node];
    while (stack.length > 0) {
        const next = stack.pop()!;
        if (isComposite(next)) for (const child of next.content) stack.push(child);
        else if (next instanceof Leaf && next.shift === undefined) next.shift = shift;
        else (next as unknown as MutableLeaf)._offset += delta;
    }
}
