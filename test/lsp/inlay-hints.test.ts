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
        expect(found).toContain(`${after('topic inherits-all')} partitions: 3 (defaults) · RF: 1 (defaults) · min ISR: 1 (Kafka)`);
        expect(found).toContain(`${after('topic own-partitions')} RF: 1 (defaults)`);
        expect(found.filter((h) => h.startsWith(`${after('topic sets-everything')} `))).toEqual([]);
    });

    test('in Korean', async () => {
        expect(await hints(TEXT, 'ko')).toContain(`${after('topic inherits-all')} 파티션: 3 (defaults) · RF: 1 (defaults) · min ISR: 1 (Kafka 기본값)`);
    });
});

describe("members' partitions", () => {
    test('after each named member: its partitions, or idle', async () => {
        const found = await hints();
        expect(found).toContain(`${after('[a')} → own-partitions-0`);
        expect(found).toContain(`${after(', b')} → own-partitions-1`);
        expect(found).toContain(`${after(', c')} idle`);
    });

    test('after `members N`: each counted member, the list cut short after four', async () => {
        const found = await hints();
        expect(found).toContain(`${after('members 2')} counted-1 → inherits-all-0, inherits-all-1 · counted-2 → inherits-all-2`);
        expect(found).toContain(`${after('members 6')} many-1 → inherits-all-0 · many-2 → inherits-all-1 · many-3 → inherits-all-2 · many-4 → own-partitions-0 · +2 more`);
    });

    test('in Korean', async () => {
        const found = await hints(TEXT, 'ko');
        expect(found).toContain(`${after(', c')} 유휴`);
        expect(found.some((h) => h.startsWith(after('members 6')) && h.endsWith('· 외 2명'))).toBe(true);
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
