// Which documents the server holds: the ones open in the editor and the files
// of their folders (a cluster split over files, see KafkaTopologyDocumentBuilder),
// not every `.kafka` file under the workspace folders: indexing those first only
// delayed the open file's first diagnostics and held every file in memory
// (issue 9, item 7). A closed document is released unless it is a part on disk.
import { DefaultWorkspaceManager, URI, type WorkspaceFolder } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class KafkaTopologyWorkspaceManager extends DefaultWorkspaceManager {
    /** Open documents arrive by `didOpen`; the folders are not read. */
    override async initializeWorkspace(_folders: WorkspaceFolder[], cancelToken?: CancellationToken): Promise<void> {
        await super.initializeWorkspace([], cancelToken);
    }
}

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
