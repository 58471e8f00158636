// Which documents the server holds: the ones open in the editor and the files
// of their folders (a cluster split over files, see KafkaTopologyDocumentBuilder),
// not every `.kafka` file under the workspace folders: indexing those first only
// delayed the open file's first diagnostics and held every file in memory
// (issue 9, item 7). How a closed document is released: lsp/kafka-topology-workspace.ts.
import { DefaultWorkspaceManager, type WorkspaceFolder } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

export class KafkaTopologyWorkspaceManager extends DefaultWorkspaceManager {
    /** Open documents arrive by `didOpen`; the folders are not read. */
    override async initializeWorkspace(_folders: WorkspaceFolder[], cancelToken?: CancellationToken): Promise<void> {
        await super.initializeWorkspace([], cancelToken);
    }
}
