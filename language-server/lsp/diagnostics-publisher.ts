// Langium publishes a document's diagnostics each time it validates it, and an
// edit in one part of a cluster split over files validates every part again:
// on 100 files, 100 notifications per keystroke, each making the editor set that
// file's markers anew. A document is published again when its text changed (the
// editor moved its markers with the edit; they are set right) or its diagnostics
// did; the others are left as the editor has them.
import type { LangiumSharedServices } from 'langium/lsp';
import { URI } from 'langium';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';

export function publishChangedDiagnosticsOnly(connection: Connection, shared: LangiumSharedServices): void {
    /** What was last published per document: its version and its diagnostics, as JSON. */
    const published = new Map<string, string>();
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = (params: PublishDiagnosticsParams): Promise<void> => {
        const version = shared.workspace.LangiumDocuments.getDocument(URI.parse(params.uri))?.textDocument.version;
        const key = `${version ?? ''}|${JSON.stringify(params.diagnostics)}`;
        if (published.get(params.uri) === key) return Promise.resolve();
        published.set(params.uri, key);
        return send(params);
    };
}
