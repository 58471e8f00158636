// What a fixable diagnostic carries for its quick fix, per issue code. The
// validators write it (DiagnosticReporter.report checks it against the code),
// the quick fixes read it (each FixBuilder is typed by the data of its codes),
// so the compiler holds both sides to one shape.
import type { Range } from 'vscode-languageserver';
import type { AssignorName } from '../../simulator/index.js';
import type { Voters } from '../model/cluster-facts.js';
import { IssueCodes, type IssueCode } from './issue-codes.js';

/** The topic property a fix sets, and to what. */
export interface SetPropertyData {
    readonly property: 'partitions' | 'replication-factor' | 'min-insync-replicas';
    readonly value: number;
}

/** An odd or larger quorum: which voters the cluster has, and how many. */
export interface QuorumData {
    readonly voterKind: Voters['kind'];
    readonly voters: number;
}

/** unsupported-in-version: set a release, or a feature level. */
export type ReleaseData = { readonly setVersion: string } | { readonly setFeature: string; readonly level: number };

/** unknown-config: the suggested key (absent when its unit cannot be rewritten), the value in the key's unit, the entry to merge into. */
export interface ConfigKeyData {
    readonly replaceKey?: string;
    readonly replaceValue?: string;
    readonly mergeInto?: string;
}

export interface FixData {
    readonly [IssueCodes.QuorumEven]: QuorumData;
    readonly [IssueCodes.QuorumTooSmall]: QuorumData;
    readonly [IssueCodes.UnsupportedInVersion]: ReleaseData;
    readonly [IssueCodes.NoBrokers]: { readonly insertBroker: number };
    readonly [IssueCodes.InvalidPartitions]: SetPropertyData;
    readonly [IssueCodes.InvalidReplicationFactor]: SetPropertyData;
    readonly [IssueCodes.ReplicationFactorExceedsBrokers]: SetPropertyData;
    readonly [IssueCodes.ReplicationFactorTooLow]: SetPropertyData;
    readonly [IssueCodes.InvalidMinInsync]: SetPropertyData;
    readonly [IssueCodes.MinInsyncExceedsReplicationFactor]: SetPropertyData;
    readonly [IssueCodes.MinInsyncEqualsReplicationFactor]: SetPropertyData;
    readonly [IssueCodes.MinInsyncTooLow]: SetPropertyData;
    readonly [IssueCodes.TotalOrderNeedsOnePartition]: SetPropertyData;
    readonly [IssueCodes.UnknownConfig]: ConfigKeyData;
    readonly [IssueCodes.ConfigShadowsProperty]: { readonly removeEntry: true };
    readonly [IssueCodes.UncleanElectionEnabled]: { readonly value: 'false' };
    readonly [IssueCodes.UnresolvedReference]: { readonly suggestion: string };
    readonly [IssueCodes.AcksMayLoseData]: { readonly value: 'all' };
    readonly [IssueCodes.InvalidAcks]: { readonly value: 'all' };
    readonly [IssueCodes.IdempotentNeedsAcksAll]: { readonly value: 'all' };
    readonly [IssueCodes.MissingRecordKey]: { readonly insertKey: string };
    readonly [IssueCodes.IdleConsumers]: { readonly members: number; readonly idle: readonly string[] };
    readonly [IssueCodes.UnevenConsumerLoad]: { readonly assignor: 'roundrobin' };
    readonly [IssueCodes.AssignorProtocolMismatch]: { readonly assignor: AssignorName };
    readonly [IssueCodes.DuplicateProperty]: { readonly removeRange?: Range };
    readonly [IssueCodes.ScenarioNoEffect]: { readonly removeStep: true };
    /** The topic to pin and the replicas per partition the model checked the drill on. */
    readonly [IssueCodes.ExpectationDependsOnPlacement]: { readonly pinTopic: string; readonly assignment: readonly (readonly number[])[] };
}

export type FixableCode = keyof FixData;

/** The fix data of `C`; a code without a quick fix carries none. */
export type FixDataOf<C extends IssueCode> = C extends FixableCode ? FixData[C] : never;
