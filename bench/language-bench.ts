// The language's figures (issues 3 and 15), side by side with the route users
// take today (a JulieOps-style YAML of the same topology, js-yaml + ajv + a
// reference pass) measured in the same run: parse + link + validate in process,
// edit → diagnostics through the stdio server (warm, p50/p95), `kafka-topology
// check` as a whole process (CPU, peak RSS) against the YAML route's process,
// a 200 000-line file, and a cluster split over 100 files; in process, an
// edit's phases with the block re-parse on and off (in-process-edits.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DocumentState, EmptyFileSystem } from 'langium';
import type { Range } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { createKafkaTopologyServices } from '../language-server/kafka-topology-module.js';
import { LspClient } from '../test/support/lsp-client.js';
import { generateSplitTopology, teamFile } from './generate-split-topology.js';
import { generateTopology, type TopologyShape } from './generate-topology.js';
import { inProcessEdits } from './in-process-edits.js';
import { inProcessSplitEdits } from './in-process-split-edits.js';
import { measureProcess, type ProcessUsage } from './process-usage.js';
import { fmt, median, time, type Row } from './timing.js';
import { createYamlChecker } from './yaml-route/julie-check.js';
import { julieYaml } from './yaml-route/julie-topology.js';

const repo = resolve(__dirname, '../..');
const SERVER = join(repo, 'out/language-server/main.cjs');

/** The topology: 99 brokers, 3 600 topics, 720 producers, 360 groups, about 30 000 lines. */
export const THIRTY_THOUSAND: TopologyShape = {
    brokers: 99, racks: 3, topics: 3600, partitionsPerTopic: 6, verboseTopics: true, configEntries: 1,
    producers: 720, groups: 360, topicsPerClient: 5, scenarios: 4
};

/** The same shape, about 200 000 lines. */
export const TWO_HUNDRED_THOUSAND: TopologyShape = { ...THIRTY_THOUSAND, topics: 24_000, producers: 4800, groups: 2400 };

/** About 30 000 lines (kept for the other benches and tests that name it). */
export function thirtyThousandLines(): string {
    return generateTopology(THIRTY_THOUSAND);
}

const lineCount = (text: string) => text.split('\n').length;
const percentile = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** Where the i-th typing edit goes: the `retention.ms` value of a topic spread over the file. */
function retentionEdit(text: string, i: number, edits: number): { range: Range; text: string } {
    const lines = text.split('\n');
    const candidates: number[] = [];
    lines.forEach((l, n) => {
        if (l.includes('retention.ms = ')) candidates.push(n);
    });
    const line = candidates[Math.floor(((i + 0.5) / edits) * candidates.length)];
    const start = lines[line].indexOf('= ') + 2;
    const end = lines[line].length;
    // A typing edit changes the text: never the value the line already has.
    const value = `${2 + (i % 20)}d` === lines[line].slice(start, end) ? `${3 + (i % 20)}d` : `${2 + (i % 20)}d`;
    return { range: { start: { line, character: start }, end: { line, character: end } }, text: value };
}

function yamlInProcess(yaml: string, rows: Row[]): number {
    const check = createYamlChecker();
    const problems = check(yaml).length;
    const { ms } = time(10, () => check(yaml));
    rows.push([`YAML route in process: js-yaml + ajv + references, ${lineCount(yaml)} YAML lines`, `${fmt(ms)} ms (${problems} problems)`, 'the peer']);
    return ms;
}

async function inProcess(text: string, rows: Row[]): Promise<void> {
    const phases: Array<Record<'parse' | 'link' | 'validate' | 'total', number>> = [];
    let diagnostics = 0;
    for (let i = 0; i < 4; i++) {
        // New services each run: nothing kept from an earlier build (the analysis cache lives in them).
        const { shared } = createKafkaTopologyServices(EmptyFileSystem);
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
    rows.push([`parse + link + validate ${lineCount(text)} lines (in process, from scratch)`, `${m('total')} ms (parse ${m('parse')}, link ${m('link')}, validate ${m('validate')}; ${diagnostics} diagnostics)`, '-']);
}

function usageOf(runs: number, script: string, args: readonly string[]): ProcessUsage {
    return medianUsage(Array.from({ length: runs }, () => measureProcess(script, args)));
}

/**
 * Two commands' usage, their runs alternating after one run each that is not counted (it fills
 * the OS's file cache, and our CLI's code cache): this machine's speed drifts by ±15 % within
 * a minute, and alternating gives both commands the same spells.
 */
function alternatingUsage(runs: number, a: readonly [string, readonly string[]], b: readonly [string, readonly string[]]): [ProcessUsage, ProcessUsage] {
    measureProcess(...a);
    measureProcess(...b);
    const as: ProcessUsage[] = [];
    const bs: ProcessUsage[] = [];
    for (let i = 0; i < runs; i++) {
        as.push(measureProcess(...a));
        bs.push(measureProcess(...b));
    }
    return [medianUsage(as), medianUsage(bs)];
}

function medianUsage(all: readonly ProcessUsage[]): ProcessUsage {
    return {
        wallMs: median(all.map((u) => u.wallMs)),
        cpuMs: median(all.map((u) => u.cpuMs)),
        peakRssMb: median(all.map((u) => u.peakRssMb)),
        status: all[0].status
    };
}

const usageText = (u: ProcessUsage) => `CPU ${fmt(u.cpuMs)} ms, peak RSS ${u.peakRssMb.toFixed(0)} MB, wall ${fmt(u.wallMs)} ms, exit ${u.status}`;

function processes(kafkaFile: string, yamlFile: string | undefined, rows: Row[], lines: number): void {
    const cli = [join(repo, 'out/cli/main.cjs'), ['check', kafkaFile, '--format', 'json']] as const;
    if (!yamlFile) {
        rows.push([`kafka-topology check, ${lines} lines (whole process)`, usageText(usageOf(3, ...cli)), 'state the figures']);
        return;
    }
    const [check, yaml] = alternatingUsage(7, cli, [join(repo, 'out/bench/yaml-check.cjs'), [yamlFile]]);
    rows.push([`YAML route process (node + js-yaml + ajv + references)`, usageText(yaml), 'the peer']);
    rows.push([
        `kafka-topology check, ${lines} lines (whole process)`,
        `${usageText(check)}; ${(check.cpuMs / yaml.cpuMs).toFixed(1)}× the YAML CPU`,
        `≤ 3× CPU (${fmt(3 * yaml.cpuMs)} ms), ≤ 200 MB`
    ]);
}

/** Peak resident memory of a process (Linux), in MB. */
function peakRssOf(pid: number | undefined): string {
    try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
        return `${(kb / 1024).toFixed(0)} MB`;
    } catch {
        return 'n/a';
    }
}

interface EditFigures {
    readonly openMs: number;
    readonly p50: number;
    readonly p95: number;
    readonly serverRss: string;
    /** The server's CPU (user + system) per counted edit: what a loaded machine's wall times hide. */
    readonly serverCpuPerEditMs: number | undefined;
}

/** CPU (user + system) a process has used so far (Linux), in ms. */
function cpuMsOf(pid: number | undefined): number | undefined {
    try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
        // utime and stime are fields 14 and 15 of stat (11 and 12 after the command), in clock ticks of 10 ms.
        return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
        return undefined;
    }
}

/** Opens `uri` (in `workspace`, when given), then times `edits` typing edits from didChange to its diagnostics. */
async function editLatency(uri: string, text: string, edits: number, workspace?: string): Promise<EditFigures> {
    const client = await LspClient.start(SERVER, 'en', undefined, workspace ? [{ uri: workspace, name: 'workspace' }] : undefined);
    try {
        const opened = performance.now();
        const first = client.nextDiagnostics(uri);
        client.open(uri, text);
        await first;
        const openMs = performance.now() - opened;
        // Warm up (JIT) with edits that are not counted.
        let current = text;
        const times: number[] = [];
        let cpuBefore: number | undefined;
        for (let i = -3; i < edits; i++) {
            if (i === 0) cpuBefore = cpuMsOf(client.pid);
            // Warm-up edits take the last three of the edits + 3 lines, the counted ones the others.
            const edit = retentionEdit(current, i < 0 ? edits + 3 + i : i, edits + 3);
            const lines = current.split('\n');
            const line = lines[edit.range.start.line];
            lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.text + line.slice(edit.range.end.character);
            current = lines.join('\n');
            const published = client.nextDiagnostics(uri);
            const started = performance.now();
            client.changeRange(uri, i + 5, edit.range, edit.text);
            await published;
            if (i >= 0) times.push(performance.now() - started);
        }
        const cpuAfter = cpuMsOf(client.pid);
        const serverCpuPerEditMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / edits;
        return { openMs, p50: percentile(times, 50), p95: percentile(times, 95), serverRss: peakRssOf(client.pid), serverCpuPerEditMs };
    } finally {
        await client.stop();
    }
}

const cpuText = (edits: EditFigures) => (edits.serverCpuPerEditMs === undefined ? 'n/a' : `${fmt(edits.serverCpuPerEditMs)} ms`);

async function thirtyThousand(rows: Row[], dir: string): Promise<void> {
    const text = generateTopology(THIRTY_THOUSAND);
    const yaml = julieYaml(THIRTY_THOUSAND);
    const lines = lineCount(text);
    const yamlMs = yamlInProcess(yaml, rows);
    await inProcess(text, rows);
    await inProcessEdits(text, rows);
    const edits = await editLatency(URI.file(join(dir, 'thirty-thousand.kafka')).toString(), text, 20);
    rows.push([
        `LSP edit → diagnostics, ${lines} lines, 20 typing edits (stdio, warm)`,
        `p50 ${fmt(edits.p50)} ms = ${(edits.p50 / yamlMs).toFixed(1)}× YAML, p95 ${fmt(edits.p95)} ms = ${(edits.p95 / yamlMs).toFixed(1)}× YAML; server CPU ${cpuText(edits)} per edit (open ${fmt(edits.openMs)} ms, server peak ${edits.serverRss})`,
        `p50 ≤ 5× (${fmt(5 * yamlMs)} ms), p95 ≤ 10× (${fmt(10 * yamlMs)} ms)`
    ]);
    const kafkaFile = join(dir, 'thirty-thousand.kafka');
    const yamlFile = join(dir, 'thirty-thousand.yaml');
    writeFileSync(kafkaFile, text);
    writeFileSync(yamlFile, yaml);
    processes(kafkaFile, yamlFile, rows, lines);
}

async function twoHundredThousand(rows: Row[], dir: string): Promise<void> {
    const text = generateTopology(TWO_HUNDRED_THOUSAND);
    const lines = lineCount(text);
    const file = join(dir, 'two-hundred-thousand.kafka');
    writeFileSync(file, text);
    const edits = await editLatency(URI.file(file).toString(), text, 5);
    rows.push([
        `LSP ${lines} lines: open, 5 typing edits`,
        `open ${fmt(edits.openMs)} ms, edit p50 ${fmt(edits.p50)} ms, p95 ${fmt(edits.p95)} ms, server CPU ${cpuText(edits)} per edit, server peak ${edits.serverRss}`,
        'state the figures'
    ]);
    processes(file, undefined, rows, lines);
}

async function splitCluster(rows: Row[], dir: string): Promise<void> {
    const folder = join(dir, 'split');
    const files = generateSplitTopology({ files: 100 });
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of files) writeFileSync(join(folder, name), text);
    const edited = files.get(teamFile(50))!;
    const edits = await editLatency(URI.file(join(folder, teamFile(50))).toString(), edited, 20, URI.file(folder).toString());
    rows.push([
        `LSP edit → diagnostics, ${lineCount(edited)}-line file of a cluster over ${files.size} files`,
        `p50 ${fmt(edits.p50)} ms, p95 ${fmt(edits.p95)} ms, server CPU ${cpuText(edits)} per edit (open ${fmt(edits.openMs)} ms)`,
        '≤ 30 ms'
    ]);
    processes(folder, undefined, rows, [...files.values()].reduce((n, t) => n + lineCount(t), 0));
}

export async function languageBench(rows: Row[]): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-bench-'));
    try {
        // `--only language --split`: only the rows of the cluster split over 100 files.
        if (process.argv.includes('--split')) {
            await inProcessSplitEdits(rows);
            await splitCluster(rows, dir);
            return;
        }
        await thirtyThousand(rows, dir);
        // `--only language --thirty-thousand`: only the 30 000-line rows (a quicker run on a loaded machine).
        if (process.argv.includes('--thirty-thousand')) return;
        await inProcessSplitEdits(rows);
        await splitCluster(rows, dir);
        await twoHundredThousand(rows, dir);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
