// A cluster across files (issue 15): the files of one folder that declare the
// same `cluster NAME` are parts of one cluster. Names resolve across the parts,
// cluster-wide rules see all of them, each file reports only its own nodes.
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { isTopic } from '../../language-server/generated/ast.js';
import type { KafkaTopologyDocumentValidator } from '../../language-server/validation/kafka-topology-document-validator.js';
import { linkGeneration, relinkCounts } from '../../language-server/workspace/kept-links.js';
import { workspace } from './files.js';

const CLUSTER = `cluster payments {
    profile production
    controllers 3
    brokers 1..3 { racks "az-1", "az-2", "az-3" }
    defaults { partitions 3 replication-factor 3 min-insync-replicas 2 }
}
`;
const ORDERS = `cluster payments {
    topic orders { }
    producer checkout { produces orders, refunds }
}
`;
const REFUNDS = `cluster payments {
    topic refunds { }
    consumer-group ledger { consumes orders, refunds members 3 }
    scenario drill {
        fail broker 1
        expect orders writable
        expect group ledger balanced
    }
}
`;

describe('parts of one cluster', () => {
    test('a clean split cluster has no diagnostics in any file', async () => {
        const ws = await workspace({ '/ws/cluster.kafka': CLUSTER, '/ws/orders.kafka': ORDERS, '/ws/refunds.kafka': REFUNDS });
        expect(ws.codes('/ws/cluster.kafka')).toEqual([]);
        expect(ws.codes('/ws/orders.kafka')).toEqual([]);
        expect(ws.codes('/ws/refunds.kafka')).toEqual([]);
    });

    test('names resolve to declarations in other files', async () => {
        const ws = await workspace({ '/ws/cluster.kafka': CLUSTER, '/ws/orders.kafka': ORDERS, '/ws/refunds.kafka': REFUNDS });
        const orders = ws.documents.get('/ws/orders.kafka')!;
        const refunds = ws.documents.get('/ws/refunds.kafka')!;
        const produced = orders.parseResult.value.clusters[0].producers[0].items[0];
        const target = (produced as { topics: Array<{ ref?: unknown }> }).topics[1].ref;
        expect(isTopic(target) && target.name).toBe('refunds');
        expect(target).toBe(refunds.parseResult.value.clusters[0].topics[0]);
    });

    test('without the file that declares it, a name is unresolved', async () => {
        const ws = await workspace({ '/ws/cluster.kafka': CLUSTER, '/ws/orders.kafka': ORDERS });
        expect(ws.codes('/ws/orders.kafka')).toEqual(['3:unresolved-reference']);
    });

    test('a file in another folder, or a cluster of another name, is a cluster of its own', async () => {
        const ws = await workspace({
            '/ws/cluster.kafka': CLUSTER,
            '/elsewhere/orders.kafka': ORDERS,
            '/ws/other.kafka': ORDERS.replace('cluster payments', 'cluster billing')
        });
        expect(ws.codes('/elsewhere/orders.kafka')).toEqual(expect.arrayContaining(['1:no-brokers', '3:unresolved-reference']));
        expect(ws.codes('/ws/other.kafka')).toEqual(expect.arrayContaining(['1:no-brokers', '3:unresolved-reference']));
    });
});

describe('cluster-wide rules see every part', () => {
    test('brokers declared in another file count (no no-brokers, RF checked against them)', async () => {
        const ws = await workspace({
            '/ws/cluster.kafka': CLUSTER,
            '/ws/team.kafka': 'cluster payments {\n    topic wide { replication-factor 4 }\n    topic fine { }\n    producer p { produces wide, fine }\n}\n'
        });
        expect(ws.codes('/ws/team.kafka')).toEqual(['2:replication-factor-exceeds-brokers']);
        expect(ws.diagnostics('/ws/team.kafka')[0].message).toContain('3');
    });

    test('a topic declared in two files: the later file (by name) reports the duplicate', async () => {
        const ws = await workspace({ '/ws/a.kafka': ORDERS, '/ws/b.kafka': REFUNDS + ORDERS.replace('producer checkout', 'producer other'), '/ws/cluster.kafka': CLUSTER });
        expect(ws.codes('/ws/a.kafka')).not.toContain('2:duplicate-topic');
        expect(ws.codes('/ws/b.kafka')).toContain('11:duplicate-topic');
    });

    test('producers, groups and the profile given twice across files are duplicates', async () => {
        const ws = await workspace({
            '/ws/a.kafka': CLUSTER,
            '/ws/b.kafka': 'cluster payments {\n    profile development\n    topic t { }\n    producer p { produces t }\n    consumer-group g { consumes t }\n}\n',
            '/ws/c.kafka': 'cluster payments {\n    producer p { produces t }\n    consumer-group g { consumes t }\n}\n'
        });
        expect(ws.codes('/ws/b.kafka')).toContain('2:duplicate-property');
        expect(ws.codes('/ws/c.kafka')).toEqual(expect.arrayContaining(['2:duplicate-producer', '3:duplicate-group']));
    });

    test('a topic used only by a client in another file is not unused', async () => {
        const withClient = await workspace({ '/ws/cluster.kafka': CLUSTER, '/ws/orders.kafka': ORDERS, '/ws/refunds.kafka': REFUNDS });
        expect(withClient.codes('/ws/refunds.kafka')).not.toContain('2:unused-topic');
        const alone = await workspace({ '/ws/cluster.kafka': CLUSTER, '/ws/t.kafka': 'cluster payments {\n    topic lonely { }\n    producer p { produces other }\n    topic other { }\n}\n' });
        expect(alone.codes('/ws/t.kafka')).toEqual(['2:unused-topic']);
    });

    test('a scenario runs over topics and groups of other files', async () => {
        const failing = REFUNDS.replace('expect orders writable', 'expect orders not writable');
        const ws = await workspace({ '/ws/cluster.kafka': CLUSTER, '/ws/orders.kafka': ORDERS, '/ws/refunds.kafka': failing });
        expect(ws.codes('/ws/refunds.kafka').some((c) => c.startsWith('6:'))).toBe(true);
        expect(ws.codes('/ws/orders.kafka')).toEqual([]);
    });
});

describe('a split cluster costs the parts, not the parts squared', () => {
    test('what every part asks of the whole cluster is worked out once per build, and duplicates are still found in every part', async () => {
        const files: Record<string, string> = { '/ws/cluster.kafka': CLUSTER };
        for (let i = 0; i < 12; i++) {
            files[`/ws/team-${String(i).padStart(2, '0')}.kafka`] = `cluster payments {\n    topic t${i} { }\n    producer p${i} { produces t${i} }\n    consumer-group shared { consumes t${i} }\n}\n`;
        }
        const ws = await workspace(files);
        const validator = ws.services.KafkaTopology.validation.DocumentValidator as KafkaTopologyDocumentValidator;
        // The block diagnostics' context reads every part: once for the cluster, not once per part.
        expect(validator.blocks.counts.contexts).toBe(1);
        expect(ws.codes('/ws/team-00.kafka')).not.toContain('4:duplicate-group');
        for (let i = 1; i < 12; i++) expect(ws.codes(`/ws/team-${String(i).padStart(2, '0')}.kafka`)).toContain('4:duplicate-group');

        const uri = URI.file('/ws/team-05.kafka');
        const edited = files['/ws/team-05.kafka'].replace('topic t5 { }', 'topic t5 { partitions 6 }');
        ws.services.shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'kafka-topology', 2, edited));
        await ws.services.shared.workspace.DocumentBuilder.update([uri], []);
        expect(validator.blocks.counts.contexts).toBe(2);
        expect(ws.codes('/ws/team-05.kafka')).toContain('4:duplicate-group');
        expect(ws.codes('/ws/team-00.kafka')).not.toContain('4:duplicate-group');
    });
});

describe('an edit in one part relinks only the parts that link into it', () => {
    test('parts without a reference into the edited file are not read again; a part with one resolves to the new block', async () => {
        const files: Record<string, string> = { '/ws/cluster.kafka': CLUSTER };
        for (let i = 0; i < 8; i++) files[`/ws/team-${i}.kafka`] = `cluster payments {\n    topic t${i} { }\n    producer p${i} { produces t${i} }\n}\n`;
        // One part writes to team-3's topic, one has a name that resolves nowhere.
        files['/ws/reader.kafka'] = 'cluster payments {\n    producer audit { produces t3 }\n}\n';
        files['/ws/typo.kafka'] = 'cluster payments {\n    producer lost { produces t99 }\n}\n';
        const ws = await workspace(files);
        const uri = URI.file('/ws/team-3.kafka');
        const before = { ...relinkCounts };
        const generations = new Map([...ws.documents].map(([path, document]) => [path, linkGeneration(document)]));
        const edited = files['/ws/team-3.kafka'].replace('topic t3 { }', 'topic t3 { partitions 6 }');
        ws.services.shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'kafka-topology', 2, edited));
        await ws.services.shared.workspace.DocumentBuilder.update([uri], []);
        // cluster.kafka and the seven other teams link nothing into team-3; reader links into it, typo has an unresolved name.
        expect(relinkCounts.skipped - before.skipped).toBe(8);
        expect(relinkCounts.read - before.read).toBe(2);
        const topic = ws.documents.get('/ws/team-3.kafka')!.parseResult.value.clusters[0].topics[0];
        const audit = ws.documents.get('/ws/reader.kafka')!.parseResult.value.clusters[0].producers[0].items[0] as unknown as { topics: Array<{ ref?: unknown }> };
        expect(audit.topics[0].ref).toBe(topic);
        expect(ws.codes('/ws/typo.kafka')).toEqual(['2:unresolved-reference']);
        expect(ws.codes('/ws/team-3.kafka')).toEqual([]);
        // What the index of the cluster's client references reads again: only the parts linked anew.
        const relinked = [...ws.documents].filter(([path, document]) => linkGeneration(document) !== generations.get(path)).map(([path]) => path);
        expect(relinked.sort()).toEqual(['/ws/reader.kafka', '/ws/team-3.kafka', '/ws/typo.kafka']);
        expect([...ws.documents.values()].every((document) => linkGeneration(document) !== undefined)).toBe(true);
    });
});
