// The panel posts only the topics a step changed (view-patch.ts); the webview
// rebuilds the whole view from them and the update it holds.
import { afterEach, expect, test } from 'vitest';
import { applyTopicsPatch, diffTopics } from '../../extension/webview/view-patch.js';
import { generateTopology } from '../../bench/generate-topology.js';
import { reset } from '../support/language.js';
import { failBroker, open, recoverBroker, view } from './helpers.js';

afterEach(reset);

test('a broker failure on 99 brokers × 100 topics: only the topics with a replica on it travel, and the webview rebuilds the exact view', async () => {
    const uri = await open(generateTopology({ brokers: 99, racks: 3, topics: 100, partitionsPerTopic: 3, producers: 5, groups: 5, spreadReplicas: true, clusterName: 'large' }));
    const before = await view(uri, 'large', []);
    const first = diffTopics(before, 1, undefined);
    expect(first.topicsPatch).toBeUndefined();
    expect(first.result).toBe(before);

    const after = await view(uri, 'large', [failBroker(7)]);
    const second = diffTopics(after, 2, first.sent);
    const onBroker7 = after.view!.topics.filter((t) => t.partitions.some((p) => p.replicas.some((r) => r.broker === 7))).map((t) => t.name);
    expect(onBroker7.length).toBeGreaterThan(0);
    expect(second.topicsPatch!.changed.map(([, t]) => t.name)).toEqual(onBroker7);
    expect(second.result.view!.topics).toEqual([]);
    // Rebuilt from the previous update, it is the server's answer.
    expect(applyTopicsPatch(second.result, second.topicsPatch!, { seq: 1, result: before })).toEqual(after);

    // The next step is patched against the update just sent, not the first.
    const recovered = await view(uri, 'large', [failBroker(7), recoverBroker(7)]);
    const third = diffTopics(recovered, 3, second.sent);
    expect(third.topicsPatch!.base).toBe(2);
    expect(applyTopicsPatch(third.result, third.topicsPatch!, { seq: 2, result: after })).toEqual(recovered);
});

test('a patch against an update the webview does not hold is refused (the webview then asks for the whole view)', async () => {
    const uri = await open(generateTopology({ brokers: 9, racks: 3, topics: 20, partitionsPerTopic: 2, producers: 1, groups: 1, spreadReplicas: true, clusterName: 'small' }));
    const before = await view(uri, 'small', []);
    const after = await view(uri, 'small', [failBroker(1)]);
    const patched = diffTopics(after, 2, diffTopics(before, 1, undefined).sent);
    expect(patched.topicsPatch).toBeDefined();
    expect(applyTopicsPatch(patched.result, patched.topicsPatch!, { seq: 5, result: before })).toBeUndefined();
    expect(applyTopicsPatch(patched.result, patched.topicsPatch!, undefined)).toBeUndefined();
});

test('whole updates: a different number of topics, or most topics changed', async () => {
    const uri = await open('cluster c { brokers 1..3 topic a { partitions 1 replication-factor 3 } topic b { partitions 1 replication-factor 3 } }');
    const before = await view(uri, 'c', []);
    const sent = diffTopics(before, 1, undefined).sent;
    // Broker 1 holds a replica of both topics: everything changed, nothing to save.
    expect(diffTopics(await view(uri, 'c', [failBroker(1)]), 2, sent).topicsPatch).toBeUndefined();
    const fewer = { ...before, view: { ...before.view!, topics: before.view!.topics.slice(1) } };
    expect(diffTopics(fewer, 2, sent).topicsPatch).toBeUndefined();
});
