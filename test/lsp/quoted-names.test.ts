// Completion and navigation with quoted names (issue 9, items 10 and 11): the
// everyday VS Code path, since `"` is a trigger character and auto-closes.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Location, Range } from 'vscode-languageserver';
import { CompletionItemKind } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { language, reset, validate } from '../support/language.js';
import { completionAt, CURSOR, labels } from './support/features.js';

afterEach(reset);

const CLUSTER = `cluster shop {
    brokers 1..3 { racks "az-1", "az-2", "az-3" }
    topic "2fa-events" { replication-factor 3 min-insync-replicas 2 }
    topic orders { replication-factor 3 min-insync-replicas 2 }
    consumer-group billing { consumes orders members [m1, m2] }
    consumer-group audit { consumes orders members [a1] }
`;

/** The line with the cursor after applying the item's edit. */
function applied(textWithCursor: string, item: CompletionItem): string {
    const text = textWithCursor.replace(CURSOR, '');
    const edit = item.textEdit as { range: Range; newText: string };
    const result = TextDocument.applyEdits(TextDocument.create('file:///x.kafka', 'kafka-topology', 1, text), [edit]);
    return result.split('\n')[edit.range.start.line].trim();
}

describe('completion inside quotes', () => {
    test('produces "2f| inserts "2fa-events" once quoted', async () => {
        const text = `${CLUSTER}    producer p { produces "2f${CURSOR}`;
        const items = await completionAt(text);
        const item = items.find((i) => i.label === '2fa-events')!;
        expect(item).toBeDefined();
        expect(applied(text, item)).toBe('producer p { produces "2fa-events"');
    });

    test('inside an auto-closed "|" the names are offered and replace both quotes', async () => {
        const text = `${CLUSTER}    producer p { produces "${CURSOR}" }\n}\n`;
        const items = await completionAt(text);
        expect(labels(items)).toEqual(expect.arrayContaining(['2fa-events', 'orders']));
        expect(items.filter((i) => i.kind === CompletionItemKind.Keyword)).toEqual([]);
        expect(applied(text, items.find((i) => i.label === '2fa-events')!)).toBe('producer p { produces "2fa-events" }');
        expect(applied(text, items.find((i) => i.label === 'orders')!)).toBe('producer p { produces orders }');
    });

    test('fail rack "|" inserts "az-1" with one closing quote', async () => {
        const text = `${CLUSTER}    scenario s { fail rack "${CURSOR}" }\n}\n`;
        const items = await completionAt(text);
        expect(applied(text, items.find((i) => i.label === 'az-1' || i.label === '"az-1"')!)).toBe('scenario s { fail rack "az-1" }');
    });
});

describe('completion offers what fits', () => {
    test('fail member m1 in | offers only the groups that have m1', async () => {
        const items = await completionAt(`${CLUSTER}    scenario s { fail member m1 in ${CURSOR}`);
        expect(labels(items)).toContain('billing');
        expect(labels(items)).not.toContain('audit');
    });

    test('expect no | offers quorum and data-loss, not topics', async () => {
        const items = await completionAt(`${CLUSTER}    scenario s { expect no ${CURSOR}`);
        expect(labels(items)).toEqual(expect.arrayContaining(['quorum', 'data-loss']));
        expect(labels(items)).not.toContain('orders');
    });

    test('a property the block already sets is not offered again', async () => {
        const items = await completionAt(`${CLUSTER}    topic t { partitions 3 ${CURSOR}`);
        expect(labels(items)).not.toContain('partitions');
        expect(labels(items)).toContain('replication-factor');
    });

    test('a keyword and its snippet are told apart', async () => {
        const items = await completionAt(`${CLUSTER}    ${CURSOR}`);
        const topics = items.filter((i) => i.label === 'topic');
        expect(topics.map((i) => `${i.label}${i.labelDetails?.detail ?? ''}`).sort()).toEqual(['topic', 'topic {…}']);
    });

    test('details are plain text, without markdown backticks', async () => {
        const items = [...(await completionAt(`${CLUSTER}    ${CURSOR}`)), ...(await completionAt(`${CLUSTER}    topic t { config { ${CURSOR}`))];
        expect(items.filter((i) => i.detail?.includes('`')).map((i) => i.detail)).toEqual([]);
    });
});

const NAVIGATION = `cluster shop {
    brokers 1..3
    topic "2fa-events" { replication-factor 3 min-insync-replicas 2 }
    producer p { produces "2fa-events" }
}
`;

describe('navigation on a quoted name', () => {
    async function at(needle: string, occurrence: 1 | 2) {
        const { document } = await validate(NAVIGATION);
        let offset = -1;
        for (let i = 0; i < occurrence; i++) offset = NAVIGATION.indexOf(needle, offset + 1);
        return { document, position: document.textDocument.positionAt(offset), uri: document.uri.toString() };
    }
    const text = (range: Range) => {
        const lines = NAVIGATION.split('\n');
        return lines[range.start.line].slice(range.start.character, range.end.character);
    };

    test('definition from the opening quote of a reference', async () => {
        const { document, position, uri } = await at('"2fa-events"', 2);
        const links = await language.lsp.DefinitionProvider!.getDefinition(document, { textDocument: { uri }, position });
        expect(links?.map((l) => l.targetSelectionRange.start.line)).toEqual([2]);
    });

    test('references from the opening quote, with ranges inside the quotes', async () => {
        const { document, position, uri } = await at('"2fa-events"', 1);
        const locations: Location[] = await language.lsp.ReferencesProvider!.findReferences(document, { textDocument: { uri }, position, context: { includeDeclaration: true } });
        expect(locations.map((l) => text(l.range))).toEqual(['2fa-events', '2fa-events']);
    });

    test('rename from the opening quote', async () => {
        const { document, position, uri } = await at('"2fa-events"', 2);
        const range = await language.lsp.RenameProvider!.prepareRename(document, { textDocument: { uri }, position });
        expect(range && text(range)).toBe('2fa-events');
        const edit = await language.lsp.RenameProvider!.rename(document, { textDocument: { uri }, position, newName: 'mfa-events' });
        expect(Object.values(edit!.changes!)[0].map((e) => e.newText)).toEqual(['mfa-events', 'mfa-events']);
    });

    test('rename refuses a line break in a quoted name', async () => {
        const source = 'cluster shop { brokers 1..3 topic t { } consumer-group g { consumes t members [a, b] } }';
        const { document } = await validate(source);
        const position = document.textDocument.positionAt(source.indexOf('[a') + 1);
        await expect(language.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position, newName: 'x\ny' })).rejects.toThrow(/line break/);
    });
});

describe('workspace symbols', () => {
    test('the open documents\u2019 clusters, topics, groups, producers and scenarios, by query', async () => {
        await validate(`${CLUSTER}    producer p { produces orders }\n    scenario drill { fail broker 1 }\n}\n`);
        const symbols = await language.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'ord' });
        expect(symbols.map((s) => s.name)).toContain('orders');
        const all = await language.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '' });
        expect(all.map((s) => s.name)).toEqual(expect.arrayContaining(['shop', '2fa-events', 'orders', 'billing', 'audit', 'p', 'drill']));
    });
});
