// The custom LSP methods of the Kafka Topology language server, shared by the
// server, the extension and (types only) the failover webview. No `vscode`
// import here: this module is bundled into the server and the extension, and
// any LSP client of the standalone server can speak it.
//
//   kafkaTopology/clusters       which clusters (and scenarios) a file declares
//   kafkaTopology/failoverView   the failover view for a timeline of steps
//   kafkaTopology/scenarioSteps  a `scenario` block as timeline items
//   kafkaTopology/scenarioTests  a file's scenarios and their expectations (the Test Explorer)
//
// It also declares the rest of what crosses the process boundary: the
// `initialize` options the client sends, and the commands the server's code
// lenses ask the client to run, with their arguments.
//   kafkaTopology/saveScenario   the edit that writes timeline items as a new `scenario`
import { RequestType } from 'vscode-languageserver-protocol';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { Acks, AssignorName, BrokerId, GroupProtocol, Locale, PartitionHealth, Step, QuorumStatus, ScenarioItem } from '../simulator/index.js';

/** The simulator's step, as the webview shows and edits it. */
export type { Step };

/** The simulator's judgement of a partition (simulator/health.ts), worst first: offline (no live leader) > not writable with acks=all > under-replicated (|ISR| < RF) > healthy. */
export type { PartitionHealth };

/** The language of the view and its texts (the simulator's Locale, as everywhere). */
export type { Locale };

/**
 * One entry of the timeline: a step (`fail broker 1`) or an expectation
 * (`expect order-created writable`), with its source text and 1-based line when
 * it comes from a `scenario` block.
 */
export type TimelineItem = ScenarioItem;

export interface ClusterRef {
    /** The document's URI as the client spells it. */
    readonly uri: string;
    readonly cluster: string;
}

// ---------------------------------------------------------------- initialize

/** `initializationOptions` of the `initialize` request. */
export interface KafkaTopologyInitializationOptions {
    /** The client's display language (VS Code: `vscode.env.language`). */
    readonly locale?: string;
    /** The `kafkaTopology` settings object at start-up. */
    readonly settings?: unknown;
}

// ---------------------------------------------------------------- client commands (code lenses)

/** Opens the failover view of a cluster (package.json contributes it). */
export const SIMULATE_FAILOVER_COMMAND = 'kafkaTopology.simulateFailover';
/** Opens the failover view with a `scenario` of the cluster loaded. */
export const RUN_SCENARIO_COMMAND = 'kafkaTopology.runScenario';

export type SimulateFailoverArgs = ClusterRef;

export interface RunScenarioArgs extends ClusterRef {
    readonly scenario: string;
}

// ---------------------------------------------------------------- kafkaTopology/clusters

export interface ClustersParams {
    readonly uri: string;
}

export interface ScenarioRef {
    readonly name: string;
    /** 1-based line of the `scenario` keyword. */
    readonly line: number;
}

export interface ClusterSummary {
    readonly name: string;
    readonly line: number;
    readonly scenarios: readonly ScenarioRef[];
}

export interface ClustersResult {
    /** Empty for a file in the "Tools for Apache Kafka" format or without clusters. */
    readonly clusters: readonly ClusterSummary[];
}

export const ClustersRequest = new RequestType<ClustersParams, ClustersResult, void>('kafkaTopology/clusters');

// ---------------------------------------------------------------- kafkaTopology/failoverView

export interface FailoverViewParams extends ClusterRef {
    /** The whole timeline (steps and expectations), applied or not. */
    readonly items: readonly TimelineItem[];
    /** How many items are applied (default: all). The view shows the state after them. */
    readonly position?: number;
    /** Language of the event log (default: the server's message language). */
    readonly locale?: Locale;
    /**
     * The client will patch: the server keeps this answer under `answerId`, and with `base`
     * (the `answerId` of the answer the client holds) may send it as a patch of that one.
     */
    readonly patch?: { readonly base?: string };
}

/**
 * A replica's role, which follows from its partition's `leader`, `isr` and `elr` (the webview's
 * matrix-rows.ts `replicaRole`). elr: an eligible leader replica (KIP-966), out of the ISR but still
 * safe to elect; shown when the simulator reports ELR.
 */
export type ReplicaRole = 'leader' | 'in-sync' | 'out-of-sync' | 'elr';

export interface PartitionView {
    readonly partition: number;
    /**
     * The replicas' brokers in assignment order (the first is the preferred leader). Each one's role follows
     * from `leader`, `isr` and `elr`, and whether it runs from its broker's view: as ids, the first view of
     * 99 brokers × 500 topics is 518 KB instead of 884 KB.
     */
    readonly replicas: readonly BrokerId[];
    readonly leader: BrokerId | null;
    /** Ascending broker id. */
    readonly isr: readonly BrokerId[];
    readonly health: PartitionHealth;
    /** No live leader or |ISR| < min.insync.replicas (as `kafka-topics --under-min-isr-partitions`). */
    readonly underMinIsr: boolean;
    /** Eligible leader replicas and last known ELR, ascending; absent when both are empty (always with ELR off). */
    readonly elr?: readonly BrokerId[];
    readonly lastKnownElr?: readonly BrokerId[];
    /** Leader and ISR before the last applied step, present only when the step changed them. */
    readonly before?: { readonly leader: BrokerId | null; readonly isr: readonly BrokerId[] };
}

export interface TopicView {
    readonly name: string;
    readonly replicationFactor: number;
    /** As configured. */
    readonly minInsyncReplicas: number;
    /** min(min.insync.replicas, RF): what acks=all checks. */
    readonly effectiveMinIsr: number;
    /** The worst partition health. */
    readonly health: PartitionHealth;
    /** Partitions per health. */
    readonly counts: Readonly<Record<PartitionHealth, number>>;
    readonly partitions: readonly PartitionView[];
    /** Where the replica lists come from when the file does not give them ("a layout Kafka could choose"). */
    readonly layoutNote?: string;
    /** 1-based line of the topic's declaration (absent for topics from a range or defaults only). */
    readonly line?: number;
    /** Producers writing to it and groups reading it, by name. */
    readonly producers: readonly string[];
    readonly groups: readonly string[];
    /** The last applied step changed a leader or an ISR of it. */
    readonly changed: boolean;
}

export interface BrokerView {
    readonly id: BrokerId;
    readonly rack?: string;
    readonly alive: boolean;
    /** The committed metadata shows it fenced (differs from !alive while the quorum is lost). */
    readonly fenced: boolean;
    /** Votes in the KRaft quorum (combined mode). */
    readonly voter: boolean;
    /** Partitions it leads. */
    readonly leaders: number;
    /** Replicas it hosts. */
    readonly replicas: number;
    /** What clicking it does: fail it when alive, recover it otherwise. */
    readonly action: Step;
    /** A controlled shutdown (`stop broker`), offered while it is alive. */
    readonly stopAction?: Step;
    /** Running but not registered: it restarted while the quorum was lost and serves nothing. */
    readonly waiting?: boolean;
}

export interface RackView {
    /** Undefined when no broker has a rack (one group of all brokers). */
    readonly name?: string;
    readonly brokers: readonly BrokerView[];
    /** Fail the rack while any of its brokers is alive, else recover it; none without racks. */
    readonly action?: Step;
}

export interface ControllerView {
    readonly id: number;
    readonly alive: boolean;
    readonly action: Step;
}

/** The simulator's quorum status (mode: dedicated controllers or the brokers themselves), plus each controller. */
export interface QuorumView extends QuorumStatus {
    /** Dedicated controllers (empty in combined mode). */
    readonly controllers: readonly ControllerView[];
}

export interface ProducerView {
    readonly name: string;
    readonly acks: Acks;
    readonly topics: readonly string[];
    /** Every partition it writes to accepts its writes with its acks. */
    readonly canWrite: boolean;
    /** How many partitions refuse its writes... */
    readonly blocked: number;
    /** ...and the first few of them ("topic-p"). */
    readonly blockedSample: readonly string[];
    /** Topics it names that the simulated cluster lacks. */
    readonly missingTopics: readonly string[];
    /** Topics with at least one partition refusing its writes. */
    readonly blockedTopics: readonly string[];
    readonly line?: number;
}

export interface GroupMemberView {
    readonly id: string;
    /** "topic-p", sorted by topic then partition. */
    readonly partitions: readonly string[];
    /** Assigned partitions whose leader is not alive. */
    readonly stalled: readonly string[];
    readonly idle: boolean;
    /** The member leaves the group. */
    readonly action: Step;
}

export interface GroupView {
    readonly name: string;
    readonly assignor: AssignorName;
    /** `share` for a share group (members may share a partition). */
    readonly protocol: GroupProtocol;
    readonly topics: readonly string[];
    readonly members: readonly GroupMemberView[];
    /** Members that left and may rejoin, with the step that brings each back. */
    readonly departed: readonly { readonly id: string; readonly action: Step }[];
    readonly idle: number;
    readonly stalled: number;
    /** No idle member and no stalled partition. */
    readonly balanced: boolean;
    /** Topics with a partition assigned to a member but without a live leader. */
    readonly stalledTopics: readonly string[];
    readonly line?: number;
}

export interface ClusterView {
    readonly name: string;
    /** The Kafka release modelled and the feature levels that change the model (SIMULATION.md §0). */
    readonly kafkaVersion?: string;
    readonly features?: Readonly<Record<string, number>>;
    readonly quorum: QuorumView;
    /** Racks in name order (one unnamed group when the brokers have no rack). */
    readonly racks: readonly RackView[];
    readonly brokerCount: number;
    /** Topics in name order. */
    readonly topics: readonly TopicView[];
    readonly partitionCount: number;
    /** Partitions per health over all topics. */
    readonly counts: Readonly<Record<PartitionHealth, number>>;
    /** Every health, worst first (the simulator's order): the order a summary lists `counts` in. */
    readonly healths: readonly PartitionHealth[];
    readonly producers: readonly ProducerView[];
    readonly groups: readonly GroupView[];
    /** An unclean election has happened. */
    readonly dataLoss: boolean;
    /** Topics the simulator left out, with why (in words). */
    readonly skippedTopics: readonly { readonly topic: string; readonly reason: string }[];
    /** What the last applied step changed, in one line; absent at the healthy start. */
    readonly change?: ChangeSummary;
}

/** "Broker 1 failed → 3 partitions moved leader, 9 ISRs shrank, all topics still writable (ISR ≥ min ISR 2)". */
export interface ChangeSummary {
    /** The whole line, in the view's language. */
    readonly text: string;
    readonly tone: 'bad' | 'good' | 'info';
    readonly leaderMoves: number;
    readonly isrShrunk: number;
    readonly isrGrown: number;
    /** Partitions without a live leader now that had one before. */
    readonly wentOffline: number;
    /** Topics with a partition refusing acks=all writes now. */
    readonly notWritableTopics: readonly string[];
    /** Brokers and controllers whose process state changed. */
    readonly brokers: readonly BrokerId[];
    readonly controllers: readonly number[];
}

export interface LogLine {
    readonly text: string;
    /** bad: something stopped working; good: something came back; info: the rest. */
    readonly tone: 'bad' | 'good' | 'info';
    /** The topic the line is about (the event log groups by it); absent for cluster-wide lines. */
    readonly topic?: string;
}

export interface TimelineEntry {
    readonly kind: 'step' | 'expect';
    /** As written in a scenario (`fail broker 1`, `expect order-created writable`). */
    readonly text: string;
    /** 1-based line in the file when the item comes from a scenario. */
    readonly line?: number;
    /** The item is among the first `position` items. */
    readonly applied: boolean;
    /** Steps: what happened, in words (empty for items not applied). */
    readonly log: readonly LogLine[];
    /** Steps: it changed nothing (the broker was already down, ...). */
    readonly noEffect?: boolean;
    /** Expectations: the result, once applied. */
    readonly passed?: boolean;
    /** Expectations: what was seen, in words. */
    readonly observation?: string;
}

export interface FailoverViewResult {
    readonly uri: string;
    readonly cluster: string;
    readonly locale: Locale;
    /**
     * The items that still apply to the file as it is now (an edit may remove a
     * broker, a rack or a group that a step names); the client keeps these.
     */
    readonly items: readonly TimelineItem[];
    readonly position: number;
    /** Texts of the items dropped because they no longer apply. */
    readonly dropped: readonly string[];
    /** One entry per item. */
    readonly timeline: readonly TimelineEntry[];
    /** The state after the applied items; absent when the cluster cannot be simulated (see `problem`). */
    readonly view?: ClusterView;
    /** Why there is no view (cluster not found, model not buildable), in words. */
    readonly problem?: string;
    /** The cluster's scenarios. */
    readonly scenarios: readonly ScenarioRef[];
    /** Milliseconds the server spent (simulation and view model). */
    readonly serverMs: number;
    /** With `params.patch`: the name of this answer, to patch against it next time. */
    readonly answerId?: string;
    /** A patch of the answer `patch.base`: `view`'s topics, racks, producers and groups are then empty (view-patch.ts). */
    readonly patch?: ViewPatch;
}

// ---- the failover view as a patch of the one before it (applied by view-patch.ts)

/**
 * Rebuilds an answer from the answer `base` names: its `view` has these lists emptied
 * (`topics`, `racks`, `producers`, `groups`); the patch gives the changed topics and
 * racks and the lists that differ, the base the rest.
 */
export interface ViewPatch<Base extends string | number = string> {
    readonly base: Base;
    /** How many topics the whole view has (as many as the base). */
    readonly count: number;
    /** The topics that differ, by index (the base has as many topics, in the same order). */
    readonly topics: readonly ElementPatch<TopicView, PartitionView>[];
    /** When the racks differ: how many there are now and those that differ, by index. */
    readonly racks?: { readonly count: number; readonly changed: readonly ElementPatch<RackView, BrokerView>[] };
    readonly producers?: ClusterView['producers'];
    readonly groups?: ClusterView['groups'];
}

/**
 * A changed element of a list: whole, or (when few of its children changed) its own
 * fields with an empty child list, plus how many children it has and the changed ones
 * by index — the partitions of a topic, the brokers of a rack.
 */
export type ElementPatch<T, Child> =
    | readonly [index: number, element: T]
    | readonly [index: number, head: T, children: { readonly count: number; readonly changed: readonly (readonly [index: number, child: Child])[] }];

export const FailoverViewRequest = new RequestType<FailoverViewParams, FailoverViewResult, void>('kafkaTopology/failoverView');

// ---------------------------------------------------------------- kafkaTopology/scenarioSteps

export interface ScenarioStepsParams extends ClusterRef {
    readonly scenario: string;
}

export interface ScenarioStepsResult {
    /** Undefined when the scenario is not found. */
    readonly items?: readonly TimelineItem[];
    readonly problem?: string;
}

export const ScenarioStepsRequest = new RequestType<ScenarioStepsParams, ScenarioStepsResult, void>('kafkaTopology/scenarioSteps');

// ---------------------------------------------------------------- kafkaTopology/scenarioTests

export interface ScenarioTestsParams {
    readonly uri: string;
}

/** An `expect` of a scenario: a sub-test. */
export interface ExpectationTest {
    /** Its index among the scenario's timeline items (as `kafkaTopology/scenarioSteps` gives them). */
    readonly index: number;
    /** 1-based line. */
    readonly line: number;
    /** As written (`expect order-created writable`). */
    readonly text: string;
}

/** A `scenario` block: a test. */
export interface ScenarioTest {
    readonly cluster: string;
    readonly name: string;
    /** 1-based line of the `scenario` keyword. */
    readonly line: number;
    readonly expectations: readonly ExpectationTest[];
}

export interface ScenarioTestsResult {
    /** Every named scenario of every cluster of the file, in file order; empty for a file that is not a topology. */
    readonly scenarios: readonly ScenarioTest[];
}

export const ScenarioTestsRequest = new RequestType<ScenarioTestsParams, ScenarioTestsResult, void>('kafkaTopology/scenarioTests');

// ---------------------------------------------------------------- kafkaTopology/saveScenario

export interface SaveScenarioParams extends ClusterRef {
    /** The new scenario's name (written quoted when it is not a plain name). */
    readonly name: string;
    readonly items: readonly TimelineItem[];
}

export interface SaveScenarioResult {
    /** Inserts the `scenario` block at the end of the cluster; absent when it cannot be written (see `problem`). */
    readonly edit?: WorkspaceEdit;
    /** The block as inserted. */
    readonly text?: string;
    /** 0-based line of the inserted `scenario` keyword. */
    readonly line?: number;
    readonly problem?: string;
}

export const SaveScenarioRequest = new RequestType<SaveScenarioParams, SaveScenarioResult, void>('kafkaTopology/saveScenario');
