// Diagnostics through the stdio server in a cluster split over files: after an
// edit the edited file is published again (the editor moved its markers with the
// edit, they are set right), another part only when its own diagnostics changed.
// Before, every part was published again on every keystroke.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LspClient } from '../support/lsp-client.js';
import { SERVER } from '../support/markers.js';

const FILES: Record<string, string> = {
    'cluster.kafka': `cluster payments {
    profile production
    controllers 3
    brokers 1..3 { racks "az-1", "az-2", "az-3" }
    defaults { partitions 3 replication-factor 3 min-insync-replicas 2 }
}
`,
    'orders.kafka': `cluster payments {
    topic orders { }
    producer checkout { produces orders, refunds }
}
`,
    'refunds.kafka': `cluster payments {
    topic refunds { }
    consumer-group ledger { consumes orders, refunds members 3 }
}
`
};

const settle = () => new Promise((r) => setTimeout(r, 1500));

describe('diagnostics published after an edit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-publish-'));
    const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
    let client: LspClient;
    let version = 1;
    let text = FILES['orders.kafka'];

    /** Edits orders.kafka to `next`; returns the files published after it, with their diagnostics' codes. */
    async function edit(next: string): Promise<Map<string, string[]>> {
        const from = client.notifications.length;
        const published = client.nextDiagnostics(uriOf('orders.kafka'));
        client.change(uriOf('orders.kafka'), ++version, next);
        text = next;
        await published;
        await settle();
        const files = new Map<string, string[]>();
        for (const n of client.notifications.slice(from)) {
            if (n.method !== 'textDocument/publishDiagnostics') continue;
            const { uri, diagnostics } = n.params as { uri: string; diagnostics: Diagnostic[] };
            files.set(uri.slice(uri.lastIndexOf('/') + 1), diagnostics.map((d) => String(d.code)));
        }
        return files;
    }

    beforeAll(async () => {
        for (const [name, content] of Object.entries(FILES)) writeFileSync(join(dir, name), content);
        client = await LspClient.start(SERVER, 'en', undefined, [{ uri: pathToFileURL(dir).href, name: 'payments' }]);
        const opened = client.nextDiagnostics(uriOf('orders.kafka'));
        client.open(uriOf('orders.kafka'), text);
        expect(await opened).toEqual([]);
        await settle();
    }, 60_000);
    afterAll(async () => {
        await client.stop();
        rmSync(dir, { recursive: true, force: true });
    });

    test('an edit that changes nothing elsewhere publishes the edited file only', async () => {
        const published = await edit(text.replace('topic orders { }', 'topic orders { partitions 6 }'));
        expect([...published.keys()]).toEqual(['orders.kafka']);
    }, 30_000);

    test('an edit that changes another part’s diagnostics publishes that part too, and again when they go', async () => {
        const clash = await edit(text.replace('topic orders {', 'topic refunds {'));
        expect([...clash.keys()].sort()).toEqual(['orders.kafka', 'refunds.kafka']);
        expect(clash.get('refunds.kafka')!.length).toBeGreaterThan(0);
        const back = await edit(text.replace('topic refunds {', 'topic orders {'));
        expect([...back.keys()].sort()).toEqual(['orders.kafka', 'refunds.kafka']);
        expect(back.get('refunds.kafka')).toEqual([]);
        expect(back.get('orders.kafka')).toEqual([]);
    }, 30_000);

    test('an edit that keeps the edited file’s diagnostics still publishes them (the editor waits for them)', async () => {
        const same = await edit(text.replace('partitions 6', 'partitions 7'));
        expect(same.get('orders.kafka')).toEqual([]);
        expect(same.has('cluster.kafka')).toBe(false);
    }, 30_000);
});
