import { CompositeCstNodeImpl, LeafCstNodeImpl, type CstNode } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import type { Position, Range } from 'vscode-languageserver-types';

// The CST nodes both of our parsers build (linear-cst-parser.ts, well-formed-parser.ts), as
// Langium's CstNodeBuilder builds them, made cheaper in time and memory.

/** Nodes per `push`/`splice` call: spreading a longer array as arguments overflows the stack. */
const CHUNK = 8_192;

export interface CstContainer {
    readonly content: CstNode[];
    readonly container?: CstContainer;
}

/** Where comments go: the composite being built and the root. */
export interface HiddenNodeTarget {
    readonly current: CstContainer;
    readonly rootNode: CstContainer & { readonly root: unknown };
}

/**
 * Langium's child lists are an `Array` subclass (its `push` sets each new child's `container`),
 * several times slower than a plain array to make and to append to: ≈ 130 ms of `check` on the
 * 30 000-line topology. The composites built here hold a plain array, and every child gets its
 * container where it is added (`appendChild`, `addHiddenNodes`). Langium appends to a composite
 * it did not make only for an action with a feature (`{infer X.f=current}`), which the grammar
 * has none of (a test reads the grammar). The fields are Langium's composite's (an object of a
 * class keeps them in place, unlike one of `Object.create`).
 */
export class Composite {
    content: CstNode[] = [];
    grammarSource: unknown = undefined;
    root: unknown = undefined;
    container: unknown = undefined;
    _astNode: unknown = undefined;
    _rangeCache: unknown = undefined;
}
Object.setPrototypeOf(Composite.prototype, CompositeCstNodeImpl.prototype);

export const newComposite = (): CompositeCstNodeImpl => new Composite() as unknown as CompositeCstNodeImpl;

function adopt(parent: CstContainer, nodes: readonly CstNode[]): void {
    for (const node of nodes) (node as { container?: CstContainer }).container = parent;
}

export function appendChild(parent: CstContainer, node: CstNode): void {
    (node as { container?: CstContainer }).container = parent;
    Array.prototype.push.call(parent.content, node);
}

/** A position whose fields stay small integers (written in the order `Position.create` writes them: a shape of its own). */
function position(line: number, character: number): Position {
    return { line: line | 0, character: character | 0 };
}

/** How far a block re-parse has moved a later block, added to its leaves' offsets (incremental-reparse.ts). */
export interface PendingShift {
    delta: number;
}

/**
 * A leaf whose fields are all made in its constructor, in one order, as integers where they
 * are numbers: Langium's leaf stores the token's offset as it comes, and the fields the builder
 * adds later (and a subclass's own field) went to a second store of each leaf (≈ 2 MB for the
 * 30 000-line topology). Its range is made when first read, from four integers: three objects
 * per leaf that all lived through the parse (≈ 9 MB for that topology), while few leaves' ranges
 * are ever read (a diagnostic's, the visible ones'). Its offset is the parse's plus its block's
 * pending shift, when it has one: an edit then moves each later block once instead of each of
 * its leaves.
 */
export class Leaf {
    grammarSource: unknown = undefined;
    root: unknown = undefined;
    container: unknown = undefined;
    shift: PendingShift | undefined = undefined;
    _astNode: unknown = undefined;
    _range: Range | undefined = undefined;

    constructor(
        public _offset: number,
        public _length: number,
        private startLine: number,
        private startCharacter: number,
        private endLine: number,
        private endCharacter: number,
        public _tokenType: TokenType,
        public _hidden: boolean
    ) {}

    get offset(): number {
        const shift = this.shift;
        return shift === undefined ? this._offset : this._offset + shift.delta;
    }

    get end(): number {
        return this.offset + this._length;
    }

    get range(): Range {
        return (this._range ??= { start: position(this.startLine, this.startCharacter), end: position(this.endLine, this.endCharacter) });
    }

    get startsOnLine(): number {
        return this.startLine;
    }

    /**
     * Moves the leaf by `lines`, and by `columns` where it is on `line` (an edit ended there). A
     * range already made moves in place: composites' cached ranges share their leaves' positions.
     */
    movePositions(line: number, lines: number, columns: number): void {
        if (this.startLine === line) this.startCharacter += columns;
        if (this.endLine === line) this.endCharacter += columns;
        this.startLine += lines;
        this.endLine += lines;
        const range = this._range;
        if (range === undefined) return;
        for (const p of [range.start, range.end]) {
            if (p.line === line) p.character += columns;
            p.line += lines;
        }
    }

    /** From a block parsed on its own to the block's place: its first line starts at `line`, `character`. */
    place(line: number, character: number): void {
        if (this.startLine === 0) this.startCharacter += character;
        if (this.endLine === 0) this.endCharacter += character;
        this.startLine += line;
        this.endLine += line;
        this._range = undefined;
    }
}
Object.setPrototypeOf(Leaf.prototype, LeafCstNodeImpl.prototype);

export function leafOf(token: IToken, hidden: boolean): LeafCstNodeImpl {
    return new Leaf(token.startOffset | 0, token.image.length, token.startLine! - 1, token.startColumn! - 1, token.endLine! - 1, token.endColumn!, token.tokenType, hidden) as unknown as LeafCstNodeImpl;
}

/**
 * Langium 4.2.1's CST builder places comments in front of each new node with `indexOf` in its
 * parent's children, even when there are none (quadratic in a cluster with thousands of
 * topics), and adds them with `push(...nodes)` / `unshift(...nodes)`, which overflows the stack
 * past ~65 000 comment lines (a generated or commented-out file). This places them where it
 * does, searching only when a comment precedes a node and adding in bounded chunks.
 */
export function addHiddenNodes(builder: HiddenNodeTarget, tokens: readonly IToken[]): void {
    const root = builder.rootNode;
    const nodes = tokens.map((token) => {
        const leaf = leafOf(token, true);
        leaf.root = root as never;
        return leaf;
    });
    // Inside a node that already has content the comments follow it.
    if (builder.current.content.length > 0) {
        adopt(builder.current, nodes);
        for (let i = 0; i < nodes.length; i += CHUNK) Array.prototype.push.apply(builder.current.content, nodes.slice(i, i + CHUNK));
        return;
    }
    // A node just opened: the comments go before its first ancestor that is not the first child.
    let current: CstContainer = builder.current;
    while (current.container) {
        const index = current.container.content.indexOf(current as unknown as CstNode);
        if (index > 0) {
            adopt(current.container, nodes);
            insertAt(current.container.content, index, nodes);
            return;
        }
        current = current.container;
    }
    adopt(root, nodes);
    insertAt(root.content, 0, nodes);
}

/** `content.splice(index, 0, ...nodes)` without spreading more than CHUNK arguments (last chunk first keeps the order). */
function insertAt(content: CstNode[], index: number, nodes: readonly CstNode[]): void {
    const last = Math.floor((nodes.length - 1) / CHUNK) * CHUNK;
    for (let i = last; i >= 0; i -= CHUNK) content.splice(index, 0, ...nodes.slice(i, i + CHUNK));
}

/** Langium's `construct` for a finished composite: dropped when it is empty (never in text without errors) and its children copied to an array of their number. */
export function finishComposite(node: CstNode & { container?: CstContainer }): void {
    const content = (node as unknown as CstContainer).content;
    if (content.length === 0) {
        const parent = node.container;
        const index = parent ? parent.content.indexOf(node) : -1;
        if (index >= 0) parent!.content.splice(index, 1);
        return;
    }
    if (node instanceof Composite) node.content = content.slice();
}
