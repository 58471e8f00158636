// An editor's typing edits in process, phase by phase (issue 15): the document
// is held as the language server holds an open file (TextDocuments + the
// builder's update), and each retention edit is timed from the update to its
// diagnostics, with the block re-parse on and off in the same run.
import { performance } from 'node:perf_hooks';
import { DocumentState, EmptyFileSystem } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { createKafkaTopologyServices } from '../language-server/kafka-topology-module.js';
import type { KafkaTopologyDocumentFactory } from '../language-server/workspace/kafka-topology-document-factory.js';
import { fmt, median, type Row } from './timing.js';

const PHASES = [DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated] as const;
const NAMES = ['parse', 'index', 'scopes', 'link', 'references', 'validate'];

/** The text with the i-th `retention.ms` value (of those spread over the file) set to `value`. */
function withRetention(text: string, i: number, edits: number, value: string): string {
    const positions = [...text.matchAll(/retention\.ms = (\S+)/g)];
    const m = positions[Math.floor(((i + 0.5) / edits) * positions.length)];
    const start = m.index + 'retention.ms = '.length;
    return text.slice(0, start) + value + text.slice(start + m[1].length);
}

async function editPhases(text: string, incremental: boolean, edits: number): Promise<{ total: number; phases: number[]; spliced: number }> {
    const { shared } = createKafkaTopologyServices(EmptyFileSystem);
    const factory = shared.workspace.LangiumDocumentFactory as KafkaTopologyDocumentFactory;
    factory.incremental = incremental;
    const uri = URI.file('/bench/edited/topology.kafka');
    const builder = shared.workspace.DocumentBuilder;
    let marks: number[] = [];
    for (const phase of PHASES) builder.onBuildPhase(phase, () => void marks.push(performance.now()));
    let current = text;
    let version = 0;
    const totals: number[] = [];
    const phases: number[][] = NAMES.map(() => []);
    let spliced = 0;
    for (let i = -3; i < edits; i++) {
        if (i === 0) spliced = factory.counts.spliced;
        if (i > -3) current = withRetention(current, (i + edits) % edits, edits, `${2 + ((i + 3) % 20)}d`);
        shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'kafka-topology', ++version, current));
        marks = [];
        const started = performance.now();
        await builder.update([uri], []);
        if (i < 0) continue; // the open and two warm-up edits
        totals.push(performance.now() - started);
        marks.forEach((t, p) => phases[p].push(t - (p === 0 ? started : marks[p - 1])));
    }
    return { total: median(totals), phases: phases.map(median), spliced: factory.counts.spliced - spliced };
}

/** In-process edit → diagnostics of `text`, with and without the block re-parse. */
export async function inProcessEdits(text: string, rows: Row[], edits = 10): Promise<void> {
    const lines = text.split('\n').length;
    for (const incremental of [false, true]) {
        const r = await editPhases(text, incremental, edits);
        const detail = NAMES.map((n, p) => `${n} ${fmt(r.phases[p])}`).join(', ');
        rows.push([
            `edit → diagnostics in process, ${lines} lines, ${incremental ? 'block re-parse' : 'whole parse'} (${edits} retention edits)`,
            `${fmt(r.total)} ms (${detail}; ${r.spliced} of ${edits} spliced)`,
            '-'
        ]);
    }
}
