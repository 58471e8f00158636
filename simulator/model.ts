// The Kafka model's vocabulary: what a cluster is made of (specs), what it is
// at a moment (state), what can happen to it (steps) and what can be asked of
// it (expectations). Pure data: no vscode, no Langium, no I/O.

export type BrokerId = number;
export type Acks = 0 | 1 | 'all';
/** The Java client's assignors (classic protocol). */
export type ClassicAssignorName = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';
export const ASSIGNORS: readonly ClassicAssignorName[] = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];
/**
 * Any assignor a group may name: the classic ones and the broker's `uniform` (consumer protocol;
 * `range` exists on both sides); `simple` is the broker's only assignor of share groups.
 */
export type AssignorName = ClassicAssignorName | 'uniform' | 'simple';
/** `protocol classic` (client-side assignors), `consumer` (KIP-848, the broker assigns), or a share group (KIP-932). */
export type GroupProtocol = 'classic' | 'consumer' | 'share';

export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

// ---------------------------------------------------------------- specs

export interface BrokerSpec {
    readonly id: BrokerId;
    readonly rack?: string;
}

export interface TopicSpec {
    readonly name: string;
    readonly partitions: number;
    readonly replicationFactor: number;
    /** The configured value (not capped at RF). */
    readonly minInsyncReplicas: number;
    /** Effective `unclean.leader.election.enable` (topic config, else cluster default, else false). */
    readonly uncleanLeaderElection: boolean;
    /** Explicit replica lists by partition (first = preferred leader); replaces placement. */
    readonly assignment?: readonly (readonly BrokerId[])[];
}

export interface ProducerSpec {
    readonly name: string;
    readonly topics: readonly string[];
    readonly acks: Acks;
}

export interface GroupSpec {
    readonly name: string;
    readonly topics: readonly string[];
    /** Member ids; counted members are already expanded to `<group>-1 .. <group>-n`. */
    readonly members: readonly string[];
    readonly assignor: AssignorName;
    /** Default `classic`; `share` for a `share-group`. */
    readonly protocol?: GroupProtocol;
    /** The cluster's `kafka-version`: picks the release's server-side assignor (uniform changed in 4.1). */
    readonly kafkaVersion?: string;
}

/** Who lays out a new topic's replicas (SIMULATION.md §1). */
export type Placer = 'striped' | 'admin-utils';

export interface ClusterSpec {
    readonly name: string;
    /** `placement striped` (default: KRaft's StripedReplicaPlacer) or `admin-utils`. */
    readonly placement?: Placer;
    readonly brokers: readonly BrokerSpec[];
    /** Number of dedicated KRaft controllers (ids 1..n); absent = combined mode, brokers vote. */
    readonly controllers?: number;
    readonly topics: readonly TopicSpec[];
    readonly producers: readonly ProducerSpec[];
    readonly groups: readonly GroupSpec[];
    /** `kafka-version` (releases.ts); absent or not covered = the newest modelled release. */
    readonly kafkaVersion?: string;
    /** `features { ... }` overrides of the release's default levels (unknown names/levels are ignored). */
    readonly features?: Readonly<Record<string, number>>;
}

// ---------------------------------------------------------------- placement

export type PlacementError =
    | { readonly kind: 'invalid-partitions'; readonly partitions: number }
    | { readonly kind: 'invalid-replication-factor'; readonly replicationFactor: number }
    | { readonly kind: 'replication-factor-exceeds-brokers'; readonly replicationFactor: number; readonly brokers: number }
    | { readonly kind: 'rack-incomplete'; readonly withoutRack: readonly BrokerId[] }
    | {
          readonly kind: 'invalid-assignment';
          readonly reason: string;
          /** Structured account of `reason` (added by the simulator): which rule of an explicit assignment broke. */
          readonly problem?: AssignmentProblem;
      };

/** What is wrong with an explicit `assignment` block (RULES.md assignment-* codes). */
export type AssignmentProblem =
    | { readonly kind: 'partitions-mismatch'; readonly expected: number; readonly listed: readonly number[] }
    | { readonly kind: 'wrong-size'; readonly partition: number; readonly size: number; readonly replicationFactor: number }
    | { readonly kind: 'unknown-broker'; readonly partition: number; readonly broker: BrokerId }
    | { readonly kind: 'duplicate-broker'; readonly partition: number; readonly broker: BrokerId };

// ---------------------------------------------------------------- steps

export type Step =
    | { readonly kind: 'fail-broker'; readonly broker: BrokerId }
    | { readonly kind: 'recover-broker'; readonly broker: BrokerId }
    /** A controlled shutdown (SIGTERM); `fail-broker` is a crash. */
    | { readonly kind: 'stop-broker'; readonly broker: BrokerId }
    | { readonly kind: 'fail-rack'; readonly rack: string }
    | { readonly kind: 'recover-rack'; readonly rack: string }
    | { readonly kind: 'fail-controller'; readonly controller: number }
    | { readonly kind: 'recover-controller'; readonly controller: number }
    | { readonly kind: 'elect-preferred' }
    | { readonly kind: 'member-leave'; readonly group: string; readonly member: string }
    | { readonly kind: 'member-join'; readonly group: string; readonly member: string };

export type TopicCondition = 'writable' | 'not-writable' | 'readable' | 'not-readable' | 'fully-replicated' | 'under-replicated';

export type Expectation =
    | { readonly kind: 'topic'; readonly topic: string; readonly condition: TopicCondition }
    | { readonly kind: 'quorum'; readonly present: boolean }
    | { readonly kind: 'no-data-loss' }
    | { readonly kind: 'group-balanced'; readonly group: string };

// ---------------------------------------------------------------- snapshots (SIMULATION.md §5)

export interface QuorumSnapshot {
    readonly voters: number;
    readonly alive: number;
    readonly majority: number;
    readonly hasQuorum: boolean;
}

export interface BrokerSnapshot {
    readonly id: BrokerId;
    readonly rack?: string;
    readonly alive: boolean;
}

export interface PartitionSnapshot {
    readonly topic: string;
    readonly partition: number;
    readonly replicas: readonly BrokerId[];
    readonly leader: BrokerId | null;
    /** Ascending broker id. */
    readonly isr: readonly BrokerId[];
    /** Eligible leader replicas, ascending ([] with ELR off). */
    readonly elr: readonly BrokerId[];
    /** Last known ELR, ascending ([] with ELR off). */
    readonly lastKnownElr: readonly BrokerId[];
    readonly writable: boolean;
    readonly readable: boolean;
    readonly underReplicated: boolean;
    readonly underMinIsr: boolean;
}

export interface GroupSnapshot {
    readonly name: string;
    /** member -> ["topic-p", ...] sorted by topic then partition; every member present. */
    readonly assignment: Readonly<Record<string, readonly string[]>>;
    readonly idle: readonly string[];
    readonly stalled: readonly string[];
}

export interface ExpectationSnapshot {
    readonly text: string;
    readonly line?: number;
    readonly passed: boolean;
}

export interface StepSnapshot {
    readonly step: string;
    readonly quorum: QuorumSnapshot;
    readonly brokers: readonly BrokerSnapshot[];
    readonly partitions: readonly PartitionSnapshot[];
    readonly groups: readonly GroupSnapshot[];
    readonly dataLoss: boolean;
    readonly expectations: readonly ExpectationSnapshot[];
}
