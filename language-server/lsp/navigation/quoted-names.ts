// Quoted names (`topic "2fa-events"`) as the editor sees them: the cursor on
// the opening quote means the name, and a name's range is inside its quotes.
import type { LangiumDocument } from 'langium';
import type { Position, Range } from 'vscode-languageserver';

const NAME_CHAR = /[A-Za-z0-9._-]/;

/** The position to look a name up at: one to the right when the cursor is on an opening quote. */
export function namePosition(document: LangiumDocument, position: Position): Position {
    const text = document.textDocument.getText();
    const offset = document.textDocument.offsetAt(position);
    const opening = text.charAt(offset) === '"' && !NAME_CHAR.test(text.charAt(offset - 1)) && text.charAt(offset + 1) !== '"';
    return opening ? document.textDocument.positionAt(offset + 1) : position;
}

/** A range without the quotes around it, when it is a quoted name. */
export function insideQuotes(document: LangiumDocument, range: Range): Range {
    const text = document.textDocument.getText(range);
    if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return range;
    return { start: { line: range.start.line, character: range.start.character + 1 }, end: { line: range.end.line, character: range.end.character - 1 } };
}
