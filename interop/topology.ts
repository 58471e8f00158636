// What the bridge to real clusters and deploy tools reads from a `.kafka` file:
// one cluster's brokers, topics (effective settings, configs in Kafka's units),
// groups and scenarios' reach, as plain data. Diff, plan and every export work on
// this, never on the AST, so they stay pure and testable without Langium.

export interface TopologyBroker {
    readonly id: number;
    readonly rack?: string;
    readonly host?: string;
}

export interface TopologyTopic {
    readonly name: string;
    readonly partitions: number;
    readonly replicationFactor: number;
    /** Pinned replica lists (`assignment`), partition order. */
    readonly assignment?: readonly (readonly number[])[];
    /** The replica lists the model places (pinned, else the placer's); absent when the model cannot place the topic. */
    readonly layout?: readonly (readonly number[])[];
    /**
     * Effective topic configs the file sets (the topic's own and its cluster's
     * `defaults`), key → value in Kafka's units (`604800000`, `compact,delete`),
     * `min-insync-replicas` included as `min.insync.replicas`. Sorted by key.
     */
    readonly configs: Readonly<Record<string, string>>;
    /** `ordering key …` on the topic or a producer writing to it with a `key`. */
    readonly keyed: boolean;
    /** The smallest ISR a partition reaches in the file's scenarios (RF when none runs). */
    readonly smallestIsr: number;
    /** 0-based line of the `topic` keyword, for editor diagnostics. */
    readonly line?: number;
}

export interface TopologyGroup {
    readonly name: string;
    readonly kind: 'consumer' | 'share';
    readonly protocol?: 'classic' | 'consumer';
    readonly assignor?: string;
    readonly members: readonly string[];
    readonly topics: readonly string[];
}

export interface Topology {
    readonly cluster: string;
    readonly brokers: readonly TopologyBroker[];
    readonly topics: readonly TopologyTopic[];
    readonly groups: readonly TopologyGroup[];
    readonly producers: number;
    readonly scenarios: number;
    /** `defaults { … }` values that are cluster-wide broker settings in Kafka. */
    readonly clusterConfigs: Readonly<Record<string, string>>;
}
