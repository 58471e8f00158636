// What the server's catalogue must be able to say, section by section (as the
// simulator's phrasebook.ts does for its sentences). en.ts fills every section
// and so defines the catalogue's type; ko.ts must have the same shape.
import type { Acks, Placer, SkippedTopicReason, Step, ToleranceBound, TopicFaultTolerance, TopicNameProblem } from '../../simulator/index.js';
import type { ConfigType, ConfigUnit } from '../model/topic-configs.js';
import type { Ordering, Origin } from '../model/topic-settings.js';

/** The failover view's own sentences (what the simulator's explanations do not say). */
export interface FailoverMessages {
    clusterNotFound(cluster: string): string;
    documentNotFound(uri: string): string;
    notSimulated(reason: string): string;
    /** A step that changes nothing, with the reason the `scenario-no-effect` diagnostic gives. */
    noEffect(reason: string): string;
    nothingToElect: string;
    summarised(partitionEvents: number): string;
    otherTopics(count: number): string;
    scenarioNotFound(scenario: string): string;
    scenarioExists(scenario: string): string;
    nothingToSave: string;
    clusterNotClosed(cluster: string): string;
    /** Where a topic's replica lists come from, when no `assignment` block gives them. */
    layoutNote(placer: Placer): string;
    /** The step as a short past-tense headline ("Broker 1 failed"). */
    headline(step: Step): string;
    leaderMoves(n: number): string;
    wentOffline(n: number): string;
    isrShrunk(n: number): string;
    isrGrown(n: number): string;
    /** minIsr: the effective min ISR every topic shares, undefined when they differ. */
    allWritable(minIsr: number | undefined): string;
    notWritable(topics: readonly string[], total: number): string;
    quorumLost: string;
    quorumRestored: string;
    rebalanced(groups: number): string;
    nothingChanged: string;
}

export type InheritedSetting = 'partitions' | 'replicationFactor' | 'minInsyncReplicas';

/** The words of inlay hints and code lenses. Kept short: they sit inside the code. */
export interface HintTexts {
    /** `partitions 3`: a setting without its origin... */
    setting(setting: InheritedSetting, value: number): string;
    /** ...which follows the last setting of a run with the same origin: `(defaults)`. Short: VS Code cuts hints at 43 characters. */
    origin(origin: Exclude<Origin, 'topic'>): string;
    inheritedTooltip: string;
    idle: string;
    /** A list cut short: `+3 more`. */
    more(count: number, of: 'members' | 'partitions'): string;
    simulateFailover: string;
    runScenario: string;
    tolerance(t: TopicFaultTolerance): string;
    notModelled(reason: SkippedTopicReason): string;
    /** The cluster as a whole cannot be modelled (the simulator's reason follows). */
    clusterNotModelled(reason: string): string;
    duplicateTopic: string;
    noAssignment: string;
}

/** Why a rename is refused. */
export interface RenameTexts {
    invalidTopicName(name: string, problem: TopicNameProblem): string;
    reservedTopicName(name: string): string;
    topicExists(name: string): string;
    topicCollides(name: string, other: string): string;
    emptyName: string;
    controlCharacter: string;
    groupExists(name: string): string;
    memberExists(name: string, group: string): string;
    countedMember(member: string, group: string): string;
}

/** The details next to outline entries ("3 partitions · RF 3 · min ISR 2"). */
export interface SymbolDetails {
    partitions(count: number): string;
    brokers(count: number): string;
    rack(name: string): string;
    racks(names: readonly string[]): string;
    members(count: number): string;
    steps(count: number): string;
}

/** The sentences of hovers and completion details. Keywords and config keys stay as written in the file. */
export type NodeKind = 'cluster' | 'topic' | 'group' | 'shareGroup' | 'producer' | 'broker' | 'rack' | 'member' | 'controller';

export interface Phrases {
    readonly kind: Readonly<Record<NodeKind, string>>;
    /** Where a setting comes from; `line` for `defaults` and the topic's own properties. */
    origin(origin: Origin, line?: number): string;
    readonly settingsHeader: readonly [string, string, string];
    readonly uncleanElection: string;
    ordering(ordering: Ordering): string;
    readonly placementTitle: string;
    readonly placementHeader: readonly [string, string, string];
    morePartitions(rest: number): string;
    /** Where a placed topic's layout comes from (no `assignment` block). */
    layoutOrigin(placer: 'striped' | 'admin-utils'): string;
    readonly toleranceTitle: string;
    survives(unit: 'broker' | 'rack', writable: ToleranceBound, readable: ToleranceBound): string;
    /** The smallest failure set found that stops acks=all writes. */
    writesStopWhen(unit: 'broker' | 'rack', set: readonly (number | string)[]): string;
    /** Why reads stop: the failed brokers were a majority of the quorum voters. */
    quorumLost(failed: number, voters: number, majority: number): string;
    readonly producersLabel: string;
    readonly groupsLabel: string;
    readonly unusedTopic: string;
    notModelled(reason: string): string;
    skipped(reason: SkippedTopicReason): string;
    duplicateDeclaration(firstLine: number): string;

    groupSummary(assignor: string, members: number, partitions: number, topics: readonly string[]): string;
    readonly memberHeader: readonly [string, string];
    idle(members: string): string;
    uneven(min: number, max: number): string;
    readonly groupWithoutTopics: string;
    /** A share group's records: acquisition locks and delivery counts, in one sentence. */
    readonly shareGroupDelivery: string;
    moreMembers(rest: number): string;
    memberOf(group: string): string;
    memberDetail(group: string): string;
    readonly memberIdle: string;

    brokerRack(rack: string): string;
    readonly quorumVoter: string;
    leadsAndFollows(leads: number, follows: number): string;
    readonly brokerHeader: readonly [string, string, string];
    readonly noReplicas: string;
    undeclaredBroker(id: number, cluster: string): string;
    moreTopics(rest: number): string;

    rackBrokers(brokers: readonly number[]): string;
    unknownRack(rack: string, cluster: string): string;
    controller(id: number, count: number, majority: number): string;
    unknownController(id: number, count: number): string;
    readonly combinedMode: string;
    quorumOf(voters: number, kind: 'controllers' | 'brokers', majority: number): string;
    counts(brokers: number, topics: number, producers: number, groups: number): string;
    racks(racks: readonly string[]): string;
    profile(profile: string): string;

    acks(acks: Acks): string;
    key(field: string): string;
    writesTo(topics: readonly string[]): string;
    readonly acksRisk: string;
    /** How the producer's idempotence ends up: on (default or set), off (set false), quietly off by acks 0/1, or refused by Kafka. */
    idempotence(state: 'on' | 'off' | 'quietly-off' | 'refused', acks: Acks): string;
    readonly producesNothing: string;

    configType(type: ConfigType, unit: ConfigUnit | undefined): string;
    defaultValue(value: string): string;
    readonly durationInput: string;
    readonly sizeInput: string;
    values(values: readonly string[], list: boolean): string;
    atLeast(min: number): string;
    between(min: number, max: number): string;
    clusterWide(brokerKey: string): string;
    here(text: string, normalized: string): string;
    unknownConfig(key: string, suggestion?: string): string;

    readonly kafkaDefault: string;
    topicDetail(partitions: number, rf: number): string;
    groupDetail(assignor: string, members: number): string;
    shareGroupDetail(members: number): string;
    brokerDetail(rack: string | undefined, leads: number | undefined): string;
    rackDetail(brokers: readonly number[]): string;
    controllerDetail(id: number, count: number): string;
    readonly snippet: Readonly<Record<'cluster' | 'topic' | 'producer' | 'consumer-group' | 'scenario', string>>;
}

/** A Kafka concept behind a keyword. */
export interface ConceptText {
    readonly title: string;
    /** One line. */
    readonly summary: string;
    /** Two to five lines of markdown that do not repeat the summary. */
    readonly body: string;
}
