// bench/generate-topology.ts writes valid files of the asked shape (the large
// cluster of the failover tests, the parser benchmark's long files).
import { afterEach, expect, test } from 'vitest';
import { generateTopology } from '../../bench/generate-topology.js';
import { reset } from '../support/language.js';
import { open, view } from './helpers.js';
import { validate } from '../support/language.js';

afterEach(reset);

const errors = async (text: string) => (await validate(text)).diagnostics.filter((d) => d.severity === 1).map((d) => `${d.range.start.line + 1}:${d.code}`);

test('the 99-broker, 500-topic cluster has the asked shape and no error', async () => {
    const text = generateTopology({ brokers: 99, racks: 3, topics: 500, partitionsPerTopic: 6, producers: 50, groups: 50, clusterName: 'large' });
    expect(await errors(text)).toEqual([]);
    const v = (await view(await open(text), 'large', [])).view!;
    expect(v.brokerCount).toBe(99);
    expect(v.racks.map((r) => [r.name, r.brokers.length])).toEqual([['az-1', 33], ['az-2', 33], ['az-3', 33]]);
    expect(v.quorum).toMatchObject({ mode: 'controllers', voters: 3 });
    expect(v.partitionCount).toBe(3000);
    expect([v.producers.length, v.groups.length]).toEqual([50, 50]);
});

test('spread replicas reach every broker, each partition over three racks', async () => {
    const text = generateTopology({ brokers: 99, racks: 3, topics: 100, partitionsPerTopic: 6, spreadReplicas: true });
    expect(await errors(text)).toEqual([]);
    const v = (await view(await open(text), 'generated', [])).view!;
    expect(v.racks.flatMap((r) => r.brokers).every((b) => b.replicas > 0)).toBe(true);
    const racks = new Map(v.racks.flatMap((r) => r.brokers.map((b) => [b.id, r.name])));
    expect(v.topics.flatMap((t) => t.partitions).every((p) => new Set(p.replicas.map((b) => racks.get(b))).size === 3)).toBe(true);
});

test('verbose topics, one broker block each, combined mode: long files without errors', async () => {
    const text = generateTopology({ brokers: 5, racks: 0, controllers: 0, brokerStyle: 'each', topics: 300, partitionsPerTopic: 3, verboseTopics: true });
    expect(text.split('\n').length).toBeGreaterThan(300 * 9);
    expect(await errors(text)).toEqual([]);
    expect(generateTopology({ brokers: 5, topics: 3, partitionsPerTopic: 1 })).toBe(generateTopology({ brokers: 5, topics: 3, partitionsPerTopic: 1 }));
});
