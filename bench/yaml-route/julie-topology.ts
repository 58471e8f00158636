// The route users take today, as the peer the language is measured against: a
// JulieOps-style topology descriptor (https://julieops.readthedocs.io, "the
// topology descriptor") of the same generated cluster. JulieOps repeats each
// topic's settings (no defaults block) and grants clients per project; the
// `brokers` list and the clients' `topics` lists are the minimum a YAML file
// needs so that the same checks (RF ≤ brokers, references) can be made at all.
import { dump } from 'js-yaml';
import { clientTopicNames, replicationOf, topicConfig, topicName, type TopologyShape } from '../generate-topology.js';

export interface JulieTopic {
    readonly name: string;
    readonly description?: string;
    readonly config: Readonly<Record<string, string>>;
}

export interface JulieClient {
    readonly principal: string;
    readonly group?: string;
    readonly topics: readonly string[];
}

export interface JulieTopology {
    readonly context: string;
    readonly brokers: ReadonlyArray<{ readonly id: number; readonly rack?: string }>;
    readonly projects: ReadonlyArray<{
        readonly name: string;
        readonly topics: readonly JulieTopic[];
        readonly producers: readonly JulieClient[];
        readonly consumers: readonly JulieClient[];
    }>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The configs of `.kafka` quantities in the units Kafka's YAML tools expect (milliseconds). */
function kafkaValue(value: string): string {
    const days = /^(\d+)d$/.exec(value);
    return days ? String(Number(days[1]) * DAY_MS) : value;
}

export function julieTopology(shape: TopologyShape): JulieTopology {
    const { brokers, rf, minIsr } = replicationOf(shape);
    const racks = Math.min(shape.racks ?? 3, brokers);
    const producers = shape.producers ?? Math.floor(shape.topics / 10);
    const groups = shape.groups ?? Math.floor(shape.topics / 10);
    const topics: JulieTopic[] = Array.from({ length: shape.topics }, (_, t) => {
        const config: Record<string, string> = {
            'num.partitions': String(shape.partitionsPerTopic),
            'replication.factor': String(rf),
            'min.insync.replicas': String(minIsr)
        };
        if (!shape.verboseTopics) return { name: topicName(t), config };
        for (const [key, value] of topicConfig(shape, t)) config[key] = kafkaValue(value);
        return { name: topicName(t), description: `Generated topic number ${t}.`, config };
    });
    return {
        context: shape.clusterName ?? 'generated',
        brokers: Array.from({ length: brokers }, (_, i) => (racks > 0 ? { id: i + 1, rack: `az-${(i % racks) + 1}` } : { id: i + 1 })),
        projects: [{
            name: shape.clusterName ?? 'generated',
            topics,
            producers: Array.from({ length: producers }, (_, p) => ({ principal: `User:producer-${p}`, topics: clientTopicNames(shape, p) })),
            consumers: Array.from({ length: groups }, (_, g) => ({ principal: `User:group-${g}`, group: `group-${g}`, topics: clientTopicNames(shape, g) }))
        }]
    };
}

export function julieYaml(shape: TopologyShape): string {
    return dump(julieTopology(shape), { lineWidth: -1, noRefs: true });
}
