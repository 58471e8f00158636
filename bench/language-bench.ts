// The language's figures (issue 3): parse + link + validate of a generated
// 30 000-line topology in process, `kafka-topology check` on it (node start-up
// included), and the edit-to-diagnostics latency through the stdio language
// server on it and on the study notes' sample.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DocumentState, EmptyFileSystem } from 'langium';
import { URI } from 'vscode-uri';
import { createKafkaTopologyServices } from '../language-server/kafka-topology-module.js';
import { LspClient } from '../test/support/lsp-client.js';
import { generateTopology } from './generate-topology.js';
import { fmt, median, timeAsync, type Row } from './timing.js';

const repo = resolve(__dirname, '../..');

/** About 30 000 lines: verbose topics (about 9 lines each) with producers, groups and scenarios. */
export function thirtyThousandLines(): string {
    return generateTopology({ brokers: 9, racks: 3, topics: 3000, partitionsPerTopic: 6, verboseTopics: true, producers: 300, groups: 300, scenarios: 4 });
}

async function inProcess(text: string, rows: Row[], lines: number): Promise<void> {
    const { shared } = createKafkaTopologyServices(EmptyFileSystem);
    const phases: Array<Record<'parse' | 'link' | 'validate' | 'total', number>> = [];
    let diagnostics = 0;
    for (let i = 0; i < 6; i++) {
        const started = performance.now();
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/run-${i}.kafka`));
        const parsed = performance.now();
        shared.workspace.LangiumDocuments.addDocument(document);
        let linked = parsed;
        const listener = shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Linked, () => {
            linked = performance.now();
        });
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const done = performance.now();
        listener.dispose();
        diagnostics = document.diagnostics?.length ?? 0;
        shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        if (i > 0) phases.push({ parse: parsed - started, link: linked - parsed, validate: done - linked, total: done - started }); // run 0 warms up
    }
    const m = (k: keyof (typeof phases)[number]) => fmt(median(phases.map((p) => p[k])));
    rows.push([`parse + link + validate ${lines} lines (in process)`, `${m('total')} ms (parse ${m('parse')}, link ${m('link')}, validate ${m('validate')}; ${diagnostics} diagnostics)`, '< 1 s']);
}

function cli(file: string, rows: Row[], lines: number): void {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
        const started = performance.now();
        spawnSync(process.execPath, [join(repo, 'out/cli/main.cjs'), 'check', file, '--format', 'json'], { stdio: 'ignore' });
        times.push(performance.now() - started);
    }
    rows.push([`kafka-topology check, ${lines} lines (incl. node start-up)`, `${fmt(median(times))} ms`, '-']);
}

async function lspLatency(label: string, text: string, edit: (text: string, i: number) => string, rows: Row[]): Promise<void> {
    const client = await LspClient.start(join(repo, 'out/language-server/main.cjs'));
    try {
        const uri = `file:///bench/${label.replace(/\W+/g, '-')}.kafka`;
        const opened = performance.now();
        const first = client.nextDiagnostics(uri);
        client.open(uri, text);
        await first;
        const openMs = performance.now() - opened;
        const { ms } = await timeAsync(7, async (i) => {
            const published = client.nextDiagnostics(uri);
            client.change(uri, i + 2, edit(text, i));
            await published;
        });
        rows.push([`LSP edit → diagnostics: ${label}`, `${fmt(ms)} ms (open: ${fmt(openMs)} ms)`, '-']);
    } finally {
        await client.stop();
    }
}

export async function languageBench(rows: Row[]): Promise<void> {
    const text = thirtyThousandLines();
    const lines = text.split('\n').length;
    await inProcess(text, rows, lines);
    const dir = mkdtempSync(join(tmpdir(), 'kafka-bench-'));
    try {
        const file = join(dir, 'thirty-thousand-lines.kafka');
        writeFileSync(file, text);
        cli(file, rows, lines);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
    // Each edit changes a value every topic inherits, so the whole file is re-checked.
    const toggle = (source: string, i: number) => source.replace(/min-insync-replicas 2/, `min-insync-replicas ${i % 2 === 0 ? 1 : 2}`);
    await lspLatency(`${lines}-line topology`, text, toggle, rows);
    const sample = readFileSync(join(repo, 'samples/order-platform.kafka'), 'utf8');
    await lspLatency('study notes sample (order-platform.kafka)', sample, toggle, rows);
}
