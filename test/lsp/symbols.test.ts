// The outline (document symbols) and folding.
import { expectFoldings, expectSymbols } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { language, reset } from '../support/language.js';

const symbols = expectSymbols(language);
const foldings = expectFoldings(language);

const TEXT = `cluster shop {
    profile development
    broker 1 { rack "az-1" host "b1:9092" }
    brokers 2..4 { racks "az-2", "az-3" }
    defaults { replication-factor 3 }
    topic orders { partitions 6 min-insync-replicas 2 }
    producer checkout { produces orders acks 1 }
    consumer-group billing {
        consumes orders
        members [a, b]
    }
    consumer-group audit { consumes orders members 3 assignor roundrobin }
    scenario drill { fail broker 1 expect orders writable }
}
cluster other { broker 1 }
`;

const KIND_NAMES = Object.fromEntries(Object.entries(SymbolKind).map(([name, kind]) => [kind, name]));

/** name [kind] detail, children indented: the outline as a reader sees it. */
function outline(list: DocumentSymbol[] | undefined, depth = 0): string[] {
    return (list ?? []).flatMap((s) => [`${'  '.repeat(depth)}${s.name} [${KIND_NAMES[s.kind]}]${s.detail ? ` ${s.detail}` : ''}`, ...outline(s.children, depth + 1)]);
}

afterEach(async () => {
    language.kafka.Locale.set('en');
    await reset();
});

describe('outline', () => {
    test('clusters with brokers, defaults, topics, producers, groups with members and scenarios, in file order', async () => {
        await symbols({
            text: TEXT,
            assert: (list) => expect(outline(list)).toEqual([
                'shop [Namespace] development · 4 brokers',
                '  broker 1 [Object] rack az-1 · b1:9092',
                '  brokers 2..4 [Array] 3 brokers · racks az-2, az-3',
                '  defaults [Struct] RF 3',
                '  orders [Event] 6 partitions · RF 3 · min ISR 2',
                '  checkout [Function] → orders · acks 1',
                '  billing [Class] ← orders · 2 members · range',
                '    a [Field]',
                '    b [Field]',
                '  audit [Class] ← orders · 3 members · roundrobin',
                '    audit-1 [Field]',
                '    audit-2 [Field]',
                '    audit-3 [Field]',
                '  drill [Method] 2 steps',
                'other [Namespace] production · 1 broker',
                '  broker 1 [Object]'
            ])
        });
    });

    test('a symbol selects its name; a counted member selects the members count', async () => {
        await symbols({
            text: TEXT,
            assert: (list) => {
                const shop = list[0];
                const orders = shop.children!.find((s) => s.name === 'orders')!;
                expect(orders.selectionRange).toEqual({ start: { line: 5, character: 10 }, end: { line: 5, character: 16 } });
                expect(orders.range.start).toEqual({ line: 5, character: 4 });
                const audit1 = shop.children!.find((s) => s.name === 'audit')!.children![0];
                const line = TEXT.split('\n')[11];
                expect(audit1.selectionRange).toEqual({ start: { line: 11, character: line.indexOf('3') }, end: { line: 11, character: line.indexOf('3') + 1 } });
            }
        });
    });

    test('details in Korean', async () => {
        language.kafka.Locale.set('ko');
        await symbols({
            text: TEXT,
            assert: (list) => {
                const lines = outline(list);
                expect(lines).toContain('  orders [Event] 파티션 6개 · RF 3 · min ISR 2');
                expect(lines).toContain('  billing [Class] ← orders · 멤버 2명 · range');
                expect(lines).toContain('  brokers 2..4 [Array] 브로커 3대 · 랙 az-2, az-3');
                expect(lines).toContain('  drill [Method] 단계 2개');
            }
        });
    });

    test('a Tools for Apache Kafka file has no outline', async () => {
        await symbols({ text: 'PRODUCER keyed\ntopic: demo\n{"a": 1}\n', expectedSymbols: [] });
    });
});

describe('folding', () => {
    test('blocks and block comments of three lines or more fold, without their closing line', async () => {
        await foldings({
            text: [
                '/* a comment',
                '   over three',
                '   lines */',
                'cluster c {',
                '    broker 1 { rack "a" }',
                '    topic t {',
                '        partitions 1',
                '        config {',
                '            retention.ms = 7d',
                '        }',
                '    }',
                '}'
            ].join('\n'),
            assert: (ranges) => expect(ranges.map((r) => [r.startLine, r.endLine, r.kind])).toEqual([
                [0, 1, 'comment'],
                [3, 10, undefined],
                [5, 9, undefined],
                [7, 8, undefined]
            ])
        });
    });
});
