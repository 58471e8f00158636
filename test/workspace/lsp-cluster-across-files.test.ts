// The stdio server on a split cluster: opening one file of a workspace folder
// loads the rest of its folder, and an edit in one file re-checks the others.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { URI } from 'vscode-uri';
import { LspClient } from '../support/lsp-client.js';
import { SERVER } from '../support/markers.js';

let dir: string;
let client: LspClient;
const CLUSTER = 'cluster shop {\n    brokers 1..3\n    defaults { replication-factor 3 min-insync-replicas 2 }\n}\n';
const ORDERS = 'cluster shop {\n    topic orders { }\n    producer checkout { produces orders, refunds }\n}\n';
const REFUNDS = 'cluster shop {\n    topic refunds { }\n}\n';
const uriOf = (name: string) => URI.file(join(dir, 'shop', name)).toString();

beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kafka-lsp-folder-'));
    mkdirSync(join(dir, 'shop'));
    writeFileSync(join(dir, 'shop', 'cluster.kafka'), CLUSTER);
    writeFileSync(join(dir, 'shop', 'orders.kafka'), ORDERS);
    writeFileSync(join(dir, 'shop', 'refunds.kafka'), REFUNDS);
    client = await LspClient.start(SERVER, 'en', undefined, [{ uri: URI.file(dir).toString(), name: 'workspace' }]);
});

afterAll(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
});

test('an open file resolves names declared in the other files of its folder', async () => {
    const published = client.nextDiagnostics(uriOf('orders.kafka'));
    // The other files are loaded with it and checked in the same build (the next test waits for their next check).
    const others = ['cluster.kafka', 'refunds.kafka'].map((name) => client.nextDiagnostics(uriOf(name)));
    client.open(uriOf('orders.kafka'), ORDERS);
    expect((await published).map((d) => d.code)).toEqual([]);
    expect((await Promise.all(others)).map((diagnostics) => diagnostics.map((d) => d.code))).toEqual([[], []]);
});

test('an edit in one file re-checks the other files of its cluster', async () => {
    // orders.kafka comes before refunds.kafka: its declaration is the first, refunds.kafka's the duplicate.
    const edited = client.nextDiagnostics(uriOf('orders.kafka'));
    const other = client.nextDiagnostics(uriOf('refunds.kafka'));
    client.change(uriOf('orders.kafka'), 2, ORDERS.replace('topic orders { }', 'topic orders { }\n    topic refunds { }'));
    expect((await edited).map((d) => d.code)).toEqual([]);
    expect((await other).map((d) => `${d.range.start.line + 1}:${d.code}`)).toEqual(['2:duplicate-topic']);
});

test('an edit that declares a topic of an earlier file again is reported in the edited file', async () => {
    const opened = client.nextDiagnostics(uriOf('refunds.kafka'));
    client.open(uriOf('refunds.kafka'), REFUNDS);
    expect((await opened).map((d) => d.code)).toEqual(['duplicate-topic']);
    const edited = client.nextDiagnostics(uriOf('refunds.kafka'));
    client.change(uriOf('refunds.kafka'), 2, REFUNDS.replace('topic refunds { }', 'topic refunds { }\n    topic orders { }'));
    expect((await edited).map((d) => `${d.range.start.line + 1}:${d.code}`)).toEqual(['2:duplicate-topic', '3:duplicate-topic']);
});
