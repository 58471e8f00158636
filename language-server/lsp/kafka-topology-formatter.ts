// The canonical layout of a `.kafka` file, decided gap by gap between tokens:
// every block item on its own line, one indent unit per block level, `}` on its
// own line, single spaces inside an item (none around `..`, before `,` `:` `]`,
// after `[` and a sign). A block written on one line stays on one line when it
// is short, holds no nested block and no comment (`broker 1 { rack "az-1" }`);
// `config` and `assignment` read as tables, so they keep one line only for one entry.
// At most one blank line is kept where the user had blank lines. Comments keep
// their text and their place: a comment at the end of a line stays there with
// the spacing before it, a comment on its own line is indented like its block.
//
// Why not Langium's AbstractFormatter: its per-node rules re-indent comments
// from a running context and cannot ask "was this block written on one line?",
// which the one-line rule and the `// expect:` markers of the example files
// need. A gap formatter is linear, and idempotent by construction: every
// decision reads only what its own output preserves (line breaks around
// comments, blank lines, one-line blocks).
import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams,
    FormattingOptions, Range, TextEdit
} from 'vscode-languageserver';
import { isAssignmentBlock, isCluster, isConfigBlock } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import type { TopologyDocuments } from '../syntax/topology-documents.js';

/** A one-line block longer than this (indentation included) is laid out over several lines. */
export const MAX_ONE_LINE_WIDTH = 100;

const INLINE = 0;
const ITEM = 1;
const CLOSE = 2;

interface Token {
    readonly offset: number;
    readonly end: number;
    readonly text: string;
    /** The AST node the token belongs to. */
    readonly node: AstNode;
    /** 'line' for `// …`, 'block' for `/* … *\/`. */
    readonly comment?: 'line' | 'block';
}

export class KafkaTopologyFormatter implements Formatter {
    protected readonly documents: TopologyDocuments;

    constructor(services: KafkaTopologyCoreServices) {
        this.documents = services.kafka.TopologyDocuments;
    }

    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return this.edits(document, params.options);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        return this.edits(document, params.options, params.range);
    }

    /** After `}`: lay out the block it closes. */
    formatDocumentOnType(document: LangiumDocument, params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        if (params.ch !== '}') return [];
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const brace = root && CstUtils.findLeafNodeBeforeOffset(root, offset);
        if (!brace || brace.text !== '}' || brace.end !== offset) return [];
        const block = brace.astNode.$cstNode;
        if (!block) return [];
        return this.edits(document, params.options, { start: block.range.start, end: brace.range.end });
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions {
        return { firstTriggerCharacter: '}' };
    }

    protected edits(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        const { parseResult, textDocument } = document;
        const text = textDocument.getText();
        // A broken document is not laid out (its tree may not say where blocks end); neither is another tool's file.
        if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0 || !this.documents.isTopology(document)) return [];
        const root = parseResult.value.$cstNode;
        if (!root) return [];
        const layout = new Layout(document, text, options);
        const edits: TextEdit[] = [];
        layout.forEachGap((start, end, wanted) => {
            if (text.slice(start, end) === wanted) return;
            const edit = { range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) }, newText: wanted };
            // A gap belongs to the token after it (its line and indentation); the last gap to the last token.
            const line = end < text.length ? edit.range.end.line : edit.range.start.line;
            if (!range || (line >= range.start.line && line <= range.end.line)) edits.push(edit);
        });
        return edits;
    }
}

/** The tokens of a document and, for each, how it must be separated from the one before. */
class Layout {
    private readonly tokens: Token[] = [];
    private readonly role: Uint8Array;
    /** Open braces around each token (a `}` counts its own block). */
    private readonly depth: Int32Array;
    private readonly oneLine = new Set<number>();
    private readonly indentUnit: string;
    private readonly eol: string;

    constructor(document: LangiumDocument, private readonly text: string, options: FormattingOptions) {
        const root = document.parseResult.value;
        for (const leaf of CstUtils.flattenCst(root.$cstNode!)) {
            const comment = !leaf.hidden ? undefined : leaf.text.startsWith('//') ? 'line' : 'block';
            this.tokens.push({ offset: leaf.offset, end: leaf.end, text: leaf.text, node: leaf.astNode, comment });
        }
        this.tokens.sort((a, b) => a.offset - b.offset);
        this.role = new Uint8Array(this.tokens.length);
        this.depth = new Int32Array(this.tokens.length);
        this.indentUnit = options.insertSpaces === false ? '\t' : ' '.repeat(options.tabSize > 0 ? options.tabSize : 4);
        this.eol = text.includes('\r\n') ? '\r\n' : '\n';
        this.analyse(root);
    }

    private analyse(root: AstNode): void {
        const index = new Map<number, number>();
        this.tokens.forEach((t, i) => { if (!t.comment) index.set(t.offset, i); });

        // Matching braces, and whether a block holds a comment or another block.
        const close = new Int32Array(this.tokens.length).fill(-1);
        const stack: Array<{ open: number; comment: boolean; nested: boolean }> = [];
        const candidates: number[] = [];
        for (let i = 0; i < this.tokens.length; i++) {
            const t = this.tokens[i];
            this.depth[i] = stack.length;
            if (t.comment) {
                if (stack.length > 0) stack[stack.length - 1].comment = true;
            } else if (t.text === '{') {
                if (stack.length > 0) stack[stack.length - 1].nested = true;
                stack.push({ open: i, comment: false, nested: false });
            } else if (t.text === '}' && stack.length > 0) {
                const block = stack.pop()!;
                close[block.open] = i;
                if (!block.comment && !block.nested && i > block.open + 1 && this.sameLine(this.tokens[block.open].end, t.offset)) {
                    candidates.push(block.open);
                }
            }
        }

        for (const open of candidates) {
            const owner = this.tokens[open].node;
            if (isCluster(owner) || !owner.$cstNode) continue;
            if ((isConfigBlock(owner) || isAssignmentBlock(owner)) && AstUtils.streamContents(owner).count() > 1) continue;
            const first = index.get(owner.$cstNode.offset);
            if (first !== undefined && this.width(first, close[open]) <= MAX_ONE_LINE_WIDTH) this.oneLine.add(open);
        }

        for (let open = 0; open < this.tokens.length; open++) {
            // An empty block stays `{ }`.
            if (close[open] < 0 || this.oneLine.has(open) || close[open] === open + 1) continue;
            this.role[close[open]] = CLOSE;
            for (const item of AstUtils.streamContents(this.tokens[open].node)) {
                const i = item.$cstNode && index.get(item.$cstNode.offset);
                if (i !== undefined && i > open && i < close[open]) this.role[i] = ITEM;
            }
        }
        for (const cluster of AstUtils.streamContents(root)) {
            const i = cluster.$cstNode && index.get(cluster.$cstNode.offset);
            if (i !== undefined) this.role[i] = ITEM;
        }
    }

    /** Columns of tokens first..last laid out on one line at their block level. */
    private width(first: number, last: number): number {
        let width = this.depth[first] * this.indentWidth + this.tokens[first].text.length;
        for (let i = first + 1; i <= last; i++) width += this.inlineSpace(i - 1, i) + this.tokens[i].text.length;
        return width;
    }

    private get indentWidth(): number {
        return this.indentUnit === '\t' ? 4 : this.indentUnit.length;
    }

    /** Calls back with every gap between tokens (and before the first, after the last) and the text it should be. */
    forEachGap(accept: (start: number, end: number, wanted: string) => void): void {
        const n = this.tokens.length;
        if (n === 0) return;
        // The next token that is not a comment, for comments on their own line.
        const nextCode = new Int32Array(n + 1).fill(-1);
        for (let i = n - 1; i >= 0; i--) nextCode[i] = this.tokens[i].comment ? nextCode[i + 1] : i;
        accept(0, this.tokens[0].offset, '');
        for (let i = 1; i < n; i++) accept(this.tokens[i - 1].end, this.tokens[i].offset, this.gap(i, nextCode[i + 1]));
        accept(this.tokens[n - 1].end, this.text.length, this.eol);
    }

    private gap(i: number, nextCode: number): string {
        const before = this.tokens[i - 1];
        const token = this.tokens[i];
        const original = this.text.slice(before.end, token.offset);
        const lines = countNewlines(original);
        const afterOpen = !before.comment && before.text === '{';
        if (token.comment) {
            if (lines === 0) return original.length > 0 ? original : ' ';
            const inBody = nextCode < 0 || this.role[nextCode] !== INLINE;
            return this.newline(lines >= 2 && !afterOpen, inBody ? this.depth[i] : this.depth[i] + 1);
        }
        if (this.role[i] === ITEM) return this.newline(lines >= 2 && !afterOpen, this.depth[i]);
        if (this.role[i] === CLOSE) return this.newline(false, this.depth[i] - 1);
        if (before.comment === 'line' || (before.comment === 'block' && lines > 0)) return this.newline(false, this.depth[i] + 1);
        return ' '.repeat(this.inlineSpace(i - 1, i));
    }

    private newline(blank: boolean, level: number): string {
        return (blank ? this.eol + this.eol : this.eol) + this.indentUnit.repeat(Math.max(level, 0));
    }

    /** Spaces between two tokens of one line. */
    private inlineSpace(a: number, b: number): number {
        const x = this.tokens[a];
        const y = this.tokens[b].text;
        if (x.comment) return 1;
        if (y === ',' || y === '..' || y === ']' || y === ':') return 0;
        if (x.text === '..' || x.text === '[' || x.text === '-') return 0;
        return 1;
    }

    private sameLine(from: number, to: number): boolean {
        return countNewlines(this.text.slice(from, to)) === 0;
    }
}

function countNewlines(text: string): number {
    let count = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    return count;
}
