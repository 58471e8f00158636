// Typing in one file of a cluster split over many files, in process (issue 15):
// the files are held as the language server holds a workspace folder, the
// edited one as an open editor; each retention edit is timed from the update
// to the edited file's diagnostics (what the editor waits for) and to the end
// of the update (the other parts validated again).
import { performance } from 'node:perf_hooks';
import { DocumentState, EmptyFileSystem, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { createKafkaTopologyServices } from '../language-server/kafka-topology-module.js';
import { generateSplitTopology, teamFile } from './generate-split-topology.js';
import { fmt, median, type Row } from './timing.js';

function withRetention(text: string, i: number, value: string): string {
    const positions = [...text.matchAll(/retention\.ms = (\S+)/g)];
    const m = positions[i % positions.length];
    const start = m.index + 'retention.ms = '.length;
    return text.slice(0, start) + value + text.slice(start + m[1].length);
}

export async function inProcessSplitEdits(rows: Row[], edits = 20, files = 100): Promise<void> {
    const { shared } = createKafkaTopologyServices(EmptyFileSystem);
    const texts = generateSplitTopology({ files });
    const documents: LangiumDocument[] = [];
    const edited = URI.file(`/bench/split/${teamFile(Math.floor(files / 2))}`);
    for (const [name, text] of texts) {
        const uri = URI.file(`/bench/split/${name}`);
        if (uri.toString() === edited.toString()) shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'kafka-topology', 1, text));
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    const builder = shared.workspace.DocumentBuilder;
    await builder.build(documents, { validation: true });
    let diagnosed = 0;
    builder.onBuildPhase(DocumentState.Validated, (built) => {
        if (built.some((d) => d.uri.toString() === edited.toString()) && diagnosed === 0) diagnosed = performance.now();
    });
    let current = texts.get(teamFile(Math.floor(files / 2)))!;
    const first: number[] = [];
    const whole: number[] = [];
    for (let i = -3; i < edits; i++) {
        current = withRetention(current, i + 3, `${2 + ((i + 3) % 20)}d`);
        shared.workspace.TextDocuments.set(TextDocument.create(edited.toString(), 'kafka-topology', i + 5, current));
        diagnosed = 0;
        const started = performance.now();
        await builder.update([edited], []);
        if (i < 0) continue;
        first.push(diagnosed - started);
        whole.push(performance.now() - started);
    }
    rows.push([
        `edit → diagnostics in process, one file of a cluster over ${files} files (${edits} retention edits)`,
        `edited file ${fmt(median(first))} ms, whole update ${fmt(median(whole))} ms`,
        '≤ 30 ms'
    ]);
}
