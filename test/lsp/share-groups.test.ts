// Share groups in the editor: hover (members' partitions, acquisition locks and
// delivery counts), completion of their members in `fail member … in`, rename.
import { parseDocument } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { language, ownFolderUri, reset } from '../support/language.js';
import { completionAt, hoverAt, labels } from './support/features.js';

afterEach(async () => {
    language.kafka.Locale.set('en');
    await reset();
});

const text = (cursorAt: string) => `cluster c {
    kafka-version 4.2
    brokers 1..3
    topic t { partitions 3 replication-factor 3 min-insync-replicas 2 }
    producer p { produces t }
    share-group ${cursorAt === 'name' ? 'wor<|>kers' : 'workers'} { consumes t members 5 }
    share-group pair { consumes t members [x, y] }
    scenario s {
        ${cursorAt === 'member' ? 'fail member <|>' : 'fail member workers-2 in workers'}
    }
}
`;

describe('share groups in the editor', () => {
    test('hover: the simple assignor, every member with its partitions, locks and delivery counts in one sentence', async () => {
        const hover = (await hoverAt(text('name')))!;
        expect(hover).toMatch(/share group/);
        expect(hover).toMatch(/`simple`/);
        expect(hover).toMatch(/acquisition lock/);
        expect(hover).toMatch(/delivery\.count\.limit/);
        expect(hover).toContain('`workers-5`');
        expect(hover).not.toMatch(/Idle/);
    });

    test('hover in Korean', async () => {
        expect(await hoverAt(text('name'), 'ko')).toMatch(/공유 그룹[\s\S]*획득 잠금/);
    });

    test('`fail member |` offers the share groups\' members with their group', async () => {
        const items = await completionAt(text('member'));
        expect(labels(items)).toEqual(expect.arrayContaining(['workers-1', 'workers-5', 'x', 'y']));
    });

    test('rename a share group: its declaration and the member targets of its counted members change', async () => {
        const source = text('none');
        const document = await parseDocument(language, source, { documentUri: ownFolderUri() });
        const offset = source.indexOf('workers {') + 2;
        const edit = await language.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset), newName: 'crew' });
        const renamed = TextDocument.applyEdits(document.textDocument, edit?.changes?.[document.uri.toString()] ?? []);
        expect(renamed).toContain('share-group crew {');
        expect(renamed).toContain('fail member crew-2 in crew');
    });
});
