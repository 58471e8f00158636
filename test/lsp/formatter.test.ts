// The formatter: one canonical layout, idempotent, every comment kept in place,
// diagnostics on the same lines afterwards; through the API and the stdio server.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { expectFormatting, parseDocument } from 'langium/test';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { MAX_ONE_LINE_WIDTH } from '../../language-server/lsp/kafka-topology-formatter.js';
import { LspClient } from '../support/lsp-client.js';
import { language, ownFolderUri, reset, validate } from '../support/language.js';
import { expectedCodes, kafkaFiles, REPO, SHARED } from '../support/markers.js';

const OPTIONS: FormattingOptions = { tabSize: 4, insertSpaces: true };
const formatter = language.lsp.Formatter!;
const expectFormatted = expectFormatting(language);

async function formatted(text: string, range?: Range, options = OPTIONS): Promise<string> {
    const document = await parseDocument(language, text, { documentUri: ownFolderUri() });
    const textDocument = { uri: document.uri.toString() };
    const edits = await (range
        ? formatter.formatDocumentRange(document, { textDocument, options, range })
        : formatter.formatDocument(document, { textDocument, options }));
    return TextDocument.applyEdits(document.textDocument, edits);
}

async function editsOf(text: string): Promise<TextEdit[]> {
    const document = await parseDocument(language, text, { documentUri: ownFolderUri() });
    return formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS });
}

/** Every token and comment of the text, in order: formatting may only change the whitespace between them. */
function lexemes(text: string): string[] {
    const lexed = language.parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...(lexed.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset).map((t) => t.image);
}

function comments(text: string): string[] {
    return lexemes(text).filter((t) => t.startsWith('//') || t.startsWith('/*'));
}

afterEach(reset);

describe('every sample and spec example', () => {
    const files = [...kafkaFiles(join(REPO, 'samples')), ...kafkaFiles(join(SHARED, 'spec/examples'))];

    test('there are files to format', () => expect(files.length).toBeGreaterThanOrEqual(8));

    test.each(files.map((f) => [relative(join(REPO, '..'), f), f]))('%s: idempotent, comments kept, markers still match', async (_name, file) => {
        const text = readFileSync(file, 'utf8');
        const once = await formatted(text);
        expect(await formatted(once)).toBe(once);
        expect(lexemes(once)).toEqual(lexemes(text));
        expect(comments(once)).toEqual(comments(text));
        // A comment at the end of a line stays at the end of the line with the same code in front.
        const trailing = (t: string) => t.split('\n').filter((l) => /\S.*\/\//.test(l)).map((l) => l.trim().replace(/\s+\/\//, ' //'));
        expect(trailing(once)).toEqual(trailing(text));
        const before = await validate(text);
        const after = await validate(once);
        expect([...new Set(after.codes)].sort()).toEqual([...new Set(before.codes)].sort());
        expect([...new Set(after.codes)].sort()).toEqual(expectedCodes(once));
    });

    test.each(files.map((f) => [relative(join(REPO, '..'), f), f]))('%s: indentation is rebuilt from scratch', async (_name, file) => {
        const text = readFileSync(file, 'utf8');
        const flattened = text.split('\n').map((line) => line.trimStart()).join('\n');
        expect(flattened).not.toBe(text);
        expect(await formatted(flattened)).toBe(await formatted(text));
    });
});

describe('canonical layout', () => {
    test('a messy document gets one property per line, 4-space indentation and single spaces', async () => {
        await expectFormatted({
            before: [
                '// messy',
                'cluster   shop{profile   development',
                'broker 1{rack "a"} broker 2 {   rack "b"}',
                '  brokers 3 .. 4 { racks "a" , "b" }',
                'defaults{',
                'partitions 3',
                '    replication-factor 2}',
                '',
                '',
                '',
                'topic orders{partitions 6 config{retention.ms=7d cleanup.policy = compact,delete} assignment{0:[ 1 , 2 ] 1:[2,1]}}',
                '      topic audit {',
                '  description "who did what"   // trailing',
                '      /* own line */',
                '  ordering key userId',
                '      }',
                'producer   checkout{produces orders ,audit',
                ' acks all}',
                'consumer-group billing{consumes orders members[a,b,  c]}',
                'scenario drill{fail broker 1 expect orders writable expect no data-loss',
                'elect-preferred}}'
            ].join('\n'),
            after: [
                '// messy',
                'cluster shop {',
                '    profile development',
                '    broker 1 { rack "a" }',
                '    broker 2 { rack "b" }',
                '    brokers 3..4 { racks "a", "b" }',
                '    defaults {',
                '        partitions 3',
                '        replication-factor 2',
                '    }',
                '',
                '    topic orders {',
                '        partitions 6',
                '        config {',
                '            retention.ms = 7d',
                '            cleanup.policy = compact, delete',
                '        }',
                '        assignment {',
                '            0: [1, 2]',
                '            1: [2, 1]',
                '        }',
                '    }',
                '    topic audit {',
                '        description "who did what"   // trailing',
                '        /* own line */',
                '        ordering key userId',
                '    }',
                '    producer checkout {',
                '        produces orders, audit',
                '        acks all',
                '    }',
                '    consumer-group billing { consumes orders members [a, b, c] }',
                '    scenario drill {',
                '        fail broker 1',
                '        expect orders writable',
                '        expect no data-loss',
                '        elect-preferred',
                '    }',
                '}',
                ''
            ].join('\n')
        });
    });

    test('short one-line blocks stay on one line, long ones and tables of several entries do not', async () => {
        const long = `topic t { description "${'x'.repeat(MAX_ONE_LINE_WIDTH)}" }`;
        const text = [
            'cluster c {',
            '    topic a { partitions 1 replication-factor 2 }',
            `    ${long}`,
            '    topic b {',
            '        config { retention.ms = 7d }',
            '        assignment { 0: [1] }',
            '    }',
            '    topic e { }',
            '}',
            ''
        ].join('\n');
        const result = await formatted(text);
        expect(result).toContain('\n    topic a { partitions 1 replication-factor 2 }\n');
        expect(result).toContain(`\n    topic t {\n        description "${'x'.repeat(MAX_ONE_LINE_WIDTH)}"\n    }\n`);
        expect(result).toContain('\n        config { retention.ms = 7d }\n        assignment { 0: [1] }\n');
        expect(result).toContain('\n    topic e { }\n');
    });

    test('a block comment inside a one-line block opens it up; blank lines shrink to one, none after { or before }', async () => {
        await expectFormatted({
            before: 'cluster c {\n\n\n    broker 1 { /* first */ rack "a" }\n\n\n\n    broker 2\n\n}\n',
            after: 'cluster c {\n    broker 1 { /* first */\n        rack "a"\n    }\n\n    broker 2\n}\n'
        });
    });

    test('comments on their own line are indented like their block, a line comment inside an item continues it', async () => {
        await expectFormatted({
            before: 'cluster c {\n// about t\n          topic t {\n  partitions 3\n             // last\n  }\n  producer p {\n    produces t, // first\n  u\n  }\n}\n',
            after: 'cluster c {\n    // about t\n    topic t {\n        partitions 3\n        // last\n    }\n    producer p {\n        produces t, // first\n            u\n    }\n}\n'
        });
    });

    test('signs stay attached, negative config values keep their minus', async () => {
        await expectFormatted({
            before: 'cluster c { topic t { config { retention.ms = - 1 } } }',
            after: 'cluster c {\n    topic t {\n        config { retention.ms = -1 }\n    }\n}\n'
        });
    });

    test('tabs when the editor asks for them', async () => {
        expect(await formatted('cluster c { topic t { partitions 1\nreplication-factor 1 } }', undefined, { tabSize: 4, insertSpaces: false }))
            .toBe('cluster c {\n\ttopic t {\n\t\tpartitions 1\n\t\treplication-factor 1\n\t}\n}\n');
    });

    test('CRLF files keep CRLF', async () => {
        expect(await formatted('cluster c {\r\nbroker 1\r\n}\r\n')).toBe('cluster c {\r\n    broker 1\r\n}\r\n');
    });
});

describe('documents that are left alone', () => {
    test('a document with a syntax error gets no edits', async () => {
        expect(await editsOf('cluster c {\n  broker 1\n  topic t { partitions }\n')).toEqual([]);
    });

    test('a Tools for Apache Kafka file gets no edits', async () => {
        expect(await editsOf('PRODUCER keyed-message\ntopic: demo\nkey: a\n   {"x": 1}\n')).toEqual([]);
    });

    test('a formatted document gets no edits at all', async () => {
        expect(await editsOf('cluster c {\n    broker 1 { rack "a" }\n}\n')).toEqual([]);
    });
});

describe('range and on-type formatting', () => {
    const messy = 'cluster c {\ntopic a {\npartitions 1\n}\ntopic b {\npartitions 2\n}\n}\n';

    test('range formatting only touches the lines of the range', async () => {
        const result = await formatted(messy, { start: { line: 4, character: 0 }, end: { line: 6, character: 1 } });
        expect(result).toBe('cluster c {\ntopic a {\npartitions 1\n}\n    topic b {\n        partitions 2\n    }\n}\n');
    });

    test('typing } lays out the block it closes', async () => {
        expect(formatter.formatOnTypeOptions?.firstTriggerCharacter).toBe('}');
        const document = await parseDocument(language, messy, { documentUri: ownFolderUri() });
        const edits = await formatter.formatDocumentOnType(document, {
            textDocument: { uri: document.uri.toString() }, options: OPTIONS, ch: '}', position: { line: 3, character: 1 }
        });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe('cluster c {\n    topic a {\n        partitions 1\n    }\ntopic b {\npartitions 2\n}\n}\n');
    });
});

// How long it takes is a benchmark figure, not a timed test.
test('a 30 000-line file is formatted whole: every block laid out, comments kept', async () => {
    const topics = Array.from({ length: 6000 }, (_, i) => `topic t${i} {\npartitions 1\n// c\nreplication-factor 1\n}`).join('\n');
    const text = `cluster big {\nbroker 1\n${topics}\n}\n`;
    const result = await formatted(text);
    const lines = result.split('\n');
    expect(lines.length).toBeGreaterThan(30_000);
    expect(lines.filter((l) => l === '        partitions 1')).toHaveLength(6000);
    expect(lines.filter((l) => l === '        // c')).toHaveLength(6000);
    expect(lines.filter((l) => /^ {4}topic t\d+ \{$/.test(l))).toHaveLength(6000);
});

describe('through the stdio server', () => {
    let dir: string;
    let server: ChildProcessWithoutNullStreams;
    let client: LspClient;

    beforeAll(async () => {
        dir = mkdtempSync(join(tmpdir(), 'kafka-topology-format-'));
        await esbuild.build({
            entryPoints: [join(REPO, 'language-server/main.ts')], outfile: join(dir, 'main.cjs'), bundle: true,
            platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], logLevel: 'error'
        });
        server = spawn(process.execPath, [join(dir, 'main.cjs'), '--stdio'], { stdio: 'pipe' });
        client = new LspClient(server);
        const init = (await client.initialize('en')) as { capabilities: Record<string, unknown> };
        expect(init.capabilities.documentFormattingProvider).toBe(true);
        expect(init.capabilities.documentOnTypeFormattingProvider).toEqual({ firstTriggerCharacter: '}' });
    }, 60_000);

    afterAll(async () => {
        await client?.shutdown();
        server?.kill();
        rmSync(dir, { recursive: true, force: true });
    });

    test('textDocument/formatting returns the edits of format-on-save', async () => {
        const uri = 'file:///tmp/format-on-save.kafka';
        const text = 'cluster c {\nbroker 1   // the only one\n  topic t{partitions 1}\n}';
        const diagnostics = client.nextDiagnostics(uri);
        client.open(uri, text);
        await diagnostics;
        const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: OPTIONS });
        const result = TextDocument.applyEdits(TextDocument.create(uri, 'kafka-topology', 1, text), edits);
        expect(result).toBe('cluster c {\n    broker 1   // the only one\n    topic t { partitions 1 }\n}\n');
    });
});
