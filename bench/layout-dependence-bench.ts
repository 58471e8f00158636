// expectation-depends-on-placement's cost (issue 12): the layout-dependence check
// (up to 64 layouts per topic a passing topic expectation names) on every scenario
// of samples/ and of a generated cluster, next to one plain scenario run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { URI } from 'vscode-uri';
import type { Model } from '../language-server/generated/ast.js';
import { createKafkaTopologyServices } from '../language-server/kafka-topology-module.js';
import { translateScenario } from '../language-server/model/scenario-items.js';
import { layoutDependence, runScenario } from '../simulator/index.js';
import { generateTopology } from './generate-topology.js';
import { fmt, time, type Row } from './timing.js';

export async function layoutDependenceBench(rows: Row[]): Promise<void> {
    const { shared, KafkaTopology } = createKafkaTopologyServices(EmptyFileSystem);
    const files = readdirSync('samples').filter((f) => f.endsWith('.kafka')).map((f) => [f, readFileSync(join('samples', f), 'utf8')] as const);
    files.push(['generated (99 brokers, 500 topics x 6)', generateTopology({ brokers: 99, racks: 3, topics: 500, partitionsPerTopic: 6, producers: 50, groups: 50, spreadReplicas: true })]);
    for (const [name, text] of files) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/${name.replace(/\W+/g, '-')}.kafka`));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        let check = 0;
        let plain = 0;
        let scenarios = 0;
        let expectations = 0;
        let found = 0;
        for (const cluster of (document.parseResult.value as Model).clusters) {
            const facts = KafkaTopology.kafka.ClusterFacts.get(cluster);
            if (!facts.model.ok) continue;
            const model = facts.model.value;
            for (const scenario of cluster.scenarios) {
                const { items } = translateScenario(scenario, facts);
                scenarios++;
                expectations += items.filter((i) => i.kind === 'expect').length;
                plain += time(5, () => runScenario(model, items, { snapshots: false, events: false })).ms;
                const measured = time(5, () => layoutDependence(model, items));
                check += measured.ms;
                found += measured.result.dependences.length;
            }
        }
        rows.push([`layout dependence, ${name}: ${scenarios} scenarios, ${expectations} expects`, `${fmt(check)} ms (plain run ${fmt(plain)} ms; ${found} found)`, '< 100 ms']);
    }
}
