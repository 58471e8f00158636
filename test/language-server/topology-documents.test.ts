// "Is this a topology?" is decided once per version of a document's text, by one
// service every provider and the validator share.
import { URI, type LangiumDocument } from 'langium';
import { afterEach, expect, test, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as format from '../../language-server/syntax/tools-for-kafka-format.js';
import { language, reset } from '../support/language.js';

afterEach(async () => {
    vi.restoreAllMocks();
    await reset();
});

function open(text: string): { document: LangiumDocument; text: TextDocument } {
    const textDocument = TextDocument.create('file:///scratch.kafka', 'kafka-topology', 1, text);
    const document = language.shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocument, URI.parse(textDocument.uri));
    return { document, text: textDocument };
}

test('a Tools-for-Apache-Kafka scratch file is not a topology; a cluster is', () => {
    expect(language.kafka.TopologyDocuments.isTopology(open('PRODUCER keyed\ntopic: orders\n').document)).toBe(false);
    expect(language.kafka.TopologyDocuments.isTopology(open('cluster shop { brokers 1..3 }\n').document)).toBe(true);
});

test('the text is read once per version, and again after an edit', () => {
    const read = vi.spyOn(format, 'isToolsForKafkaFormat');
    const { document, text } = open('cluster shop { brokers 1..3 }\n');
    const documents = language.kafka.TopologyDocuments;
    expect([documents.isTopology(document), documents.isTopology(document), documents.isTopology(document)]).toEqual([true, true, true]);
    expect(read).toHaveBeenCalledTimes(1);

    TextDocument.update(text, [{ text: 'CONSUMER group-a\ntopic: orders\n' }], 2);
    expect(documents.isTopology(document)).toBe(false);
    expect(read).toHaveBeenCalledTimes(2);
});
