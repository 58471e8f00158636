// Text edits the quick fixes are made of: replace a node, delete whole lines,
// insert a property into a `{ }` block, all computed on the document's text.
import { CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver';

/** The innermost AST node of the given type whose text contains the range's start. */
export function nodeAt<T extends AstNode>(document: LangiumDocument, range: Range, guard: (node: unknown) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const offset = document.textDocument.offsetAt(range.start);
    let node: AstNode | undefined = CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
    while (node && !guard(node)) node = node.$container;
    return node;
}

export function replace(node: CstNode | undefined, text: string): TextEdit[] {
    return node ? [{ range: node.range, newText: text }] : [];
}

export function replaceProperty(node: AstNode, property: string, text: string, index?: number): TextEdit[] {
    return replace(GrammarUtils.findNodeForProperty(node.$cstNode, property, index), text);
}

/** Deletes `range`; when nothing else stands on its lines (comments aside), the whole lines go. */
export function deleteRange(document: LangiumDocument, range: Range): TextEdit {
    const text = document.textDocument;
    const lineStart = text.offsetAt({ line: range.start.line, character: 0 });
    const start = text.offsetAt(range.start);
    const end = text.offsetAt(range.end);
    const rest = text.getText().slice(end);
    const lineEnd = end + (rest.search(/\r?\n|$/));
    const before = text.getText().slice(lineStart, start);
    const after = text.getText().slice(end, lineEnd);
    if (/^\s*$/.test(before) && /^\s*(\/\/.*)?$/.test(after)) {
        return { range: { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } }, newText: '' };
    }
    const trailing = /^ */.exec(after)?.[0].length ?? 0;
    return { range: { start: range.start, end: text.positionAt(end + trailing) }, newText: '' };
}

/** Inserts `line` as the last item of the `{ … }` block of `node`. */
export function insertIntoBlock(document: LangiumDocument, node: AstNode, line: string): TextEdit[] {
    const cst = node.$cstNode;
    const open = GrammarUtils.findNodeForKeyword(cst, '{');
    const close = GrammarUtils.findNodesForKeyword(cst, '}').at(-1);
    if (!cst || !open || !close) return [];
    const text = document.textDocument;
    if (open.range.start.line === close.range.start.line) {
        // `topic t { partitions 3 }` → `topic t { partitions 3 <line> }`
        const spaced = /\s/.test(text.getText().charAt(text.offsetAt(close.range.start) - 1));
        return [{ range: { start: close.range.start, end: close.range.start }, newText: `${spaced ? '' : ' '}${line} ` }];
    }
    const at = { line: close.range.start.line, character: 0 };
    return [{ range: { start: at, end: at }, newText: `${indentationOf(document, close.range.start.line)}    ${line}\n` }];
}

export function indentationOf(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^[ \t]*/.exec(text)?.[0] ?? '';
}
