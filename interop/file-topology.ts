// A parsed and linked `.kafka` cluster as the interop engine's Topology.
import { isKeyProperty, isMembersProperty, isProducesProperty, type Producer } from '../language-server/generated/ast.js';
import type { ClusterFacts } from '../language-server/model/cluster-facts.js';
import { assignorOf, consumesOf, memberIdsOf } from '../language-server/model/members.js';
import { translateScenario } from '../language-server/model/scenario-items.js';
import { buildCluster, runScenario, type ClusterModel, type ClusterSpec, type ClusterState } from '../simulator/index.js';
import { kafkaConfigValue } from './config-text.js';
import type { Topology, TopologyGroup, TopologyTopic } from './topology.js';

/** Scenario runs beyond this many partition-states are not used for `min-insync-raised` (RF stands in). */
const MAX_ISR_WORK = 2_000_000;

/**
 * `linked: false` reads a cluster whose references are not resolved (a file's
 * git base, parsed only): producers and scenarios are then left out.
 */
export function topologyOf(facts: ClusterFacts, options: { readonly linked?: boolean } = {}): Topology {
    const linked = options.linked ?? true;
    const cluster = facts.cluster;
    const built = linked ? facts.model : buildCluster(unlinkedSpec(facts));
    const model = built.ok ? built.value : undefined;
    const keyedByProducers = linked ? keyedTopics(cluster.producers) : new Set<string>();
    const smallestIsr = model && linked ? smallestIsrInScenarios(facts, model) : new Map<string, number>();
    const topics: TopologyTopic[] = [...facts.topics.values()].map((topic) => {
        const s = facts.settingsOf(topic);
        const configs: Record<string, string> = {};
        for (const [key, { entry }] of s.config) configs[key] = kafkaConfigValue(entry);
        if (s.minInsyncReplicas.origin !== 'kafka') configs['min.insync.replicas'] = String(s.minInsyncReplicas.value);
        const spec = facts.topicSpec(topic);
        const modelled = model?.topics[model.topicIndex.get(topic.name) ?? -1];
        return {
            name: topic.name,
            partitions: s.partitions.value,
            replicationFactor: s.replicationFactor.value,
            assignment: spec.assignment,
            layout: modelled?.replicas,
            configs: sortedRecord(configs),
            keyed: s.ordering.value.mode === 'key' || keyedByProducers.has(topic.name),
            smallestIsr: smallestIsr.get(topic.name) ?? s.replicationFactor.value,
            line: topic.$cstNode?.range.start.line
        };
    });
    const groups: TopologyGroup[] = [...(linked ? facts.groups.values() : [])].map((group) => ({
        name: group.name,
        kind: 'consumer',
        assignor: assignorOf(group),
        members: membersDeclared(group) ? memberIdsOf(group).map((m) => m.id) : [],
        topics: (consumesOf(group)?.topics ?? []).flatMap((t) => (t.ref ? [t.ref.name] : []))
    }));
    const clusterConfigs: Record<string, string> = {};
    if (facts.defaults.minInsyncReplicas.origin !== 'kafka') clusterConfigs['min.insync.replicas'] = String(facts.defaults.minInsyncReplicas.value);
    if (facts.defaults.uncleanLeaderElection.origin !== 'kafka') clusterConfigs['unclean.leader.election.enable'] = String(facts.defaults.uncleanLeaderElection.value);
    return {
        cluster: cluster.name,
        brokers: facts.brokers.map((b) => {
            const host = b.node.hosts.at(-1)?.host;
            return { id: b.id, ...(b.rack !== undefined ? { rack: b.rack } : {}), ...(host ? { host } : {}) };
        }),
        topics,
        groups,
        producers: facts.producers.size,
        scenarios: cluster.scenarios.length,
        clusterConfigs
    };
}

/** The cluster without what needs resolved references (producers, groups). */
function unlinkedSpec(facts: ClusterFacts): ClusterSpec {
    return {
        name: facts.cluster.name,
        brokers: facts.brokers.map((b) => (b.rack === undefined ? { id: b.id } : { id: b.id, rack: b.rack })),
        controllers: facts.voters.kind === 'controllers' ? facts.voters.count : undefined,
        topics: [...facts.topics.values()].map((t) => facts.topicSpec(t)),
        producers: [],
        groups: []
    };
}

function membersDeclared(group: Parameters<typeof memberIdsOf>[0]): boolean {
    return group.items.some(isMembersProperty);
}

function keyedTopics(producers: readonly Producer[]): Set<string> {
    const keyed = new Set<string>();
    for (const producer of producers) {
        if (!producer.items.some(isKeyProperty)) continue;
        for (const produces of producer.items.filter(isProducesProperty)) {
            for (const ref of produces.topics) if (ref.ref) keyed.add(ref.ref.name);
        }
    }
    return keyed;
}

/** Per topic, the smallest ISR any partition has in any state of the cluster's scenarios. */
function smallestIsrInScenarios(facts: ClusterFacts, model: ClusterModel): Map<string, number> {
    const smallest = new Map<string, number>();
    const partitions = model.partitionTable.size;
    let work = 0;
    for (const scenario of facts.cluster.scenarios) {
        const { items } = translateScenario(scenario, facts);
        work += partitions * (items.length + 1);
        if (work > MAX_ISR_WORK) break;
        const onState = (state: ClusterState) => {
            state.topics.forEach((topicState, index) => {
                const name = model.topics[index].name;
                for (const isr of topicState.isrs) {
                    if (isr.length < (smallest.get(name) ?? Infinity)) smallest.set(name, isr.length);
                }
            });
        };
        runScenario(model, items, { snapshots: false, events: false, onState });
    }
    return smallest;
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

