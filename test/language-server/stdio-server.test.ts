// The standalone server (`kafka-topology-language-server --stdio`), as another
// editor would use it: spawn, initialize, open a file, receive publishDiagnostics.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SERVER } from '../support/markers.js';
import { LspClient } from '../support/lsp-client.js';

let client: LspClient;

beforeAll(async () => {
    client = await LspClient.start(SERVER, 'ko');
});

afterAll(() => client.stop());

test('publishes diagnostics with codes, in the client locale', async () => {
    // Each file in a folder of its own: two files of one folder that both declare `cluster c` would be parts of one cluster.
    const uri = 'file:///tmp/stdio-test/topology.kafka';
    const diagnostics = client.nextDiagnostics(uri);
    client.open(uri, 'cluster c {\n    broker 1\n    broker 2\n    topic t { partitions 0 }\n}\n');
    const published = await diagnostics;
    const codes = published.map((d) => d.code).sort();
    expect(codes).toContain('quorum-even');
    expect(codes).toContain('invalid-partitions');
    const invalid = published.find((d) => d.code === 'invalid-partitions')!;
    expect(invalid.range.start.line).toBe(3);
    expect(invalid.message).toMatch(/파티션/);
});

test('re-validates after an edit', async () => {
    const uri = 'file:///tmp/stdio-edit/topology.kafka';
    let diagnostics = client.nextDiagnostics(uri);
    client.open(uri, 'cluster c { broker 1 broker 2 broker 3 topic t { partitions 0 } }');
    expect((await diagnostics).map((d) => d.code)).toContain('invalid-partitions');
    diagnostics = client.nextDiagnostics(uri);
    client.change(uri, 2, 'cluster c { profile development broker 1 broker 2 broker 3 topic t { partitions 1 } }');
    expect((await diagnostics).map((d) => d.code)).toEqual([]);
});
