// An editor does not wait for one answer before it asks the next: on opening a file VS Code asks at once for
// the visible range's tokens, the whole file's, folding, symbols, code lenses and inlay hints. Every answer
// must be the one the same request gets alone (Langium's semantic token provider kept its request in fields
// and mixed two requests' tokens).
import type { Diagnostic } from 'vscode-languageserver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateTopology } from '../../bench/generate-topology.js';
import { LspClient } from '../support/lsp-client.js';
import { SERVER } from '../support/markers.js';

const TEXT = generateTopology({ brokers: 9, topics: 600, partitionsPerTopic: 3, verboseTopics: true });
const URI = 'file:///concurrent/topology.kafka';

/** The line of the first occurrence of `needle`, and the character just inside it. */
function at(needle: string, shift = 1): { line: number; character: number } {
    const offset = TEXT.indexOf(needle);
    expect(offset, needle).toBeGreaterThanOrEqual(0);
    const before = TEXT.slice(0, offset + shift).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

/** A semantic tokens answer without its result id (each answer has its own). */
function comparable(method: string, answer: unknown): unknown {
    return method.startsWith('textDocument/semanticTokens') && answer && typeof answer === 'object' ? { data: (answer as { data: unknown }).data } : answer;
}

describe('requests sent together', () => {
    let client: LspClient;
    beforeAll(async () => {
        client = await LspClient.start(SERVER);
        const published = client.nextDiagnostics(URI);
        client.open(URI, TEXT);
        await published;
    }, 120_000);
    afterAll(() => client.stop());

    test('each gets the answer it gets alone', async () => {
        const textDocument = { uri: URI };
        const lines = TEXT.split('\n').length;
        const requests: [string, object][] = [
            ['textDocument/semanticTokens/range', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } } }],
            ['textDocument/semanticTokens/full', { textDocument }],
            ['textDocument/semanticTokens/range', { textDocument, range: { start: { line: 2000, character: 0 }, end: { line: 2060, character: 0 } } }],
            ['textDocument/foldingRange', { textDocument }],
            ['textDocument/documentSymbol', { textDocument }],
            ['textDocument/codeLens', { textDocument }],
            ['textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } } }],
            ['textDocument/hover', { textDocument, position: at('topic ', 8) }],
            ['textDocument/documentHighlight', { textDocument, position: at('produces ', 10) }],
            ['textDocument/definition', { textDocument, position: at('produces ', 10) }],
            ['textDocument/references', { textDocument, position: at('produces ', 10), context: { includeDeclaration: true } }],
            ['textDocument/completion', { textDocument, position: at('partitions ', 0) }]
        ];
        const alone: unknown[] = [];
        for (const [method, params] of requests) alone.push(comparable(method, await client.request(method, params)));
        // The whole-file tokens take long enough to yield to the others (6 000+ tokens).
        expect(((alone[1] as { data: number[] }).data.length / 5)).toBeGreaterThan(6000);
        for (let round = 0; round < 2; round++) {
            const order = round === 0 ? requests.map((_, i) => i) : requests.map((_, i) => requests.length - 1 - i);
            const answers = await Promise.all(order.map((i) => client.request(requests[i][0], requests[i][1])));
            order.forEach((i, k) => expect(comparable(requests[i][0], answers[k]), `${requests[i][0]} (round ${round})`).toEqual(alone[i]));
        }
    }, 120_000);
});

/** LSP's answers to a request the server gave up because the document changed. */
const SUPERSEDED = [-32800 /* RequestCancelled */, -32801 /* ContentModified */];

const sortedDiagnostics = (list: Diagnostic[]) =>
    list.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${d.message}`).sort();

describe('requests while the user types', () => {
    let client: LspClient;
    beforeAll(async () => {
        client = await LspClient.start(SERVER);
    }, 120_000);
    afterAll(() => client.stop());

    test('every request is answered or given up as superseded, and the last text gets the diagnostics a fresh open gets', async () => {
        const uri = 'file:///typing/topology.kafka';
        const opened = client.nextDiagnostics(uri);
        client.open(uri, TEXT);
        await opened;
        const textDocument = { uri };
        const target = at('partitions 3', 11);
        const failures: string[] = [];
        const inFlight: Promise<unknown>[] = [];
        let text = TEXT;
        for (let version = 2; version < 22; version++) {
            // Typing over the first topic's partition count: a number from 1 to 7, and nothing (half-typed) every fourth edit.
            const value = version % 4 === 0 ? '' : String((version % 7) + 1);
            const lines = text.split('\n');
            const lineText = lines[target.line];
            let end = target.character;
            while (/\d/.test(lineText[end] ?? '')) end++;
            client.changeRange(uri, version, { start: target, end: { line: target.line, character: end } }, value);
            lines[target.line] = lineText.slice(0, target.character) + value + lineText.slice(end);
            text = lines.join('\n');
            for (const [method, params] of [
                ['textDocument/semanticTokens/full', { textDocument }],
                ['textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 80, character: 0 } } }],
                ['textDocument/codeLens', { textDocument }],
                ['textDocument/hover', { textDocument, position: target }],
                ['textDocument/completion', { textDocument, position: target }],
                ['textDocument/documentSymbol', { textDocument }]
            ] as const) {
                inFlight.push(
                    client.request(method, params).catch((e: Error) => {
                        const code = (JSON.parse(e.message) as { code?: number }).code;
                        if (!SUPERSEDED.includes(code ?? 0)) failures.push(`${method} at version ${version}: ${e.message}`);
                    })
                );
            }
        }
        await Promise.all(inFlight);
        expect(failures).toEqual([]);
        // The builds of the typed versions have published by now; one more change with the same text gets the last diagnostics.
        await new Promise((r) => setTimeout(r, 1000));
        const last = client.nextDiagnostics(uri);
        client.change(uri, 22, text);
        const typed = sortedDiagnostics(await last);
        const freshUri = 'file:///typing-fresh/topology.kafka';
        const fresh = client.nextDiagnostics(freshUri);
        client.open(freshUri, text);
        expect(typed).toEqual(sortedDiagnostics(await fresh));
        expect(text).not.toEqual(TEXT);
    }, 180_000);
});
