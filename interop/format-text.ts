// `.kafka` text through the project's formatter (the layout the editor's
// "Format Document" gives), so generated files look hand-written.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { KafkaTopologyCoreServiceContainer } from '../language-server/kafka-topology-core-module.js';
import { KafkaTopologyFormatter } from '../language-server/lsp/kafka-topology-formatter.js';

let counter = 0;

export async function formatKafkaText(services: KafkaTopologyCoreServiceContainer, text: string): Promise<string> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:/format-${++counter}.kafka`));
    const edits = await new KafkaTopologyFormatter(services.KafkaTopology).formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 4, insertSpaces: true }
    });
    return TextDocument.applyEdits(TextDocument.create('memory:/x', 'kafka-topology', 0, text), edits);
}
