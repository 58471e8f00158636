// A quick fix is offered only when applying it leaves the file better: the
// diagnostic it fixes is gone (one fewer of its code), no error appears that
// was not there before, and there are no more warnings than before (adding a
// third broker may reveal that RF 2 is now too low while it fixes two quorum
// warnings). Information and hints are advice a fix may reveal (3 replicas in
// 2 racks). Checked on a throwaway copy Checked on a
// throwaway copy in a separate, connection-less set of services, so nothing is
// published and the editor's own documents are not touched.
import { URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import type { KafkaTopologyServiceContainer, KafkaTopologyServices } from '../../kafka-topology-module.js';

const SCRATCH = URI.parse('kafka-topology-fix-check:/scratch.kafka');

/** Diagnostics by code, of the severities up to `worst` (1 error, 2 warning, 3 information, 4 hint). */
type CodeCounts = Map<string, number>;

function countCodes(diagnostics: readonly Diagnostic[], worst: number): CodeCounts {
    const counts: CodeCounts = new Map();
    for (const d of diagnostics) {
        if ((d.severity ?? 1) > worst) continue;
        const code = String(d.code ?? '');
        counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    return counts;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('scratch', 'kafka-topology', 0, text), [...edits]);
}

export class FixChecker {
    private checker?: KafkaTopologyServiceContainer;
    private queue: Promise<unknown> = Promise.resolve();
    private baseline?: { uri: string; version: number; text: string; diagnostics: Diagnostic[] };
    private readonly verdicts = new Map<string, boolean>();

    constructor(
        private readonly services: KafkaTopologyServices,
        private readonly create: () => KafkaTopologyServiceContainer
    ) {}

    /** Whether applying `edits` to the document fixes `diagnostic` and adds no new problem. */
    isImprovement(document: LangiumDocument, diagnostic: Diagnostic, edits: readonly TextEdit[]): Promise<boolean> {
        const run = this.queue.then(() => this.check(document, diagnostic, edits));
        this.queue = run.catch(() => undefined);
        return run;
    }

    private async check(document: LangiumDocument, diagnostic: Diagnostic, edits: readonly TextEdit[]): Promise<boolean> {
        const text = document.textDocument.getText();
        const uri = document.uri.toString();
        const version = document.textDocument.version;
        if (!this.baseline || this.baseline.uri !== uri || this.baseline.version !== version || this.baseline.text !== text) {
            this.verdicts.clear();
            this.baseline = { uri, version, text, diagnostics: await this.diagnose(text) };
        }
        const fixed = applyEdits(text, edits);
        const key = `${String(diagnostic.code)}\u0000${fixed}`;
        const known = this.verdicts.get(key);
        if (known !== undefined) return known;
        const afterDiagnostics = await this.diagnose(fixed);
        const code = String(diagnostic.code ?? '');
        const all = (ds: readonly Diagnostic[]) => countCodes(ds, 4).get(code) ?? 0;
        let verdict = all(afterDiagnostics) < all(this.baseline.diagnostics);
        const errorsBefore = countCodes(this.baseline.diagnostics, 1);
        for (const [other, count] of countCodes(afterDiagnostics, 1)) {
            if (count > (errorsBefore.get(other) ?? 0)) verdict = false;
        }
        const warnings = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === 2).length;
        if (warnings(afterDiagnostics) > warnings(this.baseline.diagnostics)) verdict = false;
        this.verdicts.set(key, verdict);
        return verdict;
    }

    private async diagnose(text: string): Promise<Diagnostic[]> {
        const { shared, KafkaTopology } = (this.checker ??= this.create());
        KafkaTopology.kafka.Locale.current = this.services.kafka.Locale.current;
        const settings = this.services.kafka.Settings.current;
        KafkaTopology.kafka.Settings.update({ defaultProfile: settings.defaultProfile, analysis: { enabled: settings.analysis }, language: settings.language });
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, SCRATCH);
        shared.workspace.LangiumDocuments.addDocument(document);
        try {
            await shared.workspace.DocumentBuilder.build([document], { validation: true });
            return document.diagnostics ?? [];
        } finally {
            // Deleting it also clears every per-document cache of the scratch copy.
            await shared.workspace.DocumentBuilder.update([], [SCRATCH]);
        }
    }
}
