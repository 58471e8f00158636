// Hover: topics (settings and their origin, placement, fault tolerance, clients),
// consumer groups, brokers, racks, controllers, config keys and keyword concepts,
// in English and Korean; clusters that cannot be modelled; and the stdio server.
import { expectHover } from 'langium/test';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver';
import { catalogue } from '../../language-server/messages/index.js';
import { LspClient } from '../support/lsp-client.js';
import { SERVER } from '../support/markers.js';
import { language, reset } from '../support/language.js';
import { hoverAt as rawHoverAt } from './support/features.js';

/** The gap VS Code needs between table cells (see markdown.ts). */
const GAP = '&emsp;';
/** Table rows without their cell gaps: the assertions below read the cells; 'table cells are spaced' checks the gaps. */
const withoutGaps = (markdown: string): string => markdown.replaceAll(`${GAP} |`, ' |');
async function hoverAt(...args: Parameters<typeof rawHoverAt>): Promise<string | undefined> {
    const hover = await rawHoverAt(...args);
    return hover === undefined ? undefined : withoutGaps(hover);
}

afterEach(async () => {
    language.kafka.Locale.set('en');
    await reset();
});

// The study notes' recommended setup: 3 brokers in 3 racks, RF 3, min ISR 2.
const PLATFORM = `cluster order-platform { placement admin-utils
    broker 1 { rack "az-1" }
    broker 2 { rack "az-2" }
    broker 3 { rack "az-3" }

    defaults {
        replication-factor 3
        min-insync-replicas 2
    }

    topic order-created {
        partitions 3
        ordering key orderId
        description "An order was accepted."
        config { retention.ms = 30d }
    }

    producer order-service { produces order-created acks all key orderId }
    producer audit-service { produces order-created acks 1 }

    consumer-group notification-service {
        consumes order-created
        members [B-1, B-2, B-3, B-4]
    }

    scenario leader-dies {
        fail broker 1
        expect order-created writable
        expect quorum
    }
}
`;

/** PLATFORM with the cursor placed `at` characters into the first `needle`. */
function cursor(needle: string, at = 1, text = PLATFORM): string {
    const index = text.indexOf(needle);
    if (index < 0) throw new Error(`'${needle}' not found`);
    return text.slice(0, index + at) + '<|>' + text.slice(index + at);
}

describe('topic', () => {
    test('effective settings with their origin', async () => {
        const hover = (await hoverAt(cursor('topic order-created', 8)))!;
        expect(hover).toMatch(/^\*\*topic\*\* `order-created` — An order was accepted\./);
        expect(hover).toContain('| partitions | 3 | this topic (line 12) |');
        expect(hover).toContain('| replication-factor | 3 | `defaults` (line 7) |');
        expect(hover).toContain('| min-insync-replicas | 2 | `defaults` (line 8) |');
        expect(hover).toContain('| unclean leader election | false | Kafka default |');
        expect(hover).toContain('| ordering | key `orderId` | this topic (line 13) |');
        expect(hover).toContain('| `retention.ms` | `30d` | this topic (line 15) |');
    });

    test('table cells are spaced: VS Code pads no hover table cell, so every cell but the last ends with a gap', async () => {
        const hover = (await rawHoverAt(cursor('topic order-created', 8)))!;
        expect(hover).toContain(`| setting${GAP} | value${GAP} | from |\n| --- | --- | --- |`);
        expect(hover).toContain(`| unclean leader election${GAP} | false${GAP} | Kafka default |`);
        expect(hover).toContain(`| P0${GAP} | 1 (az-1)${GAP} | 2 (az-2), 3 (az-3) |`);
        const group = (await rawHoverAt(cursor('consumer-group notification-service', 16)))!;
        expect(group).toContain(`| \`B-1\`${GAP} | \`order-created\` P0 |`);
    });

    test('a placed topic is "a layout Kafka could choose" (striped) or AdminUtils\' (admin-utils); an assignment is not', async () => {
        const striped = 'cluster c {\n    brokers 1..3\n    topic t { partitions 3 replication-factor 3 }\n    topic pinned { partitions 1 replication-factor 1 assignment { 0: [2] } }\n}\n';
        expect(await hoverAt(cursor('topic t', 6, striped))).toContain('*A layout Kafka could choose*');
        expect(await hoverAt(cursor('topic pinned', 6, striped))).not.toContain('layout');
        const admin = striped.replace('cluster c {', 'cluster c { placement admin-utils');
        expect(await hoverAt(cursor('topic t', 6, admin))).toContain("*AdminUtils' layout* with start index 0");
    });

    test('replica placement from the simulator: the first replica leads', async () => {
        const hover = (await hoverAt(cursor('topic order-created', 8)))!;
        // Kafka's rack-aware placement of 3 partitions over az-1..az-3 (start index 0).
        expect(hover).toContain('| P0 | 1 (az-1) | 2 (az-2), 3 (az-3) |');
        expect(hover).toContain('| P1 | 2 (az-2) | 3 (az-3), 1 (az-1) |');
        expect(hover).toContain('| P2 | 3 (az-3) | 1 (az-1), 2 (az-2) |');
    });

    test('fault tolerance per broker and per rack, and who writes and reads', async () => {
        const hover = (await hoverAt(cursor('topic order-created', 8)))!;
        expect(hover).toContain('- survives 1 broker failure for acks=all writes, 1 for reads (brokers 1, 2 down → not writable)');
        expect(hover).toContain('- survives 1 rack failure for acks=all writes, 1 for reads');
        // Reads need a leader election, and the brokers are the quorum here.
        expect(hover).toContain('With 2 brokers down the brokers\' quorum is lost (a majority of 2 of 3 voters must be alive), so no new leader can be elected.');
        expect(hover).toContain('**Producers**: `order-service` (acks all), `audit-service` (acks 1)');
        expect(hover).toContain('**Consumer groups**: `notification-service`');
    });

    test('a reference shows the same as the declaration', async () => {
        const declaration = await hoverAt(cursor('topic order-created', 8));
        await reset();
        expect(await hoverAt(cursor('expect order-created', 9))).toBe(declaration);
    });

    test('in Korean', async () => {
        const hover = (await hoverAt(cursor('produces order-created', 12), 'ko'))!;
        expect(hover).toMatch(/^\*\*토픽\*\* `order-created`/);
        expect(hover).toContain('| replication-factor | 3 | `defaults` (7행) |');
        expect(hover).toContain('| unclean 리더 선출 | false | Kafka 기본값 |');
        expect(hover).toContain('**복제본 배치** — 첫 번째 복제본 = 선호 리더');
        expect(hover).toContain('- acks=all 쓰기는 브로커 1대 장애까지, 읽기는 1대 장애까지 견딥니다');
        expect(hover).toContain('**프로듀서**: `order-service` (acks all)');
    });

    test('"at least" when the failure sets are too many to try them all', async () => {
        const text = 'cluster big {\n    controllers 3\n    brokers 1..10\n    topic t { partitions 10 replication-factor 5 }\n}\n';
        const hover = (await hoverAt(cursor('topic t', 6, text)))!;
        expect(hover).toContain('survives at least 3 broker failures for acks=all writes, at least 3 for reads');
        expect(hover).not.toContain('quorum is lost'); // dedicated controllers keep electing leaders
        expect(hover).not.toContain('| P10 |');
    });

    test('large topics list the first partitions and say how many more', async () => {
        const text = 'cluster big {\n    brokers 1..3\n    topic t { partitions 40 replication-factor 3 min-insync-replicas 2 }\n}\n';
        const hover = (await hoverAt(cursor('topic t', 6, text)))!;
        expect(hover).toContain('| P11 |');
        expect(hover).not.toContain('| P12 |');
        expect(hover).toContain('… and 28 more partitions');
    });
});

describe('clusters that cannot be modelled', () => {
    test('a topic whose replication factor exceeds the brokers', async () => {
        const text = 'cluster c {\n    broker 1\n    broker 2\n    topic t { partitions 3 replication-factor 3 }\n}\n';
        const hover = (await hoverAt(cursor('topic t', 6, text)))!;
        expect(hover).toContain('| replication-factor | 3 | this topic (line 4) |');
        expect(hover).toContain('Not simulated: replication-factor 3 is larger than the 2 brokers, so Kafka cannot place it.');
        expect(hover).not.toContain('Replica placement');
        expect(await hoverAt(cursor('topic t', 6, text), 'ko')).toContain('시뮬레이션할 수 없습니다: replication-factor 3이(가) 브로커 수 2보다 커서');
    });

    test('a cluster without brokers, and one with racks on some brokers only', async () => {
        const empty = 'cluster c {\n    topic t { partitions 3 }\n}\n';
        expect(await hoverAt(cursor('topic t', 6, empty))).toContain('Not simulated: the cluster has no broker.');
        const mixed = 'cluster c {\n    placement admin-utils\n    broker 1 { rack "a" }\n    broker 2\n    topic t { }\n}\n';
        const broker = (await hoverAt(cursor('broker 1', 7, mixed)))!;
        expect(broker).toContain('**broker** `1` — rack `a`');
        expect(broker).toContain('Not simulated: some brokers have a rack and broker 2 has none');
    });
});

describe('consumer group and members', () => {
    test('assignment per member, idle members flagged', async () => {
        const hover = (await hoverAt(cursor('consumer-group notification-service', 16)))!;
        expect(hover).toContain('**consumer group** `notification-service` — assignor `range`: 4 members, 3 partitions of `order-created`');
        expect(hover).toContain('| `B-1` | `order-created` P0 |');
        expect(hover).toContain('| `B-3` | `order-created` P2 |');
        expect(hover).toContain('| `B-4` | *idle: no partition* |');
        expect(hover).toContain('⚠ Idle: `B-4` — more members than partitions');
    });

    test('in Korean, and a member\'s own partitions', async () => {
        const hover = (await hoverAt(cursor('consumer-group notification-service', 16), 'ko'))!;
        expect(hover).toContain('어사이너 `range`: 멤버 4명, `order-created`의 파티션 3개');
        expect(hover).toContain('⚠ 유휴 멤버: `B-4`');
        await reset();
        expect(await hoverAt(cursor('B-2', 1))).toBe('**member** `B-2` of `notification-service` — `order-created` P1');
    });

    test('the assignor decides: roundrobin over two topics', async () => {
        const text = 'cluster c {\n    brokers 1..3\n    topic a { partitions 2 }\n    topic b { partitions 2 }\n    consumer-group g { consumes a, b members [m1, m2, m3] assignor roundrobin }\n}\n';
        const hover = (await hoverAt(cursor('consumer-group g', 15, text)))!;
        expect(hover).toContain('| `m1` | `a` P0; `b` P1 |');
        expect(hover).toContain('| `m2` | `a` P1 |');
        expect(hover).toContain('| `m3` | `b` P0 |');
    });
});

describe('producer', () => {
    const producer = (items: string) => `cluster c {\n    brokers 1..3\n    topic t { replication-factor 3 min-insync-replicas 2 }\n    producer p { produces t ${items} }\n}\n`;

    test('acks, topics and idempotence as Kafka ends up with it', async () => {
        const on = (await hoverAt(cursor('producer p', 10, producer('acks all'))))!;
        expect(on).toContain('**producer** `p` — acks `all`');
        expect(on).toContain('Writes to `t`.');
        expect(on).toContain('Idempotent: the broker drops the duplicates');
        await reset();
        const quiet = (await hoverAt(cursor('producer p', 10, producer('acks 1'))))!;
        expect(quiet).toContain('Not idempotent: with acks=1 the client quietly turns its default enable.idempotence=true off');
        expect(quiet).toContain('⚠ Without acks=all');
        await reset();
        expect(await hoverAt(cursor('producer p', 10, producer('acks 1 idempotent false')))).toContain('Not idempotent (`idempotent false`)');
        await reset();
        expect(await hoverAt(cursor('producer p', 10, producer('acks 0 idempotent true')))).toContain('Kafka refuses this producer: `idempotent true` needs acks=all (acks=0 is set).');
    });

    test('in Korean', async () => {
        expect(await hoverAt(cursor('producer p', 10, producer('acks 1')), 'ko')).toContain('멱등성 꺼짐: acks=1이면 클라이언트가 기본값 enable.idempotence=true를 조용히 끕니다');
    });
});

describe('brokers, racks, controllers', () => {
    test('a broker declaration: rack, voter, the partitions it leads and follows', async () => {
        const hover = (await hoverAt(cursor('broker 2', 7)))!;
        expect(hover).toContain('**broker** `2` — rack `az-2` · quorum voter');
        expect(hover).toContain('Leader of 1 partition, follower of 2 in the healthy cluster');
        expect(hover).toContain('| `order-created` | P1 | P0, P2 |');
    });

    test('a broker id in `fail broker` and in an assignment list', async () => {
        expect(await hoverAt(cursor('fail broker 1', 12))).toContain('| `order-created` | P0 | P1, P2 |');
        const text = 'cluster c {\n    brokers 1..3\n    topic t { partitions 2 replication-factor 2 assignment { 0: [3, 1] 1: [1, 2] } }\n    scenario s { fail broker 7 }\n}\n';
        expect(await hoverAt(cursor('[3, 1]', 1, text))).toContain('| `t` | P0 | — |');
        expect(await hoverAt(cursor('fail broker 7', 12, text))).toBe('Broker 7 is not declared in cluster `c`.');
        expect(await hoverAt(cursor('fail broker 7', 12, text), 'ko')).toBe('브로커 7은(는) 클러스터 `c`에 선언되지 않았습니다.');
    });

    test('in Korean', async () => {
        const hover = (await hoverAt(cursor('broker 1', 7), 'ko'))!;
        expect(hover).toContain('**브로커** `1` — 랙 `az-1` · 쿼럼 투표자');
        expect(hover).toContain('정상 상태에서 파티션 1개의 리더, 2개의 팔로워입니다');
    });

    test('a rack and a dedicated controller', async () => {
        const text = 'cluster c {\n    controllers 3\n    brokers 1..4 { racks "x", "y" }\n    scenario s { fail rack "y"\n fail controller 2 }\n}\n';
        expect(await hoverAt(cursor('rack "y"', 6, text))).toBe('**rack** `y` — Brokers `2`, `4`: failing the rack stops all of them at once.');
        expect(await hoverAt(cursor('controller 2', 11, text))).toContain('Controller 2 of 3 dedicated controllers: a majority of 2 must stay alive, so 1 may fail.');
    });
});

describe('config keys', () => {
    test('Kafka\'s documentation, type, default, unit, and the value written here', async () => {
        const hover = (await hoverAt(cursor('retention.ms', 3)))!;
        expect(hover).toContain('**retention.ms** — long (milliseconds) · default 604800000 (7d)');
        expect(hover).toContain(catalogue('en').configs['retention.ms']);
        expect(hover).toContain('Accepts a duration (500ms, 30s, 15m, 12h, 7d) or milliseconds.');
        expect(hover).toContain('Cluster-wide default: broker config `log.retention.ms`.');
        expect(hover).toContain('Here: `30d` = 2592000000 ms.');
    });

    test('in Korean, with the valid values of an enum', async () => {
        const text = 'cluster c {\n    broker 1\n    topic t { config { compression.type = zstd } }\n}\n';
        const hover = (await hoverAt(cursor('compression.type', 2, text), 'ko'))!;
        expect(hover).toContain('**compression.type** — string · 기본값 producer');
        expect(hover).toContain(catalogue('ko').configs['compression.type']);
        expect(hover).toContain('값: `uncompressed`, `zstd`, `lz4`, `snappy`, `gzip`, `producer`.');
    });

    test('an unknown key, with the nearest known one', async () => {
        const text = 'cluster c {\n    broker 1\n    topic t { config { retention.msec = 7d } }\n}\n';
        expect(await hoverAt(cursor('retention.msec', 2, text))).toBe('`retention.msec` is not a Kafka topic config. Did you mean `retention.ms`?');
    });
});

describe('keywords: the concept behind them', () => {
    test('partitions, in English and Korean', async () => {
        const en = (await hoverAt(cursor('partitions 3', 2)))!;
        expect(en).toMatch(/^\*\*Partitions\*\* — The unit of parallelism of a topic\./);
        expect(en).toContain('Order is kept only inside a partition, never across the topic');
        const ko = (await hoverAt(cursor('partitions 3', 2), 'ko'))!;
        expect(ko).toContain('순서는 각 Partition 내부에서만 보장되고 Topic 전체로는 보장되지 않습니다');
    });

    test('acks values, replication, ISR, quorum and steps', async () => {
        expect(await hoverAt(cursor('acks 1', 6))).toMatch(/^\*\*acks 1\*\* — Acknowledged once the leader has the write\./);
        expect(await hoverAt(cursor('acks all', 2), 'ko')).toContain('이벤트 유실 방지');
        expect(await hoverAt(cursor('min-insync-replicas 2', 3), 'ko')).toContain('**ISR (In-Sync Replicas)** — Leader와 동기화 상태를 유지하는 Replica 목록.');
        expect(await hoverAt(cursor('replication-factor 3', 3))).toContain('1 leader + (RF − 1) followers');
        expect(await hoverAt(cursor('expect quorum', 8))).toContain('Without a majority no metadata change commits');
        expect(await hoverAt(cursor('fail broker 1', 1))).toMatch(/^\*\*fail\*\*/);
        expect(await hoverAt(cursor('writable', 2))).toContain('min(min-insync-replicas, RF)');
        expect(await hoverAt(cursor('consumer-group', 2))).toContain('members beyond the partition count stay idle');
    });

    test('through Langium\'s expectHover', async () => {
        await expectHover(language)({ text: cursor('ordering key', 2), index: 0, hover: /`total`: one order over the whole topic, which needs exactly 1 partition/, disposeAfterCheck: true });
    });

    test('braces and comments have no hover', async () => {
        expect(await hoverAt(cursor('{ rack', 0))).toBeUndefined();
        expect(await hoverAt('// a <|>comment\ncluster c { broker 1 }')).toBeUndefined();
    });
});

test('files of the "Tools for Apache Kafka" extension get no hover', async () => {
    expect(await hoverAt('PRODUCER keyed-message\ntopic: orders\nkey: <|>k')).toBeUndefined();
});

describe('through the stdio server', () => {
    let client: LspClient;

    beforeAll(async () => {
        client = await LspClient.start(SERVER, 'ko');
    });

    afterAll(() => client.stop());

    test('a hover and a completion list, in the client\'s locale', async () => {
        const uri = 'file:///tmp/lsp-hover-completion.kafka';
        const text = `${PLATFORM}cluster drill {\n    brokers 1..3\n    scenario s {\n        fail broker \n    }\n}\n`;
        const diagnostics = client.nextDiagnostics(uri);
        client.open(uri, text);
        await diagnostics;
        const lines = text.split('\n');
        const topicLine = lines.findIndex((l) => l.includes('topic order-created'));
        const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: topicLine, character: 12 } });
        const value = withoutGaps((hover.contents as MarkupContent).value);
        expect(value).toContain('**토픽** `order-created`');
        expect(value).toContain('| P0 | 1 (az-1) | 2 (az-2), 3 (az-3) |');
        const failLine = lines.findIndex((l) => l.includes('fail broker ') && l.trim() === 'fail broker');
        const completion = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', {
            textDocument: { uri },
            position: { line: failLine, character: lines[failLine].length }
        });
        const items = Array.isArray(completion) ? completion : completion.items;
        expect(items.map((i) => i.label)).toEqual(['1', '2', '3']);
        expect(items[0].detail).toBe('브로커 · 리더 파티션 0개');
    });
});
