// `.kafka` text through the project's formatter (the layout the editor's
// "Format Document" gives), so generated files look hand-written.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { KafkaTopologyServiceContainer } from '../language-server/kafka-topology-module.js';

let counter = 0;

export async function formatKafkaText(services: KafkaTopologyServiceContainer, text: string): Promise<string> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:/format-${++counter}.kafka`));
    const edits = await services.KafkaTopology.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 4, insertSpaces: true }
    });
    return TextDocument.applyEdits(TextDocument.create('memory:/x', 'kafka-topology', 0, text), edits);
}
