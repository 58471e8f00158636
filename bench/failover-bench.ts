// The failover view's server side (issue 4) on 99 brokers in 3 racks, 500 topics
// x 6 partitions: the view model of the healthy cluster, after a broker failure,
// a rack failure and ten steps. (The webview's render time is measured in real
// VS Code by test/vscode/ui-checks/failover-large-cluster.mjs.)
import { EmptyFileSystem } from 'langium';
import { URI } from 'vscode-uri';
import { FailoverRequests } from '../language-server/failover/failover-requests.js';
import { createKafkaTopologyServices } from '../language-server/kafka-topology-module.js';
import type { TimelineItem } from '../language-server/protocol.js';
import type { Step } from '../simulator/index.js';
import { generateTopology } from './generate-topology.js';
import { fmt, timeAsync, type Row } from './timing.js';

export async function failoverBench(rows: Row[]): Promise<void> {
    const { shared, KafkaTopology } = createKafkaTopologyServices(EmptyFileSystem);
    const text = generateTopology({ brokers: 99, racks: 3, topics: 500, partitionsPerTopic: 6, producers: 50, groups: 50, spreadReplicas: true });
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/bench/large.kafka'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const requests = new FailoverRequests(shared, KafkaTopology);
    const uri = document.uri.toString();
    const view = (items: TimelineItem[]) => requests.failoverView({ uri, cluster: 'generated', items });
    const step = (s: Step): TimelineItem => ({ kind: 'step', step: s });

    const initial = await timeAsync(5, () => view([]));
    rows.push(['failover view model, 99 brokers x 500 topics', `${fmt(initial.ms)} ms (${(JSON.stringify(initial.result).length / 1024).toFixed(0)} KiB)`, '< 1 s']);
    const broker = await timeAsync(5, () => view([step({ kind: 'fail-broker', broker: 1 })]));
    rows.push(['  after fail broker 1', `${fmt(broker.ms)} ms`, '< 1 s']);
    const rack = await timeAsync(5, () => view([step({ kind: 'fail-rack', rack: 'az-1' })]));
    rows.push(['  after fail rack (33 brokers)', `${fmt(rack.ms)} ms`, '< 1 s']);
    const ten = await timeAsync(5, () => view(Array.from({ length: 10 }, (_, i) => step({ kind: 'fail-broker', broker: i + 1 }))));
    rows.push(['  ten steps replayed', `${fmt(ten.ms)} ms`, '< 1 s']);

    // As the panel asks: each answer a patch of the one before (fail broker 1, recover it, ...).
    const crash: TimelineItem[] = [step({ kind: 'fail-broker', broker: 1 })];
    let held = await requests.failoverView({ uri, cluster: 'generated', items: [], patch: { base: undefined } });
    const patched = await timeAsync(20, async (i) => {
        held = await requests.failoverView({ uri, cluster: 'generated', items: i % 2 === 0 ? crash : [], patch: { base: held.answerId } });
        return held;
    });
    rows.push([
        '  one step as a patch of the answer before (fail / recover broker 1)',
        `${fmt(patched.ms)} ms (${(JSON.stringify(patched.result).length / 1024).toFixed(0)} KiB)`,
        'part of ≤ 200 ms end to end'
    ]);
}
