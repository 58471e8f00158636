// Inlay hints: inherited topic settings and each member's partitions, in English and Korean.
import { parseDocument } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import type { InlayHint, Range } from 'vscode-languageserver';
import { KafkaTopologyInlayHintProvider } from '../../language-server/lsp/kafka-topology-inlay-hint-provider.js';
import { language, ownFolderUri, reset } from '../support/language.js';

const TEXT = `cluster c {
    broker 1
    defaults { partitions 3 replication-factor 1 }
    topic inherits-all { }
    topic own-partitions { partitions 2 min-insync-replicas 1 }
    topic sets-everything { partitions 1 replication-factor 1 config { min.insync.replicas = 1 } }
    consumer-group named { consumes own-partitions members [a, b, c] }
    consumer-group counted { consumes inherits-all members 2 }
    consumer-group many { consumes inherits-all, own-partitions members 6 assignor roundrobin }
}
`;

const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

/** `line:character label` for each hint (1-based lines). */
async function hints(text = TEXT, locale: 'en' | 'ko' = 'en', range = WHOLE, provider = new KafkaTopologyInlayHintProvider(language)): Promise<string[]> {
    language.kafka.Locale.set(locale);
    const document = await parseDocument(language, text, { documentUri: ownFolderUri() });
    const found: InlayHint[] = (await provider.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range })) ?? [];
    return found.map((h) => `${h.position.line + 1}:${h.position.character} ${typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')}`);
}

/** `line:character` right after `needle` (1-based line). */
function after(needle: string): string {
    const index = TEXT.indexOf(needle) + needle.length;
    const lines = TEXT.slice(0, index).split('\n');
    return `${lines.length}:${lines.at(-1)!.length}`;
}

afterEach(async () => {
    language.kafka.Locale.set('en');
    await reset();
});

describe('effective topic settings', () => {
    test("after a topic's name: what it inherits and from where, only what it does not set itself", async () => {
        const found = await hints();
        // One hint per origin: each stays under VS Code's 43 characters.
        expect(found).toContain(`${after('topic inherits-all')} partitions 3 · RF 1 (defaults)`);
        expect(found).toContain(`${after('topic inherits-all')} · min ISR 1 (Kafka)`);
        expect(found).toContain(`${after('topic own-partitions')} RF 1 (defaults)`);
        expect(found.filter((h) => h.startsWith(`${after('topic sets-everything')} `))).toEqual([]);
    });

    test('in Korean', async () => {
        const found = await hints(TEXT, 'ko');
        expect(found).toContain(`${after('topic inherits-all')} 파티션 3 · RF 1 (defaults)`);
        expect(found).toContain(`${after('topic inherits-all')} · min ISR 1 (Kafka 기본값)`);
    });

    test('all three from the defaults: one origin, short enough for VS Code not to cut it (43 characters)', async () => {
        const text = 'cluster c {\n    broker 1\n    broker 2\n    broker 3\n    defaults { partitions 3 replication-factor 3 min-insync-replicas 2 }\n    topic t { }\n}\n';
        const [hint] = await hints(text);
        expect(hint).toBe('6:11 partitions 3 · RF 3 · min ISR 2 (defaults)');
        expect(hint.length - '6:11 '.length).toBeLessThanOrEqual(43);
    });

    test('three origins: one hint each, none cut by VS Code (43 characters)', async () => {
        const text = 'cluster c {\n    broker 1\n    defaults { replication-factor 1 }\n    topic t { }\n}\n';
        const found = (await hints(text)).filter((h) => h.startsWith('4:11 '));
        expect(found).toEqual(['4:11 partitions 1 (Kafka)', '4:11 · RF 1 (defaults)', '4:11 · min ISR 1 (Kafka)']);
        for (const hint of [...found, ...(await hints(text, 'ko')).filter((h) => h.startsWith('4:11 '))]) expect(hint.length - '4:11 '.length).toBeLessThanOrEqual(43);
    });
});

describe("members' partitions", () => {
    test('after each named member: its partitions, or idle', async () => {
        const found = await hints();
        expect(found).toContain(`${after('[a')} → own-partitions-0`);
        expect(found).toContain(`${after(', b')} → own-partitions-1`);
        expect(found).toContain(`${after(', c')} idle`);
    });

    test('after `members N`: no hint, the code lens above the group lists the same assignment', async () => {
        const found = await hints();
        expect(found.filter((h) => h.startsWith(after('members 2')) || h.startsWith(after('members 6')))).toEqual([]);
    });

    test('in Korean', async () => {
        const found = await hints(TEXT, 'ko');
        expect(found).toContain(`${after(', c')} 유휴`);
        expect(found).toContain(`${after('[a')} → own-partitions-0`);
    });

    test('no hint for a group that consumes no known topic', async () => {
        const text = 'cluster c {\n    broker 1\n    consumer-group g { consumes missing members [a] }\n}\n';
        expect(await hints(text)).toEqual([]);
    });
});

test('only the hints of the requested range', async () => {
    const found = await hints(TEXT, 'en', { start: { line: 6, character: 0 }, end: { line: 6, character: 80 } });
    expect(found.map((h) => h.split(':')[0])).toEqual(['7', '7', '7']);
});

test('the registered provider gives the same hints', async () => {
    expect(await hints(TEXT, 'en', WHOLE, language.lsp.InlayHintProvider as KafkaTopologyInlayHintProvider)).toEqual(await hints());
});

test('a Tools for Apache Kafka file gets no hints', async () => {
    expect(await hints('PRODUCER keyed\ntopic: demo\n')).toEqual([]);
});
