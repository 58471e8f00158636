// An editor does not wait for one answer before it asks the next: on opening a file VS Code asks at once for
// the visible range's tokens, the whole file's, folding, symbols, code lenses and inlay hints. Every answer
// must be the one the same request gets alone (Langium's semantic token provider kept its request in fields
// and mixed two requests' tokens).
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
