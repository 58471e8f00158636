// Puts a text through the stdio server the way an editor does while someone
// types: publish diagnostics, then every read-only request an editor sends.
// Returns what went wrong: request errors, diagnostics without a code, errors
// the server logged. Empty means the server coped.
import type { CodeLens, Diagnostic, Position } from 'vscode-languageserver';
import type { LspClient } from '../../support/lsp-client.js';

export function endOf(text: string): Position {
    const lines = text.split('\n');
    return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

function positionAt(text: string, offset: number): Position {
    return endOf(text.slice(0, offset));
}

/** Errors the server logged (window/logMessage of type Error) since `from`. */
export function loggedErrors(client: LspClient, from = 0): string[] {
    return client.notifications
        .slice(from)
        .filter((n) => n.method === 'window/logMessage' && (n.params as { type: number }).type === 1)
        .map((n) => (n.params as { message: string }).message.split('\n')[0]);
}

export async function exercise(client: LspClient, uri: string, text: string, version: number, requests = true): Promise<string[]> {
    const problems: string[] = [];
    const logged = client.notifications.length;
    const published = client.nextDiagnostics(uri);
    if (version === 1) client.open(uri, text);
    else client.change(uri, version, text);
    const diagnostics: Diagnostic[] = await published;
    for (const d of diagnostics) {
        if (d.code === undefined || d.code === '') problems.push(`diagnostic without code: ${d.message}`);
    }
    if (requests) {
        const textDocument = { uri };
        const end = endOf(text);
        const middle = positionAt(text, Math.floor(text.length / 2));
        const whole = { start: { line: 0, character: 0 }, end };
        const ask = async <T>(method: string, params: object): Promise<T | undefined> => {
            try {
                return await client.request<T>(method, params);
            } catch (error) {
                problems.push(`${method}: ${error instanceof Error ? error.message : String(error)}`);
                return undefined;
            }
        };
        await ask('textDocument/hover', { textDocument, position: end });
        await ask('textDocument/hover', { textDocument, position: middle });
        await ask('textDocument/completion', { textDocument, position: end });
        await ask('textDocument/completion', { textDocument, position: middle });
        await ask('textDocument/definition', { textDocument, position: middle });
        await ask('textDocument/references', { textDocument, position: middle, context: { includeDeclaration: true } });
        await ask('textDocument/prepareRename', { textDocument, position: middle });
        await ask('textDocument/documentSymbol', { textDocument });
        await ask('textDocument/semanticTokens/full', { textDocument });
        await ask('textDocument/foldingRange', { textDocument });
        await ask('textDocument/inlayHint', { textDocument, range: whole });
        await ask('textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } });
        // As an editor asks: for the diagnostics under the cursor (each offered fix is re-validated, so not all at once).
        const atCursor = (p: Position) => diagnostics.filter((d) => d.range.start.line <= p.line && p.line <= d.range.end.line);
        await ask('textDocument/codeAction', { textDocument, range: { start: end, end }, context: { diagnostics: atCursor(end) } });
        await ask('textDocument/codeAction', { textDocument, range: { start: middle, end: middle }, context: { diagnostics: atCursor(middle) } });
        const lenses = await ask<CodeLens[]>('textDocument/codeLens', { textDocument });
        for (const lens of (lenses ?? []).slice(0, 3)) await ask('codeLens/resolve', lens);
    }
    problems.push(...loggedErrors(client, logged).map((m) => `logged: ${m}`));
    if (client.exitCode !== undefined) problems.push(`server exited with ${client.exitCode}: ${client.stderr.slice(-500)}`);
    return problems;
}
