// The failover requests through the standalone server (out/language-server/main.cjs,
// run `node esbuild.mjs` first), as the extension sends them: the view follows
// edits of the open document; plus the architecture the issue asks for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    ClustersRequest, FailoverViewRequest, SaveScenarioRequest, ScenarioStepsRequest, ScenarioTestsRequest, type ClustersResult,
    type FailoverViewResult, type SaveScenarioResult, type ScenarioStepsResult, type ScenarioTestsResult
} from '../../language-server/protocol.js';
import { LspClient } from '../support/lsp-client.js';
import { REPO, SERVER } from '../support/markers.js';
import { failBroker } from './helpers.js';

let client: LspClient;
const uri = 'file:///tmp/failover-protocol/order-platform.kafka';
const text = readFileSync(join(REPO, 'samples', 'order-platform.kafka'), 'utf8');

beforeAll(async () => {
    client = await LspClient.start(SERVER, 'en');
    const diagnostics = client.nextDiagnostics(uri);
    client.open(uri, text);
    await diagnostics;
});

afterAll(() => client.stop());

describe('kafkaTopology/* requests over stdio', () => {
    test('clusters, then the view after failing broker 1 with its log line', async () => {
        const { clusters } = await client.request<ClustersResult>(ClustersRequest.method, { uri });
        expect(clusters.map((c) => c.name)).toEqual(['order-platform']);
        const r = await client.request<FailoverViewResult>(FailoverViewRequest.method, { uri, cluster: 'order-platform', items: [failBroker(1)] });
        const p0 = r.view!.topics.find((t) => t.name === 'order-created')!.partitions[0];
        expect(p0.leader).toBe(2);
        expect(r.timeline[0].log.map((l) => l.text)).toContain(
            'Broker 1 failed → order-created P0: leader 1 → 2, the first in-sync replica in assignment order; ISR [2,3]; acks=all writes still succeed (ISR 2 ≥ min ISR 2)'
        );
        expect(r.serverMs).toBeGreaterThanOrEqual(0);
    });

    test('the locale parameter switches the log to Korean', async () => {
        const r = await client.request<FailoverViewResult>(FailoverViewRequest.method, { uri, cluster: 'order-platform', items: [failBroker(1)], locale: 'ko' });
        expect(r.locale).toBe('ko');
        expect(r.timeline[0].log[0].text).toBe('브로커 1 장애; 컨트롤러가 펜싱했습니다');
    });

    test('scenarioSteps and saveScenario', async () => {
        const steps = await client.request<ScenarioStepsResult>(ScenarioStepsRequest.method, { uri, cluster: 'order-platform', scenario: 'leader-broker-dies' });
        expect(steps.items).toHaveLength(9);
        const saved = await client.request<SaveScenarioResult>(SaveScenarioRequest.method, { uri, cluster: 'order-platform', name: 'saved', items: [failBroker(2)] });
        expect(saved.text).toBe('    scenario saved {\n        fail broker 2\n    }\n');
        expect(Object.keys(saved.edit!.changes!)).toEqual([uri]);
    });

    test('scenarioTests: the scenarios and their expectations, for the Test Explorer', async () => {
        const { scenarios } = await client.request<ScenarioTestsResult>(ScenarioTestsRequest.method, { uri });
        expect(scenarios.map((s) => s.name)).toEqual(['leader-broker-dies', 'two-brokers-die', 'consumer-leaves']);
        expect(scenarios[2].expectations).toEqual([{ index: 1, line: text.split('\n').findIndex((l) => l.includes('expect group order-service balanced  // A-1')) + 1, text: 'expect group order-service balanced' }]);
    });

    test('a request right after an edit sees the edited file (the step naming a removed broker is dropped)', async () => {
        client.change(uri, 2, text.replace('    broker 3 { rack "az-3" }\n', '    broker 3 { rack "az-3" }\n    broker 4 { rack "az-3" }\n'));
        const grown = await client.request<FailoverViewResult>(FailoverViewRequest.method, { uri, cluster: 'order-platform', items: [failBroker(4)] });
        expect(grown.dropped).toEqual([]);
        expect(grown.view!.brokerCount).toBe(4);
        client.change(uri, 3, text);
        const shrunk = await client.request<FailoverViewResult>(FailoverViewRequest.method, { uri, cluster: 'order-platform', items: [failBroker(4), failBroker(1)] });
        expect(shrunk.view!.brokerCount).toBe(3);
        expect(shrunk.dropped).toEqual(['fail broker 4']);
        expect(shrunk.items).toEqual([failBroker(1)]);
    });

    test('a file the server has not opened is read from disk', async () => {
        const onDisk = `file://${join(REPO, 'samples', 'multi-az-production.kafka')}`;
        const r = await client.request<FailoverViewResult>(FailoverViewRequest.method, { uri: onDisk, cluster: 'payments-prod', items: [] });
        expect(r.problem).toBeUndefined();
        expect(r.view!.brokerCount).toBe(9);
    });
});

describe('architecture', () => {
    test('the protocol module imports neither vscode nor the server', () => {
        const source = readFileSync(join(REPO, 'language-server', 'protocol.ts'), 'utf8');
        const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
        expect(imports.length).toBeGreaterThan(0);
        for (const from of imports) expect(from).toMatch(/^(vscode-languageserver-protocol|\.\.\/simulator\/[\w-]+\.js)$/);
    });

    test('the webview bundle is a separate browser build without LSP or simulator code', () => {
        const bundle = readFileSync(join(REPO, 'out', 'webview', 'app.js'), 'utf8');
        expect(bundle.length).toBeLessThan(100_000);
        for (const marker of ['vscode-jsonrpc', 'require("vscode")', 'applyStep', 'murmur2', 'electLeader']) expect(bundle).not.toContain(marker);
        expect(readFileSync(join(REPO, 'out', 'webview', 'app.css'), 'utf8')).toContain('--vscode-');
    });

    test('the webview renders user text with textContent only', () => {
        const app = join(REPO, 'extension', 'webview', 'app');
        const files = readdirSync(app).filter((f) => f.endsWith('.ts'));
        expect(files).toEqual(expect.arrayContaining(['main.ts', 'dom.ts', 'render-matrix.ts', 'render-dataflow.ts', 'render-strip.ts', 'animate-leaders.ts']));
        const sources = files.map((f) => readFileSync(join(app, f), 'utf8'));
        for (const source of sources) expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    });
});
