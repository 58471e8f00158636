// Shared by the interop suites: `.kafka` text → Topology with the language's services.
import { loadTopologies } from '../../interop/load-topology.js';
import type { LiveTopic } from '../../interop/cluster-description.js';
import type { Topology } from '../../interop/topology.js';
import { services } from '../support/language.js';

export async function topologies(text: string): Promise<readonly Topology[]> {
    const loaded = await loadTopologies(services, text);
    if (loaded.syntaxErrors.length > 0) throw new Error(`syntax errors: ${loaded.syntaxErrors.join('; ')}`);
    return loaded.topologies;
}

export async function topology(text: string): Promise<Topology> {
    const [first] = await topologies(text);
    return first;
}

/** A cluster of `brokers` racked brokers around topic declarations. */
export function clusterText(body: string, brokers = 4): string {
    const lines = Array.from({ length: brokers }, (_, i) => `    broker ${i + 1} { rack "az-${(i % 3) + 1}" }`);
    return `cluster c {\n${lines.join('\n')}\n${body}\n}\n`;
}

/** A live topic as the import reads it: each partition led by its first replica, every replica in sync. */
export const liveTopic = (name: string, replicas: number[][], configs: Record<string, string> = {}): LiveTopic => ({
    name, internal: false, configs, partitions: replicas.map((r, partition) => ({ partition, replicas: r, leader: r[0], isr: r, offlineReplicas: [] }))
});
