// Rename topics, groups and members: every reference changes, the new name is checked first.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { LangiumDocument } from 'langium';
import { parseDocument } from 'langium/test';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ResponseError, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lsp-client.js';
import { language, ownFolderUri, reset } from '../support/language.js';
import { REPO } from '../support/markers.js';

const provider = language.lsp.RenameProvider!;

const TEXT = `cluster c {
    broker 1
    topic orders { }
    topic metrics_raw { }
    producer p { produces orders }
    consumer-group billing { consumes orders members [a, b] }
    consumer-group audit { consumes orders members 2 }
    consumer-group solo { consumes orders }
    scenario s {
        expect orders writable
        fail member a in billing
        fail member audit-2 in audit
        fail member solo-1 in solo
        expect group billing balanced
    }
}
cluster d {
    topic orders { }
    producer p { produces orders }
}
`;

/** The position of the `occurrence`-th `needle`, at its last character unless `shift` says otherwise. */
function at(document: LangiumDocument, needle: string, occurrence = 1, shift = needle.length - 1) {
    let index = -1;
    for (let i = 0; i < occurrence; i++) index = document.textDocument.getText().indexOf(needle, index + 1);
    if (index < 0) throw new Error(`${needle} not found`);
    return document.textDocument.positionAt(index + shift);
}

function applied(document: LangiumDocument, edit: WorkspaceEdit | undefined): string {
    const edits = edit?.changes?.[document.uri.toString()] ?? [];
    return TextDocument.applyEdits(document.textDocument, edits);
}

async function rename(needle: string, newName: string, occurrence = 1, text = TEXT): Promise<string> {
    const document = await parseDocument(language, text, { documentUri: ownFolderUri() });
    const edit = await provider.rename(document, { textDocument: { uri: document.uri.toString() }, position: at(document, needle, occurrence), newName });
    return applied(document, edit);
}

async function refusal(needle: string, newName: string, occurrence = 1): Promise<string> {
    try {
        await rename(needle, newName, occurrence);
    } catch (error) {
        expect(error).toBeInstanceOf(ResponseError);
        return (error as ResponseError<unknown>).message;
    }
    throw new Error(`renaming ${needle} to ${newName} was not refused`);
}

afterEach(async () => {
    language.kafka.Locale.set('en');
    await reset();
});

describe('renaming a topic', () => {
    test('from its declaration: the declaration and every reference in its cluster change', async () => {
        const result = await rename('topic orders', 'purchases', 1, TEXT);
        expect(result.match(/purchases/g)).toHaveLength(6);
        expect(result).toContain('    producer p { produces purchases }\n    consumer-group billing { consumes purchases');
        expect(result).toContain('expect purchases writable');
        expect(result).toContain('cluster d {\n    topic orders { }\n    producer p { produces orders }');
    });

    test('from a reference', async () => {
        const result = await rename('expect orders', 'purchases', 1);
        expect(result).toContain('topic purchases { }');
        expect(result.match(/purchases/g)).toHaveLength(6);
    });

    test('a name that is a keyword or does not lex as a plain name is written quoted', async () => {
        expect(await rename('topic orders', 'partitions')).toContain('topic "partitions" { }\n');
        const quoted = await rename('topic orders', '2fa-codes');
        expect(quoted).toContain('topic "2fa-codes" { }');
        expect(quoted).toContain('produces "2fa-codes" }');
        expect(quoted).toContain('expect "2fa-codes" writable');
    });

    test('a name typed with quotes is taken without them', async () => {
        expect(await rename('topic orders', '"purchases"')).toContain('topic purchases { }');
    });

    test('an invalid Kafka topic name is refused with the reason', async () => {
        expect(await refusal('topic orders', 'bad name!')).toMatch(/not a valid Kafka topic name.*letters, digits/);
        expect(await refusal('topic orders', '..')).toMatch(/"\." and "\.\."/);
        expect(await refusal('topic orders', 'x'.repeat(250))).toMatch(/249/);
        expect(await refusal('topic orders', '__orders')).toMatch(/internal topics/);
    });

    test('a name that exists or collides through "." and "_" is refused', async () => {
        expect(await refusal('topic orders', 'metrics_raw')).toMatch(/already has a topic "metrics_raw"/);
        expect(await refusal('topic orders', 'metrics.raw')).toMatch(/collides with topic "metrics_raw"/);
    });

    test('the reason in Korean', async () => {
        language.kafka.Locale.set('ko');
        expect(await refusal('topic orders', 'metrics.raw')).toMatch(/충돌/);
        expect(await refusal('topic orders', 'bad name!')).toMatch(/올바른 Kafka 토픽 이름이 아닙니다/);
    });
});

describe('renaming a consumer group', () => {
    test('the declaration, member targets and group expectations change', async () => {
        const result = await rename('consumer-group billing', 'invoicing', 1);
        expect(result).toContain('consumer-group invoicing {');
        expect(result).toContain('fail member a in invoicing');
        expect(result).toContain('expect group invoicing balanced');
    });

    test("the counted members' targets follow the new name", async () => {
        const result = await rename('consumer-group audit', 'audit.v2', 1);
        expect(result).toContain('consumer-group audit.v2 {');
        expect(result).toContain('fail member audit.v2-2 in audit.v2');
        const solo = await rename('in solo', 'single', 1, TEXT);
        expect(solo).toContain('fail member single-1 in single');
        expect(solo).toContain('consumer-group single { consumes orders }');
    });

    test('a name another group has is refused', async () => {
        expect(await refusal('consumer-group billing', 'audit')).toMatch(/already has a consumer group "audit"/);
    });
});

describe('renaming a member', () => {
    test('the member and its targets change', async () => {
        const result = await rename('[a', 'alice');
        expect(result).toContain('members [alice, b]');
        expect(result).toContain('fail member alice in billing');
    });

    test('a name another member of the group has is refused', async () => {
        expect(await refusal('member a', 'b')).toMatch(/Group "billing" already has a member "b"/);
    });

    test('a counted member cannot be renamed: its name comes from the group', async () => {
        const document = await parseDocument(language, TEXT, { documentUri: ownFolderUri() });
        const params = { textDocument: { uri: document.uri.toString() }, position: at(document, 'audit-2') };
        await expect(async () => provider.prepareRename(document, params)).rejects.toThrow(/counted members of group "audit"/);
    });
});

describe('prepare rename', () => {
    async function prepared(needle: string, shift = 1): Promise<Range | undefined> {
        const document = await parseDocument(language, TEXT, { documentUri: ownFolderUri() });
        return (await provider.prepareRename(document, { textDocument: { uri: document.uri.toString() }, position: at(document, needle, 1, shift) })) ?? undefined;
    }

    test('topics, groups and members can be renamed, at their name', async () => {
        expect(await prepared('topic orders', 7)).toEqual({ start: { line: 2, character: 10 }, end: { line: 2, character: 16 } });
        expect(await prepared('in billing', 4)).toEqual({ start: { line: 10, character: 25 }, end: { line: 10, character: 32 } });
        expect(await prepared('[a', 1)).toBeDefined();
    });

    test('keywords, numbers, producers and clusters cannot', async () => {
        expect(await prepared('topic orders', 1)).toBeUndefined();
        expect(await prepared('broker 1', 7)).toBeUndefined();
        expect(await prepared('producer p', 9)).toBeUndefined();
        expect(await prepared('cluster c', 8)).toBeUndefined();
    });

    test('nothing in a Tools for Apache Kafka file', async () => {
        const document = await parseDocument(language, 'PRODUCER keyed\ntopic: demo\n', { documentUri: ownFolderUri() });
        expect(await provider.prepareRename(document, { textDocument: { uri: document.uri.toString() }, position: { line: 1, character: 8 } })).toBeUndefined();
    });
});

describe('through the stdio server', () => {
    let dir: string;
    let server: ChildProcessWithoutNullStreams;
    let client: LspClient;
    const uri = 'file:///tmp/rename.kafka';

    beforeAll(async () => {
        dir = mkdtempSync(join(tmpdir(), 'kafka-topology-rename-'));
        await esbuild.build({
            entryPoints: [join(REPO, 'language-server/main.ts')], outfile: join(dir, 'main.cjs'), bundle: true,
            platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], logLevel: 'error'
        });
        server = spawn(process.execPath, [join(dir, 'main.cjs'), '--stdio'], { stdio: 'pipe' });
        client = new LspClient(server);
        const init = (await client.initialize('ko')) as { capabilities: Record<string, unknown> };
        expect(init.capabilities.renameProvider).toEqual({ prepareProvider: true });
        const diagnostics = client.nextDiagnostics(uri);
        client.open(uri, TEXT);
        await diagnostics;
    }, 60_000);

    afterAll(async () => {
        await client?.shutdown();
        server?.kill();
        rmSync(dir, { recursive: true, force: true });
    });

    test('textDocument/rename returns the edits of every reference', async () => {
        const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: { line: 2, character: 12 }, newName: 'purchases' });
        const result = TextDocument.applyEdits(TextDocument.create(uri, 'kafka-topology', 1, TEXT), edit.changes![uri]);
        expect(result.match(/purchases/g)).toHaveLength(6);
    });

    test('a refused name comes back as an error with the reason, in the client locale', async () => {
        await expect(client.request('textDocument/rename', { textDocument: { uri }, position: { line: 2, character: 12 }, newName: 'metrics.raw' }))
            .rejects.toThrow(/충돌/);
    });
});
