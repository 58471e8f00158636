// A closed document is released unless it is a part on disk. Which documents the
// server holds in the first place: workspace/kafka-topology-workspace-manager.ts.
import { URI } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class KafkaTopologyDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    constructor(services: LangiumSharedServices) {
        super(services);
    }

    /**
     * A closed document is released and its diagnostics cleared (Langium publishes [] for deleted
     * documents); the document builder keeps a closed part of a loaded folder, read from disk again.
     */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        this.fireDocumentUpdate([], [URI.parse(event.document.uri)]);
    }
}
