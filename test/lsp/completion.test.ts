// Completion: keywords with their Kafka concept, names in scope, broker ids,
// racks, config keys and values, enum values, snippets — on complete and on
// half-typed files, in English and Korean.
import { expectCompletion } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { catalogue } from '../../language-server/messages/index.js';
import { TOPIC_CONFIGS } from '../../language-server/model/topic-configs.js';
import { language, reset } from '../support/language.js';
import { completionAt, documentation, inserted, item, labels } from './support/features.js';

afterEach(async () => {
    language.kafka.Locale.set('en');
    await reset();
});

// The cluster every test types into; the cursor goes after it, at the end of an unfinished file.
const CLUSTER = `cluster shop {
    broker 1 { rack "az-1" }
    broker 2 { rack "az-2" }
    broker 3 { rack "az-3" }
    topic orders { partitions 3 replication-factor 3 ordering key orderId }
    topic payments { partitions 2 replication-factor 3 }
    consumer-group billing { consumes orders members [b-1, b-2] }
    consumer-group audit { consumes payments members 2 }
`;

describe('keywords', () => {
    test('an empty file offers `cluster` with its concept, and the cluster snippet', async () => {
        const items = await completionAt('<|>');
        const keyword = item(items, 'cluster', CompletionItemKind.Keyword);
        expect(keyword.detail).toMatch(/Brokers that store and serve topics/);
        const snippet = item(items, 'cluster', CompletionItemKind.Snippet);
        expect(snippet.insertTextFormat).toBe(InsertTextFormat.Snippet);
        expect(snippet.insertText).toContain('cluster ${1:name} {');
        expect(snippet.insertText).toContain('replication-factor 3');
        expect(snippet.insertText).toContain('min-insync-replicas 2');
        expect(snippet.insertText).toMatch(/broker 1\n\s+broker 2\n\s+broker 3/);
    });

    test('inside a cluster: the cluster items, properties as properties, blocks with snippets', async () => {
        const items = await completionAt(`${CLUSTER}    <|>`);
        expect(labels(items.filter((i) => i.kind !== CompletionItemKind.Snippet))).toEqual([
            'profile', 'kafka-version', 'features', 'placement', 'controllers', 'broker', 'brokers', 'defaults', 'topic',
            'producer', 'consumer-group', 'share-group', 'scenario'
        ]);
        expect(item(items, 'profile').kind).toBe(CompletionItemKind.Property);
        expect(item(items, 'topic', CompletionItemKind.Keyword).detail).toMatch(/kind of event/);
        expect(documentation(item(items, 'controllers'))).toMatch(/majority/);
        expect(labels(items.filter((i) => i.kind === CompletionItemKind.Snippet)).sort()).toEqual(['consumer-group', 'producer', 'scenario', 'topic']);
    });

    test('half-typed property keyword inside an unclosed topic', async () => {
        const items = await completionAt(`${CLUSTER}    topic refunds {\n        pa<|>`);
        expect(labels(items)).toEqual(['partitions']);
        expect(items[0].kind).toBe(CompletionItemKind.Property);
        expect(items[0].detail).toBe('The unit of parallelism of a topic.');
        expect(documentation(items[0])).toMatch(/Order is kept only inside a partition/);
    });

    test('keyword documentation follows the locale', async () => {
        const items = await completionAt(`${CLUSTER}    topic refunds {\n        min<|>`, 'ko');
        const minIsr = item(items, 'min-insync-replicas');
        expect(minIsr.detail).toMatch(/ISR 수/);
        expect(documentation(minIsr)).toMatch(/Leader \+ 최소 1개 Follower/);
    });

    test('enum values: profile, ordering, assignor, acks', async () => {
        const profile = await completionAt(`${CLUSTER}    profile <|>`);
        expect(labels(profile)).toEqual(['production', 'development']);
        expect(profile.every((i) => i.kind === CompletionItemKind.EnumMember)).toBe(true);
        expect(profile[1].detail).toMatch(/Laptop/);

        const ordering = await completionAt(`${CLUSTER}    topic refunds { ordering <|>`);
        expect(labels(ordering)).toEqual(['none', 'total', 'key']);

        const assignor = await completionAt(`${CLUSTER}    consumer-group x { assignor <|>`);
        expect(labels(assignor)).toEqual(['range', 'roundrobin', 'sticky', 'cooperative-sticky', 'uniform']);
        expect(item(assignor, 'cooperative-sticky').detail).toMatch(/cooperatively/);

        const acks = await completionAt(`${CLUSTER}    producer p { acks <|>`);
        expect(labels(acks).sort()).toEqual(['0', '1', 'all']);
        expect(item(acks, 'all').detail).toMatch(/every in-sync replica/);
        expect(item(acks, '1').detail).toMatch(/leader has the write/);
    });

    test('`no` stands for both `no quorum` and `no data-loss`', async () => {
        const items = await completionAt(`${CLUSTER}    scenario s { expect <|>`);
        const no = item(items, 'no');
        expect(no.detail).toBe('no quorum · no data-loss');
        expect(documentation(no)).toMatch(/majority/);
        expect(documentation(no)).toMatch(/unclean leader election/);
    });
});

describe('names in scope', () => {
    test('topics after `produces`, with partitions and RF; listed topics are not offered again', async () => {
        const items = await completionAt(`${CLUSTER}    producer p {\n        produces <|>`);
        expect(labels(items)).toEqual(['orders', 'payments']);
        expect(item(items, 'orders').detail).toBe('topic · 3 partitions · RF 3');
        const after = await completionAt(`${CLUSTER}    producer p {\n        produces orders, <|>`);
        expect(labels(after)).toEqual(['payments']);
    });

    test('topics in `consumes` and `expect`, in Korean', async () => {
        const items = await completionAt(`${CLUSTER}    scenario s {\n        expect <|>`, 'ko');
        expect(item(items, 'payments').detail).toBe('토픽 · 파티션 2개 · RF 3');
        expect(labels(await completionAt(`${CLUSTER}    consumer-group x { consumes <|>`))).toEqual(['orders', 'payments']);
    });

    test('consumer groups after `expect group` and `in`', async () => {
        const groups = await completionAt(`${CLUSTER}    scenario s { expect group <|>`);
        expect(labels(groups)).toEqual(['billing', 'audit']);
        expect(item(groups, 'billing').detail).toBe('consumer group · range · 2 members');
        // Only the groups that have the member (issue 9): b-1 is billing's.
        expect(labels(await completionAt(`${CLUSTER}    scenario s { fail member b-1 in <|>`))).toEqual(['billing']);
    });

    test('`member M in G` offers the members of G only', async () => {
        const items = await completionAt(`${CLUSTER}    scenario s { fail member <|> in audit }\n}`);
        expect(labels(items)).toEqual(['audit-1', 'audit-2']);
        expect(items[0].detail).toBe('member of audit');
    });

    test('before the group is written, every member comes with its group', async () => {
        const items = await completionAt(`${CLUSTER}    scenario s {\n        recover member <|>`);
        expect(labels(items)).toEqual(['b-1', 'b-2', 'audit-1', 'audit-2']);
        expect(inserted(item(items, 'audit-2'))).toBe('audit-2 in audit');
    });

    test('a name spelled like a keyword is inserted quoted', async () => {
        const items = await completionAt('cluster c {\n    broker 1\n    topic "partitions" { }\n    producer p { produces <|>');
        expect(inserted(item(items, 'partitions'))).toBe('"partitions"');
    });
});

describe('brokers, racks, controllers', () => {
    test('broker ids after `fail broker` on an unfinished line, with rack and leadership', async () => {
        const items = await completionAt(`${CLUSTER}    scenario s {\n        fail broker <|>`);
        expect(labels(items)).toEqual(['1', '2', '3']);
        // orders P0 and payments P0 are led by broker 1 (first replica of Kafka's placement).
        expect(item(items, '1').detail).toBe('broker · rack az-1 · leads 2 partitions');
        expect(labels(await completionAt(`${CLUSTER}    scenario s { recover broker <|> }\n}`))).toEqual(['1', '2', '3']);
    });

    test('broker ids in an assignment list, without those already listed', async () => {
        expect(labels(await completionAt(`${CLUSTER}    topic t { replication-factor 2 assignment {\n        0: [<|>`))).toEqual(['1', '2', '3']);
        expect(labels(await completionAt(`${CLUSTER}    topic t { replication-factor 2 assignment {\n        0: [2, <|>`))).toEqual(['1', '3']);
    });

    test('racks after `fail rack`, inserted quoted, replacing an opening quote', async () => {
        const items = await completionAt(`${CLUSTER}    scenario s {\n        fail rack <|>`);
        expect(labels(items)).toEqual(['az-1', 'az-2', 'az-3']);
        expect(inserted(item(items, 'az-2'))).toBe('"az-2"');
        expect(item(items, 'az-2').detail).toBe('rack · broker 2');
        const quoted = await completionAt(`${CLUSTER}    scenario s {\n        fail rack "az<|>`);
        const edit = item(quoted, 'az-3').textEdit as { newText: string; range: { start: { character: number }; end: { character: number } } };
        expect(edit.newText).toBe('"az-3"');
        expect(edit.range.end.character - edit.range.start.character).toBe('"az'.length);
    });

    test('controller ids of a dedicated quorum', async () => {
        const items = await completionAt('cluster c {\n    controllers 3\n    brokers 1..3\n    scenario s { fail controller <|>');
        expect(labels(items)).toEqual(['1', '2', '3']);
        expect(items[2].detail).toBe('controller 3 of 3');
    });
});

describe('config', () => {
    const CONFIG = `${CLUSTER}    topic logs {\n        config {\n            `;

    test('every Kafka topic config key, with type, default and documentation', async () => {
        const items = await completionAt(`${CONFIG}<|>`);
        expect(labels(items).sort()).toEqual([...TOPIC_CONFIGS.keys()].sort());
        const retention = item(items, 'retention.ms');
        expect(retention.kind).toBe(CompletionItemKind.Property);
        expect(retention.detail).toBe('long (milliseconds) · default 604800000 (7d)');
        expect(documentation(retention)).toContain(catalogue('en').configs['retention.ms']);
        const cleanup = item(items, 'cleanup.policy');
        expect(cleanup.insertText).toBe('cleanup.policy = ${1|delete,compact|}');
        expect(cleanup.insertTextFormat).toBe(InsertTextFormat.Snippet);
    });

    test('keys in Korean; keys already set are not offered again', async () => {
        const items = await completionAt(`${CONFIG}retention.ms = 7d\n            <|>`, 'ko');
        expect(labels(items)).not.toContain('retention.ms');
        const cleanup = item(items, 'cleanup.policy');
        expect(cleanup.detail).toBe('list · 기본값 delete');
        expect(documentation(cleanup)).toContain(catalogue('ko').configs['cleanup.policy']);
    });

    test('a half-typed key', async () => {
        const items = await completionAt(`${CONFIG}retent<|>`);
        expect(labels(items)).toEqual(expect.arrayContaining(['retention.ms', 'retention.bytes']));
        expect(labels(items)).not.toContain('cleanup.policy');
    });

    test('enum values after `key =`, instead of the grammar\'s words', async () => {
        const cleanup = await completionAt(`${CONFIG}cleanup.policy = <|>`);
        expect(labels(cleanup)).toEqual(['delete', 'compact']);
        expect(item(cleanup, 'delete').detail).toBe('Kafka default');
        expect(documentation(item(cleanup, 'compact'))).toMatch(/latest record per key/);
        expect(labels(await completionAt(`${CONFIG}cleanup.policy = delete, <|>`))).toEqual(['compact']);
        expect(labels(await completionAt(`${CONFIG}cleanup.policy =<|>`))).toEqual(['delete', 'compact']); // `=` triggers completion
        expect(labels(await completionAt(`${CONFIG}compression.type = <|>`))).toEqual(['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer']);
        expect(labels(await completionAt(`${CONFIG}message.timestamp.type = <|>`))).toEqual(['CreateTime', 'LogAppendTime']);
        expect(labels(await completionAt(`${CONFIG}unclean.leader.election.enable = <|>`))).toEqual(['true', 'false']);
    });

    test('a numeric key offers its default, written with a unit', async () => {
        const items = await completionAt(`${CONFIG}retention.ms = <|>`);
        expect(labels(items)).toEqual(['7d']);
        expect(items[0].detail).toBe('Kafka default');
    });

    test('renaming a key keeps its `= value`', async () => {
        const items = await completionAt(`${CONFIG}cleanup<|> = compact\n        }\n    }\n}`);
        expect(inserted(item(items, 'cleanup.policy'))).toBe('cleanup.policy');
    });
});

describe('snippets', () => {
    test('the topic snippet leaves out what `defaults` already sets', async () => {
        const items = await completionAt('cluster c {\n    brokers 1..3\n    defaults { replication-factor 3 min-insync-replicas 2 }\n    <|>');
        const snippet = item(items, 'topic', CompletionItemKind.Snippet);
        expect(snippet.insertText).toBe('topic ${1:name} {\n    partitions ${2:3}\n    $0\n}');
    });

    test('the topic snippet fits a two-broker cluster', async () => {
        const items = await completionAt('cluster c {\n    profile development\n    broker 1\n    broker 2\n    <|>');
        const snippet = item(items, 'topic', CompletionItemKind.Snippet).insertText!;
        expect(snippet).toContain('replication-factor ${3:2}');
        expect(snippet).toContain('min-insync-replicas ${4:1}');
    });

    test('producer, consumer-group and scenario snippets use the cluster\'s names', async () => {
        const items = await completionAt(`${CLUSTER}    <|>`);
        const producer = item(items, 'producer', CompletionItemKind.Snippet);
        expect(producer.insertText).toBe('producer ${1:name} {\n    produces ${2|orders,payments|}\n    acks all\n    key ${3:orderId}\n    $0\n}');
        expect(documentation(producer)).toContain('```kafka\nproducer name {\n    produces orders\n    acks all\n    key orderId\n}\n```');
        const group = item(items, 'consumer-group', CompletionItemKind.Snippet).insertText!;
        expect(group).toContain('members ${3:3}'); // one member per partition of `orders`
        expect(group).toContain('assignor ${4|range,roundrobin,sticky,cooperative-sticky|}');
        const scenario = item(items, 'scenario', CompletionItemKind.Snippet).insertText!;
        expect(scenario).toContain('fail broker ${2|1,2,3|}');
        expect(scenario).toContain('expect ${3|orders,payments|} writable');
        expect(item(items, 'scenario', CompletionItemKind.Snippet).detail).toBe('new failover scenario');
    });

    test('snippet details in Korean', async () => {
        const items = await completionAt('<|>', 'ko');
        expect(item(items, 'cluster', CompletionItemKind.Snippet).detail).toBe('새 클러스터: 브로커 3개, RF 3, min ISR 2');
    });
});

test('through Langium\'s expectCompletion: key fields after a producer\'s `key`', async () => {
    await expectCompletion(language)({
        text: `${CLUSTER}    producer p {\n        produces orders\n        key <|>`,
        index: 0,
        expectedItems: ['orderId'],
        disposeAfterCheck: true
    });
});

test('the ordering field of a topic: key fields already in use', async () => {
    const items = await completionAt(`${CLUSTER}    topic refunds {\n        ordering key <|>`);
    // The field is optional, so the topic's next properties follow it.
    expect(labels(items).slice(0, 2)).toEqual(['orderId', 'partitions']);
    expect(items[0].kind).toBe(CompletionItemKind.Field);
});

test('`=`, `[` and `"` trigger completion (config values, assignment brokers, racks)', () => {
    expect(language.lsp.CompletionProvider!.completionOptions?.triggerCharacters).toEqual(['=', '[', '"']);
});

test('files of the "Tools for Apache Kafka" extension get no completion', async () => {
    expect(await completionAt('PRODUCER keyed-message\ntopic: orders\nkey: <|>')).toEqual([]);
});
