import { test } from 'vitest';
import { parseHelper } from 'langium/test';
import { language } from '../support/language.js';
const parse = parseHelper(language);
test('x', async () => {
    let text = 'cluster c {\n brokers 1..9 { racks "a", "b", "c" }\n defaults { partitions 12 replication-factor 3 min-insync-replicas 2 }\n';
    for (let i = 0; i < 500; i++) text += ` topic t${i} { }\n`;
    text += '}\n';
    const doc: any = await parse(text);
    const cluster = doc.parseResult.value.clusters[0];
    const facts = language.kafka.ClusterFacts.get(cluster);
    let t0 = performance.now();
    facts.model;
    console.log('model', performance.now() - t0);
    t0 = performance.now();
    for (let i = 0; i < 500; i++) facts.faultToleranceOf('t' + i);
    console.log('500 analyses', performance.now() - t0, JSON.stringify(facts.faultToleranceOf('t1')));
});
