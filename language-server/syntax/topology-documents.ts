// Whether a `.kafka` document is a topology at all, decided once per version of
// its text: every provider and the validator ask this service instead of
// re-reading the text (see tools-for-kafka-format.ts for what the other format
// looks like).
import type { LangiumDocument } from 'langium';
import { isToolsForKafkaFormat } from './tools-for-kafka-format.js';

type TextDocument = LangiumDocument['textDocument'];

export class TopologyDocuments {
    /** Keyed by the text document: LSP edits mutate it and raise its version; a re-read from disk makes a new one. */
    private readonly decided = new WeakMap<TextDocument, { readonly version: number; readonly topology: boolean }>();

    /** False for a "Tools for Apache Kafka" scratch file: no diagnostics, lenses, hints or edits there. */
    isTopology(document: LangiumDocument): boolean {
        const text = document.textDocument;
        const known = this.decided.get(text);
        if (known && known.version === text.version) return known.topology;
        const topology = !isToolsForKafkaFormat(text.getText());
        this.decided.set(text, { version: text.version, topology });
        return topology;
    }
}
