// At most MAX_DIAGNOSTICS diagnostics per file: a pasted binary or a file in
// another format would otherwise publish ~100 000 of them (a 20 MB message
// that freezes the Problems panel). The most severe come first; one summary
// diagnostic says how many were left out. 10 000 keeps every problem of a
// 30 000-line topology with an error on every third line (a generated file
// gone wrong) and bounds a publish to about 2 MB.
import type { Diagnostic } from 'vscode-languageserver';
import { localize, type Locale } from '../messages/index.js';
import { IssueCodes } from './issue-codes.js';

export const MAX_DIAGNOSTICS = 10_000;

export function capDiagnostics(diagnostics: Diagnostic[], locale: Locale): Diagnostic[] {
    if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
    const bySeverity = diagnostics
        .map((d, i) => [d, i] as const)
        .sort(([a, i], [b, j]) => (a.severity ?? 1) - (b.severity ?? 1) || i - j)
        .slice(0, MAX_DIAGNOSTICS)
        .map(([d]) => d);
    const last = bySeverity.reduce((latest, d) => (comparePositions(d.range.end, latest) > 0 ? d.range.end : latest), bySeverity[0].range.end);
    bySeverity.push({
        severity: 3,
        range: { start: last, end: last },
        message: localize(IssueCodes.DiagnosticsTruncated, { shown: MAX_DIAGNOSTICS, omitted: diagnostics.length - MAX_DIAGNOSTICS }, locale),
        code: IssueCodes.DiagnosticsTruncated,
        source: diagnostics[0].source,
        data: { code: IssueCodes.DiagnosticsTruncated }
    });
    return bySeverity;
}

function comparePositions(a: Diagnostic['range']['end'], b: Diagnostic['range']['end']): number {
    return a.line - b.line || a.character - b.character;
}
