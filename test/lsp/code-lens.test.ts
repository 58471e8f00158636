// Code lenses: simulate failover, run scenario, fault tolerance per topic (lazily
// resolved once wired), assignment per group; in English and Korean.
import { EmptyFileSystem } from 'langium';
import { parseDocument } from 'langium/test';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CodeLens, Connection, InitializeResult } from 'vscode-languageserver';
import { createKafkaTopologyServices } from '../../language-server/kafka-topology-module.js';
import { KafkaTopologyCodeLensProvider } from '../../language-server/lsp/kafka-topology-code-lens-provider.js';
import { RUN_SCENARIO_COMMAND, SIMULATE_FAILOVER_COMMAND } from '../../language-server/protocol.js';
import { registerCodeLensResolve } from '../../language-server/lsp/hints/code-lens-resolve.js';
import { ClusterFacts } from '../../language-server/model/cluster-facts.js';
import { language, ownFolderUri, reset } from '../support/language.js';

const TEXT = `cluster shop {
    controllers 3
    brokers 1..3
    topic orders { partitions 3 replication-factor 3 min-insync-replicas 2 }
    topic too-wide { replication-factor 4 }
    topic orders { partitions 1 }
    consumer-group billing { consumes orders members [A-1, A-2, A-3, A-4] }
    consumer-group both { consumes orders, too-wide members [x] }
    consumer-group lost { consumes nothing }
    scenario drill { fail broker 1 expect orders writable }
}
cluster zones {
    brokers 1..6 { racks "a", "b", "c" }
    topic events { partitions 2 replication-factor 3 min-insync-replicas 2 }
}
cluster half-racked { placement admin-utils
    broker 1 { rack "a" }
    broker 2
    topic t { }
}
cluster big {
    controllers 3
    brokers 1..6
    topic wide { replication-factor 5 }
}
`;

/** The uri of the document `lenses` parsed last. */
let uri = '';

async function lenses(locale: 'en' | 'ko' = 'en', provider = new KafkaTopologyCodeLensProvider(language), text = TEXT): Promise<CodeLens[]> {
    language.kafka.Locale.set(locale);
    const document = await parseDocument(language, text, { documentUri: ownFolderUri() });
    uri = document.uri.toString();
    return (await provider.provideCodeLens(document, { textDocument: { uri } })) ?? [];
}

/** `line: title` per lens (1-based lines). */
function titles(found: CodeLens[]): string[] {
    return found.map((l) => `${l.range.start.line + 1}: ${l.command?.title ?? '(unresolved)'}`);
}

afterEach(async () => {
    language.kafka.Locale.set('en');
    vi.restoreAllMocks();
    await reset();
});

describe('commands', () => {
    test('above each cluster: simulate failover, with the document and the cluster', async () => {
        const found = await lenses();
        const simulate = found.filter((l) => l.command?.command === SIMULATE_FAILOVER_COMMAND);
        expect(simulate.map((l) => [l.range.start.line + 1, l.command!.title, l.command!.arguments])).toEqual([
            [1, '▶ Simulate failover', [{ uri, cluster: 'shop' }]],
            [12, '▶ Simulate failover', [{ uri, cluster: 'zones' }]],
            [16, '▶ Simulate failover', [{ uri, cluster: 'half-racked' }]],
            [21, '▶ Simulate failover', [{ uri, cluster: 'big' }]]
        ]);
    });

    test('above each scenario: run scenario, with the document, the cluster and the scenario', async () => {
        const run = (await lenses()).filter((l) => l.command?.command === RUN_SCENARIO_COMMAND);
        expect(run.map((l) => [l.range.start.line + 1, l.command!.title, l.command!.arguments])).toEqual([
            [10, '▶ Run scenario', [{ uri, cluster: 'shop', scenario: 'drill' }]]
        ]);
    });

    test('in Korean', async () => {
        const found = titles(await lenses('ko'));
        expect(found).toContain('1: ▶ 장애 조치 시뮬레이션');
        expect(found).toContain('10: ▶ 시나리오 실행');
    });
});

describe('fault tolerance above each topic', () => {
    test('brokers, racks when the brokers have racks, "at least" when the search stopped early', async () => {
        const found = titles(await lenses());
        expect(found).toContain('4: Survives 1 broker failure for acks=all writes, 2 for reads');
        expect(found).toContain('14: Survives 1 broker failure for acks=all writes, 2 for reads · 1 rack failure for writes, 1 for reads');
        expect(found).toContain('24: Survives at least 3 broker failures for acks=all writes, at least 3 for reads');
    });

    test('a topic the model cannot place, a second declaration, a cluster that cannot be modelled: the lens says why', async () => {
        const found = titles(await lenses());
        expect(found).toContain('5: Not simulated: replication-factor 4 is larger than the 3 brokers, so Kafka cannot place it');
        expect(found).toContain('6: Declared twice: the first declaration counts');
        expect(found.find((t) => t.startsWith('19: '))).toMatch(/^19: Not simulated: some brokers have a rack and broker 2 has none/);
    });

    test('in Korean', async () => {
        const found = titles(await lenses('ko'));
        expect(found).toContain('4: 브로커 장애 1대까지 acks=all 쓰기 가능, 읽기는 2대까지');
        expect(found).toContain('14: 브로커 장애 1대까지 acks=all 쓰기 가능, 읽기는 2대까지 · 랙 장애 1개까지 쓰기 가능, 읽기는 1개까지');
        expect(found).toContain('24: 브로커 장애 최소 3대까지 acks=all 쓰기 가능, 읽기는 최소 3대까지');
        expect(found).toContain('5: 시뮬레이션 불가: replication-factor 4이(가) 브로커 수 3보다 커서 Kafka가 배치할 수 없습니다');
    });
});

describe('assignment above each consumer group', () => {
    test('partitions per member, idle members named, topic-partition spelling for several topics', async () => {
        const found = titles(await lenses());
        expect(found).toContain('7: A-1: P0 · A-2: P1 · A-3: P2 · A-4: idle');
        expect(found).toContain('8: x: orders-0, orders-1, orders-2, too-wide-0');
        expect(found).toContain('9: No assignment: the group consumes no declared topic with partitions');
    });

    test('in Korean', async () => {
        expect(titles(await lenses('ko'))).toContain('7: A-1: P0 · A-2: P1 · A-3: P2 · A-4: 유휴');
    });

    test('above a share group too: members share a partition when they outnumber the partitions, nobody idle', async () => {
        const text = `cluster s {
    brokers 1..3
    topic jobs { partitions 2 replication-factor 3 }
    share-group workers { consumes jobs members [w1, w2, w3] }
}`;
        const found = titles(await lenses('en', undefined, text));
        const line = found.find((t) => t.startsWith('4: '));
        expect(line).toBeDefined();
        const perMember = line!.slice(3).split(' · ');
        expect(perMember.map((m) => m.split(':')[0])).toEqual(['w1', 'w2', 'w3']);
        expect(perMember.every((m) => /: P\d/.test(m))).toBe(true);
        const holders = (p: string) => perMember.filter((m) => m.split(': ')[1].split(', ').includes(p)).length;
        expect([holders('P0'), holders('P1')]).toEqual([2, 2]);
    });

    test('display-only: no command runs on click', async () => {
        const group = (await lenses()).find((l) => l.range.start.line === 6)!;
        expect(group.command?.command).toBe('');
    });
});

describe('lazy fault tolerance', () => {
    test('with resolve enabled, topic lenses come without analysis and are filled in by codeLens/resolve', async () => {
        const provider = new KafkaTopologyCodeLensProvider(language);
        provider.enableResolve();
        const analysis = vi.spyOn(ClusterFacts.prototype, 'faultToleranceOf');
        const found = await lenses('en', provider);
        const topic = found.find((l) => l.range.start.line === 3)!;
        expect(topic.command).toBeUndefined();
        expect(topic.data).toEqual({ uri, cluster: 0, topic: 'orders' });
        expect(analysis).not.toHaveBeenCalled();
        const resolved = await provider.resolveCodeLens(topic);
        expect(resolved.command?.title).toBe('Survives 1 broker failure for acks=all writes, 2 for reads');
        expect(analysis).toHaveBeenCalledTimes(1);
    });

    test('a 500-topic file gets its lenses without 500 analyses', async () => {
        const topics = Array.from({ length: 500 }, (_, i) => `    topic t${i} { partitions 12 replication-factor 3 min-insync-replicas 2 }`).join('\n');
        const provider = new KafkaTopologyCodeLensProvider(language);
        provider.enableResolve();
        const analysis = vi.spyOn(ClusterFacts.prototype, 'faultToleranceOf');
        const found = await lenses('en', provider, `cluster big {\n    brokers 1..9 { racks "a", "b", "c" }\n${topics}\n}\n`);
        expect(found.filter((l) => l.data)).toHaveLength(500);
        expect(analysis).not.toHaveBeenCalled();
    });

    test('registerCodeLensResolve advertises resolve support and answers codeLens/resolve', async () => {
        const { shared, KafkaTopology } = createKafkaTopologyServices(EmptyFileSystem);
        let resolve: ((lens: CodeLens) => Promise<CodeLens>) | undefined;
        const connection = { onCodeLensResolve: (handler: typeof resolve) => { resolve = handler; } } as unknown as Connection;
        registerCodeLensResolve(connection, KafkaTopology);
        const result: InitializeResult = await shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, capabilities: {} });
        expect(result.capabilities.codeLensProvider).toEqual({ resolveProvider: true });

        const document = await parseDocument(KafkaTopology, TEXT, { documentUri: ownFolderUri() });
        const provided = await KafkaTopology.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        const topic = provided!.find((l) => l.range.start.line === 4)!;
        expect((await resolve!(topic)).command?.title).toBe('Not simulated: replication-factor 4 is larger than the 3 brokers, so Kafka cannot place it');
    });
});

test('with the analysis turned off only the command lenses remain', async () => {
    language.kafka.Settings.update({ analysis: { enabled: false } });
    try {
        const found = await lenses();
        expect(found.map((l) => l.command?.command)).toEqual([SIMULATE_FAILOVER_COMMAND, RUN_SCENARIO_COMMAND, SIMULATE_FAILOVER_COMMAND, SIMULATE_FAILOVER_COMMAND, SIMULATE_FAILOVER_COMMAND]);
    } finally {
        language.kafka.Settings.update({ analysis: { enabled: true } });
    }
});

test('the registered provider gives the same lenses', async () => {
    expect(titles(await lenses('en', language.lsp.CodeLensProvider as KafkaTopologyCodeLensProvider))).toEqual(titles(await lenses()));
});

test('a Tools for Apache Kafka file gets no lenses', async () => {
    expect(await lenses('en', undefined, 'PRODUCER keyed\ntopic: demo\n')).toEqual([]);
});
