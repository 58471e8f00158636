// A bug behind a hover, inlay hint or code lens request is logged and the
// request answers with nothing: it never fails (the editor would print
// "Request textDocument/inlayHint failed." and show nothing at all).
import { parseDocument } from 'langium/test';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { KafkaTopologyCodeLensProvider } from '../../language-server/lsp/kafka-topology-code-lens-provider.js';
import { KafkaTopologyHoverProvider } from '../../language-server/lsp/kafka-topology-hover-provider.js';
import { KafkaTopologyInlayHintProvider } from '../../language-server/lsp/kafka-topology-inlay-hint-provider.js';
import { language, ownFolderUri, reset } from '../support/language.js';

const TEXT = `cluster c {
    broker 1
    defaults { partitions 3 replication-factor 1 }
    topic orders { }
    consumer-group g { consumes orders members [a, b] }
}
`;

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

describe('a bug in a request is logged, the request still answers', () => {
    let stderr: ReturnType<typeof vi.spyOn>;
    const facts = language.kafka.ClusterFacts;
    const original = facts.get.bind(facts);

    beforeEach(() => {
        stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
        facts.get = () => {
            throw new Error('a bug in the cluster facts');
        };
    });

    afterEach(async () => {
        facts.get = original;
        stderr.mockRestore();
        await reset();
    });

    const logged = () => stderr.mock.calls.map((c: unknown[]) => String(c[0])).join('');

    test('inlay hints: none, and the error is logged', async () => {
        const document = await parseDocument(language, TEXT, { documentUri: ownFolderUri() });
        const hints = await new KafkaTopologyInlayHintProvider(language).getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: WHOLE });
        expect(hints).toEqual([]);
        expect(logged()).toContain('inlay hints (skipped): a bug in the cluster facts');
    });

    test('code lenses: none, and the error is logged', async () => {
        const document = await parseDocument(language, TEXT, { documentUri: ownFolderUri() });
        const lenses = await new KafkaTopologyCodeLensProvider(language).provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(lenses).toEqual([]);
        expect(logged()).toContain('code lenses (skipped): a bug in the cluster facts');
    });

    test('hover on a topic: nothing, and the error is logged', async () => {
        const document = await parseDocument(language, TEXT, { documentUri: ownFolderUri() });
        const offset = TEXT.indexOf('orders') + 2;
        const hover = await new KafkaTopologyHoverProvider(language).getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset)
        });
        expect(hover).toBeUndefined();
        expect(logged()).toContain('hover (skipped): a bug in the cluster facts');
    });
});
