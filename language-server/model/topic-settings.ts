// A topic's effective settings and where each comes from: the topic itself,
// the cluster's `defaults`, or Kafka's broker defaults (LANGUAGE.md "Defaults").
import type { AstNode } from 'langium';
import {
    AssignmentBlock, ConfigBlock, isConfigBlock, MinInsyncReplicasProperty, OrderingProperty, PartitionsProperty, ReplicationFactorProperty,
    type ConfigEntry, type Defaults, type Topic, type TopicItem
} from '../generated/ast.js';
import { readConfigEntry } from './config-values.js';
import { TOPIC_CONFIGS } from './topic-configs.js';

export type Origin = 'topic' | 'defaults' | 'kafka';

export interface Setting<T> {
    readonly value: T;
    readonly origin: Origin;
    /** The property or config entry that sets it (absent for Kafka's defaults). */
    readonly node?: AstNode;
}

export interface Ordering {
    readonly mode: 'none' | 'total' | 'key';
    readonly field?: string;
}

export interface ConfigSetting {
    readonly entry: ConfigEntry;
    readonly origin: Origin;
}

export interface TopicSettings {
    readonly partitions: Setting<number>;
    readonly replicationFactor: Setting<number>;
    readonly minInsyncReplicas: Setting<number>;
    readonly uncleanLeaderElection: Setting<boolean>;
    readonly ordering: Setting<Ordering>;
    /** Effective config entries by key, the topic's own over the defaults'. */
    readonly config: ReadonlyMap<string, ConfigSetting>;
    readonly assignment?: AssignmentBlock;
}

/** Kafka's broker defaults: num.partitions=1, default.replication.factor=1, min.insync.replicas=1. */
export const KAFKA_DEFAULTS: TopicSettings = {
    partitions: { value: 1, origin: 'kafka' },
    replicationFactor: { value: 1, origin: 'kafka' },
    minInsyncReplicas: { value: 1, origin: 'kafka' },
    uncleanLeaderElection: { value: false, origin: 'kafka' },
    ordering: { value: { mode: 'none' }, origin: 'kafka' },
    config: new Map()
};

/** The config entries of a block, the last entry of a key winning. */
export function configEntries(items: readonly TopicItem[]): Map<string, ConfigEntry> {
    const entries = new Map<string, ConfigEntry>();
    for (const item of items) {
        if (isConfigBlock(item)) {
            for (const entry of item.entries) {
                if (entry.key !== undefined) entries.set(entry.key, entry);
            }
        }
    }
    return entries;
}

function configNumber(entry: ConfigEntry | undefined): number | undefined {
    const def = entry && TOPIC_CONFIGS.get(entry.key);
    if (!entry || !def) return undefined;
    const reading = readConfigEntry(entry, def);
    return reading.ok && typeof reading.value === 'number' ? reading.value : undefined;
}

function configBoolean(entry: ConfigEntry | undefined): boolean | undefined {
    const def = entry && TOPIC_CONFIGS.get(entry.key);
    if (!entry || !def) return undefined;
    const reading = readConfigEntry(entry, def);
    return reading.ok && typeof reading.value === 'boolean' ? reading.value : undefined;
}

/** Settings of a `topic` or `defaults` block over the settings it inherits. */
export function settingsOf(block: Topic | Defaults, inherited: TopicSettings): TopicSettings {
    const items = block.items;
    const origin: Origin = block.$type === 'Topic' ? 'topic' : 'defaults';
    const own = <T>(node: AstNode | undefined, value: T | undefined, fallback: Setting<T>): Setting<T> =>
        node !== undefined && value !== undefined ? { value, origin, node } : fallback;

    // One pass by the items' types (none of these has a subtype), the last of each kind winning,
    // the config entries as configEntries gives them: five guarded passes were ≈ 30 ms of a check
    // of the 30 000-line topology.
    let partitions: PartitionsProperty | undefined;
    let replicationFactor: ReplicationFactorProperty | undefined;
    let minInsync: MinInsyncReplicasProperty | undefined;
    let ordering: OrderingProperty | undefined;
    let lastAssignment: AssignmentBlock | undefined;
    const entries = new Map<string, ConfigEntry>();
    for (const item of items) {
        switch (item.$type) {
            case PartitionsProperty.$type:
                partitions = item;
                break;
            case ReplicationFactorProperty.$type:
                replicationFactor = item;
                break;
            case MinInsyncReplicasProperty.$type:
                minInsync = item;
                break;
            case OrderingProperty.$type:
                ordering = item;
                break;
            case AssignmentBlock.$type:
                lastAssignment = item;
                break;
            case ConfigBlock.$type:
                for (const entry of (item).entries) if (entry.key !== undefined) entries.set(entry.key, entry);
        }
    }
    const minIsrEntry = entries.get('min.insync.replicas');
    const uncleanEntry = entries.get('unclean.leader.election.enable');

    const config = new Map(inherited.config);
    for (const [key, entry] of entries) config.set(key, { entry, origin });

    // An explicit assignment implies what the topic does not set itself: Kafka's
    // `--replica-assignment` excludes `--partitions` and `--replication-factor`.
    const assignment = block.$type === 'Topic' ? lastAssignment : undefined;
    const implied = (value: number | undefined): Setting<number> | undefined =>
        assignment && value !== undefined && value > 0 ? { value, origin: 'topic', node: assignment } : undefined;
    return {
        partitions: own(partitions, partitions?.value, implied(assignment?.rows.length) ?? inherited.partitions),
        replicationFactor: own(replicationFactor, replicationFactor?.value, implied(assignment?.rows[0]?.replicas.length) ?? inherited.replicationFactor),
        // The property wins over the config entry (`config-shadows-property` says so).
        minInsyncReplicas: minInsync
            ? own(minInsync, minInsync.value, inherited.minInsyncReplicas)
            : own(minIsrEntry, configNumber(minIsrEntry), inherited.minInsyncReplicas),
        uncleanLeaderElection: own(uncleanEntry, configBoolean(uncleanEntry), inherited.uncleanLeaderElection),
        ordering: ordering ? { value: { mode: ordering.mode, field: ordering.field }, origin, node: ordering } : inherited.ordering,
        config,
        assignment
    };
}
