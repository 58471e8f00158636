// The stdio server under the hostile inputs of issue 9, and its document
// lifecycle: closed documents released and cleared, open documents first.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateTopology } from '../../bench/generate-topology.js';
import { LspClient } from '../support/lsp-client.js';
import { SERVER } from '../support/markers.js';
import { HOSTILE_INPUTS } from './hostile-inputs.js';
import { exercise } from './support/exercise.js';

describe('hostile inputs', () => {
    let client: LspClient;
    beforeAll(async () => {
        client = await LspClient.start(SERVER);
    });
    afterAll(() => client.stop());

    test.each(HOSTILE_INPUTS.map(([name, text], i) => [name, text, i] as const))('%s: no request fails, nothing logged, the server stays', async (_name, text, i) => {
        const uri = `file:///hostile/${i}.kafka`;
        expect(await exercise(client, uri, text(), 1)).toEqual([]);
        client.close(uri);
    }, 300_000);
});

describe('closed documents', () => {
    let client: LspClient;
    beforeAll(async () => {
        client = await LspClient.start(SERVER);
    });
    afterAll(() => client.stop());

    test('an untitled document closed: its diagnostics are cleared', async () => {
        const uri = 'untitled:Untitled-1';
        const opened = client.nextDiagnostics(uri);
        client.open(uri, 'cluster c { broker 1 topic t { partitions 0 } }');
        expect((await opened).map((d) => d.code)).toContain('invalid-partitions');
        const cleared = client.nextDiagnostics(uri);
        client.close(uri);
        expect(await cleared).toEqual([]);
    });

    test('a closed document is released: a request on it finds no document', async () => {
        const uri = 'file:///closed/released.kafka';
        const opened = client.nextDiagnostics(uri);
        client.open(uri, 'cluster c { brokers 1..3 topic t { } }');
        await opened;
        const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
        expect(symbols.length).toBeGreaterThan(0);
        const cleared = client.nextDiagnostics(uri);
        client.close(uri);
        await cleared;
        // The file does not exist on disk: once released, there is nothing left to answer from.
        await expect(client.request('textDocument/documentSymbol', { textDocument: { uri } })).rejects.toThrow();
    });
});

describe('a workspace folder full of large files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-workspace-'));
    let client: LspClient;
    beforeAll(async () => {
        // In folders of their own: the files of the opened file's folder are its cluster's possible parts and load with it.
        const large = generateTopology({ brokers: 9, topics: 2000, partitionsPerTopic: 6, verboseTopics: true });
        for (let i = 0; i < 6; i++) {
            mkdirSync(join(dir, `large-${i}`));
            writeFileSync(join(dir, `large-${i}`, 'large.kafka'), large);
        }
        mkdirSync(join(dir, 'small'));
        client = await LspClient.start(SERVER, 'en', undefined, [{ uri: pathToFileURL(dir).href, name: 'large' }]);
    }, 60_000);
    afterAll(async () => {
        await client.stop();
        rmSync(dir, { recursive: true, force: true });
    });

    test('the opened file gets its diagnostics, and no other file is loaded or validated', async () => {
        const uri = pathToFileURL(join(dir, 'small', 'small.kafka')).href;
        const published = client.nextDiagnostics(uri);
        client.open(uri, 'cluster c {\n    brokers 1..3\n    topic t { partitions 0 }\n}\n');
        expect((await published).map((d) => d.code)).toContain('invalid-partitions');
        const others = client.notifications
            .filter((n) => n.method === 'textDocument/publishDiagnostics')
            .map((n) => (n.params as { uri: string }).uri)
            .filter((u) => u.startsWith(pathToFileURL(dir).href) && u !== uri);
        expect(others).toEqual([]);
    }, 30_000);
});
