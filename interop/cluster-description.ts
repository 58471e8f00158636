// A live cluster as read through the Kafka protocol (import-from-cluster.ts):
// plain data, so that rendering and drift are pure and testable without brokers.

export interface LiveBroker {
    readonly id: number;
    readonly host: string;
    readonly port: number;
    readonly rack?: string;
}

export interface LivePartition {
    readonly partition: number;
    readonly replicas: readonly number[];
    readonly leader: number;
    readonly isr: readonly number[];
    readonly offlineReplicas: readonly number[];
}

export interface LiveTopic {
    readonly name: string;
    readonly internal: boolean;
    /** Partition order. */
    readonly partitions: readonly LivePartition[];
    /** Configs whose source is the topic itself (DYNAMIC_TOPIC_CONFIG), Kafka's units. */
    readonly configs: Readonly<Record<string, string>>;
}

export interface LiveGroupMember {
    readonly memberId: string;
    readonly clientId?: string;
    readonly host?: string;
    /** Topics it subscribes to or is assigned. */
    readonly topics: readonly string[];
}

export interface LiveGroup {
    readonly name: string;
    /** `classic` / `consumer` (KIP-848) consumer groups, or a `share` group (KIP-932). */
    readonly type: 'classic' | 'consumer' | 'share';
    readonly state: string;
    /** Classic: the protocol name the members agreed on (`range`, `cooperative-sticky`…); consumer: the server-side assignor. */
    readonly assignor?: string;
    readonly members: readonly LiveGroupMember[];
    /** Topics consumed: the members' subscriptions and assignments, plus committed offsets. */
    readonly topics: readonly string[];
}

export interface LiveQuorum {
    readonly leaderId: number;
    readonly voters: readonly number[];
    readonly observers: readonly number[];
}

export interface ClusterDescription {
    readonly clusterId?: string;
    readonly controllerId?: number;
    readonly brokers: readonly LiveBroker[];
    readonly quorum?: LiveQuorum;
    /** Finalized feature levels (ApiVersions v3+), e.g. metadata.version, group.version. */
    readonly features?: Readonly<Record<string, number>>;
    /** The release the metadata.version level belongs to (`4.1`), when known. */
    readonly release?: string;
    /** Cluster-wide broker settings that differ from Kafka's defaults (min.insync.replicas, unclean.leader.election.enable). */
    readonly brokerConfigs: Readonly<Record<string, string>>;
    readonly topics: readonly LiveTopic[];
    readonly groups: readonly LiveGroup[];
    /** What could not be read, one sentence each (never guessed). */
    readonly unread: readonly string[];
    /** ISO time of the reading. */
    readonly readAt: string;
}
