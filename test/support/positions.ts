// Where diagnostics start, for assertions on code + range (never on wording).
import { expect } from 'vitest';
import type { DiagnosticSeverity, Position } from 'vscode-languageserver';
import { lineOf, withCode, type Validated } from './language.js';

/** The 0-based position of the `occurrence`-th `needle` in `text`, moved right by `shift`. */
export function at(text: string, needle: string, occurrence = 1, shift = 0): Position {
    let index = -1;
    for (let i = 0; i < occurrence; i++) index = text.indexOf(needle, index + 1);
    return { line: lineOf(text, needle, occurrence) - 1, character: index - text.lastIndexOf('\n', index) - 1 + shift };
}

/** Exactly one diagnostic of `code`, starting at `start`, with `severity`. */
export function expectOne(v: Validated, code: string, severity: DiagnosticSeverity, start: Position): void {
    expect(withCode(v, code).map((d) => ({ start: d.range.start, severity: d.severity }))).toEqual([{ start, severity }]);
}
