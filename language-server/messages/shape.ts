// What the server's catalogue must be able to say, section by section (as the
// simulator's phrasebook.ts does for its sentences). en.ts fills every section
// and so defines the catalogue's type; ko.ts must have the same shape.
import type { Placer, SkippedTopicReason, Step, TopicFaultTolerance, TopicNameProblem } from '../../simulator/index.js';
import type { Origin } from '../model/topic-settings.js';

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
