// Which documents the server holds: the ones open in the editor, nothing else.
// Every `.kafka` file is a world of its own (nothing is imported from another
// file), so indexing the workspace folders would only delay the open file's
// first diagnostics and hold every other file in memory (issue 9, item 7).
import { DefaultWorkspaceManager, URI, type WorkspaceFolder } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, DidChangeWatchedFilesParams, FileSystemWatcher, TextDocumentChangeEvent } from 'vscode-languageserver';
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

    /** Files on disk matter only once opened, and then the editor sends their text: no watcher. */
    protected override getWatchers(): FileSystemWatcher[] {
        return [];
    }

    override didChangeWatchedFiles(_params: DidChangeWatchedFilesParams): void {
        // See getWatchers: a change on disk of a file that is not open concerns no document here.
    }

    /** A closed document is released and its diagnostics cleared (Langium publishes [] for deleted documents). */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        this.fireDocumentUpdate([], [URI.parse(event.document.uri)]);
    }
}
