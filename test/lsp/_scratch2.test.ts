import { test } from 'vitest';
import { parseDocument } from 'langium/test';
import { language } from '../support/language.js';
test('x', async () => {
    const text = `/* a
   block */
cluster c {
    broker 1
    topic t {
        partitions 1
        config {
            retention.ms = 7d
        }
    }
    consumer-group g {
        consumes t
        members 3
    }
    // one
    // two
    scenario s {
        fail member g-2 in g
    }
}
`;
    const doc = await parseDocument(language, text);
    const f = await language.lsp.FoldingRangeProvider!.getFoldingRanges(doc, { textDocument: { uri: doc.uri.toString() } });
    console.log(JSON.stringify(f));
    const off = text.indexOf('g-2') + 1;
    const d = await language.lsp.DefinitionProvider!.getDefinition(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(off) });
    console.log(JSON.stringify(d));
    const h = await language.lsp.DocumentHighlightProvider!.getDocumentHighlight(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(text.indexOf('topic t') + 6) });
    console.log(JSON.stringify(h));
});
