// References, go-to-definition and rename across the files of a split cluster.
import { describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { workspace } from './files.js';

const FILES = {
    '/ws/cluster.kafka': 'cluster shop {\n    brokers 1..3\n}\n',
    '/ws/orders.kafka': 'cluster shop {\n    topic orders { }\n    consumer-group billing { consumes orders members 2 }\n}\n',
    '/ws/clients.kafka': 'cluster shop {\n    producer checkout { produces orders }\n    scenario drill {\n        fail member billing-1 in billing\n        expect orders writable\n    }\n}\n'
};

function positionOf(document: LangiumDocument, needle: string) {
    return document.textDocument.positionAt(document.textDocument.getText().indexOf(needle) + 1);
}

describe('navigation across files', () => {
    test('references of a topic list its uses in the other files', async () => {
        const ws = await workspace(FILES);
        const orders = ws.documents.get('/ws/orders.kafka')!;
        const locations = await ws.services.KafkaTopology.lsp.ReferencesProvider!.findReferences(orders, {
            textDocument: { uri: orders.uri.toString() }, position: positionOf(orders, 'orders {'), context: { includeDeclaration: true }
        });
        const where = locations.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line + 1}`).sort();
        expect(where).toEqual(['clients.kafka:2', 'clients.kafka:5', 'orders.kafka:2', 'orders.kafka:3']);
    });

    test('go to definition from another file lands on the declaration', async () => {
        const ws = await workspace(FILES);
        const clients = ws.documents.get('/ws/clients.kafka')!;
        const links = await ws.services.KafkaTopology.lsp.DefinitionProvider!.getDefinition(clients, {
            textDocument: { uri: clients.uri.toString() }, position: positionOf(clients, 'orders }')
        });
        expect(links?.map((l) => `${l.targetUri.split('/').pop()}:${l.targetRange.start.line + 1}`)).toEqual(['orders.kafka:2']);
    });

    test('renaming a topic edits every file that names it', async () => {
        const ws = await workspace(FILES);
        const orders = ws.documents.get('/ws/orders.kafka')!;
        const edit = await ws.services.KafkaTopology.lsp.RenameProvider!.rename(orders, {
            textDocument: { uri: orders.uri.toString() }, position: positionOf(orders, 'orders {'), newName: 'purchases'
        });
        const after = (path: string) => {
            const document = ws.documents.get(path)!;
            return TextDocument.applyEdits(document.textDocument, edit?.changes?.[document.uri.toString()] ?? []);
        };
        expect(after('/ws/orders.kafka')).toBe(FILES['/ws/orders.kafka'].replaceAll('orders', 'purchases'));
        expect(after('/ws/clients.kafka')).toBe(FILES['/ws/clients.kafka'].replaceAll('orders', 'purchases'));
    });

    test('renaming a counted group renames its member targets in other files', async () => {
        const ws = await workspace(FILES);
        const orders = ws.documents.get('/ws/orders.kafka')!;
        const edit = await ws.services.KafkaTopology.lsp.RenameProvider!.rename(orders, {
            textDocument: { uri: orders.uri.toString() }, position: positionOf(orders, 'billing'), newName: 'ledger'
        });
        const clients = ws.documents.get('/ws/clients.kafka')!;
        expect(TextDocument.applyEdits(clients.textDocument, edit?.changes?.[clients.uri.toString()] ?? [])).toContain('fail member ledger-1 in ledger');
    });

    test('a new name taken by a topic of another file is refused', async () => {
        const ws = await workspace({ ...FILES, '/ws/more.kafka': 'cluster shop {\n    topic refunds { }\n}\n' });
        const orders = ws.documents.get('/ws/orders.kafka')!;
        await expect(ws.services.KafkaTopology.lsp.RenameProvider!.rename(orders, {
            textDocument: { uri: orders.uri.toString() }, position: positionOf(orders, 'orders {'), newName: 'refunds'
        })).rejects.toThrow(/refunds/);
    });
});
