// The Kafka releases the model covers and the feature levels a newly formatted
// cluster of each one has (SIMULATION.md §0).
//
// Default levels are what `kafka-storage format` bootstraps: Feature#defaultLevel(
// MetadataVersion.LATEST_PRODUCTION) over Feature.PRODUCTION_FEATURES
// (server-common/src/main/java/org/apache/kafka/server/common/Feature.java, 4.0+;
// Features.java in 3.9). They were read from the released server-common jars
// 3.9.1, 4.0.2, 4.1.2, 4.2.2, 4.3.1 and 4.4.0 (Maven Central), and agree with the
// sources of tags 4.0.0, 4.1.1 and 4.2.0-rc1 (EligibleLeaderReplicasVersion.java:
// ELRV_1 needs metadata.version 4.1-IV0, so 4.0 formats with ELR off; ShareVersion.java:
// SV_1 is production from 4.2). `kraft.version` is left out: `kafka-storage format`
// sets it from the quorum configuration (static voters: 0, --standalone: 1), not
// from the release.
//
// The failover paths (PartitionChangeBuilder, ReplicationControlManager's broker
// fencing, unfencing, controlled and unclean shutdown) differ between releases in
// one place: 4.0 elects the last known leader even when it is not acceptable and
// records it by an older rule (PartitionChangeBuilder.canElectLastKnownLeader and
// maybeUpdateLastKnownLeader at tag 4.0.0, fixed by KAFKA-19522 in 4.1.0). 4.3 and
// 4.4 were compared with 4.2 on the compiled classes (javap of PartitionChangeBuilder
// and of ReplicationControlManager's handleBroker*/generateLeaderAndIsrUpdates):
// only constructor refactoring and cordoned log directories changed.

export type FeatureLevels = Readonly<Record<string, number>>;

export const ELR_FEATURE = 'eligible.leader.replicas.version';
export const GROUP_FEATURE = 'group.version';
export const SHARE_FEATURE = 'share.version';
/** The features whose level changes what the model does, in the order JSON and hovers show them. */
export const MODEL_FEATURES: readonly string[] = [ELR_FEATURE, GROUP_FEATURE, SHARE_FEATURE];

export interface FeatureInfo {
    /** Level of a newly formatted cluster of the release. */
    readonly defaultLevel: number;
    /** The highest level the release knows. */
    readonly maxLevel: number;
}

/** Where the release's last-known-leader election differs (see the header). */
export type LastKnownLeaderRule = '4.0' | '4.1';

export interface KafkaRelease {
    /** `3.9`, `4.0`, ... as `kafka-version` writes it. */
    readonly version: string;
    /** The patch release the oracle runs and the levels were read from. */
    readonly patch: string;
    readonly metadataVersion: string;
    /** Feature name -> levels; `metadata.version` is not among them. */
    readonly features: Readonly<Record<string, FeatureInfo>>;
    readonly lastKnownLeaderRule: LastKnownLeaderRule;
}

const f = (defaultLevel: number, maxLevel: number): FeatureInfo => ({ defaultLevel, maxLevel });

export const RELEASES: readonly KafkaRelease[] = [
    {
        version: '3.9',
        patch: '3.9.1',
        metadataVersion: '3.9-IV0',
        // Features.java at 3.9: only kraft.version and transaction.version are production
        // features; KIP-848 and ELR are not features yet (ELR cannot be turned on), and
        // transaction.version 1 and 2 need metadata.version 4.0-IV0, which 3.9 cannot format.
        features: { 'transaction.version': f(0, 0) },
        lastKnownLeaderRule: '4.0'
    },
    {
        version: '4.0',
        patch: '4.0.2',
        metadataVersion: '4.0-IV3',
        features: { [ELR_FEATURE]: f(0, 1), [GROUP_FEATURE]: f(1, 1), 'transaction.version': f(2, 2) },
        lastKnownLeaderRule: '4.0'
    },
    {
        version: '4.1',
        patch: '4.1.2',
        metadataVersion: '4.1-IV1',
        // share.version 1 is a preview in 4.1: known, not on by default.
        features: { [ELR_FEATURE]: f(1, 1), [GROUP_FEATURE]: f(1, 1), [SHARE_FEATURE]: f(0, 1), 'streams.version': f(0, 1), 'transaction.version': f(2, 2) },
        lastKnownLeaderRule: '4.1'
    },
    {
        version: '4.2',
        patch: '4.2.2',
        metadataVersion: '4.2-IV1',
        features: { [ELR_FEATURE]: f(1, 1), [GROUP_FEATURE]: f(1, 1), [SHARE_FEATURE]: f(1, 1), 'streams.version': f(1, 1), 'transaction.version': f(2, 2) },
        lastKnownLeaderRule: '4.1'
    },
    {
        version: '4.3',
        patch: '4.3.1',
        metadataVersion: '4.3-IV0',
        features: { [ELR_FEATURE]: f(1, 1), [GROUP_FEATURE]: f(1, 1), [SHARE_FEATURE]: f(1, 1), 'streams.version': f(1, 1), 'transaction.version': f(2, 2) },
        lastKnownLeaderRule: '4.1'
    },
    {
        version: '4.4',
        patch: '4.4.0',
        metadataVersion: '4.4-IV2',
        features: { [ELR_FEATURE]: f(1, 1), [GROUP_FEATURE]: f(1, 1), [SHARE_FEATURE]: f(2, 2), 'streams.version': f(1, 1), 'transaction.version': f(2, 2) },
        lastKnownLeaderRule: '4.1'
    }
];

export const NEWEST_RELEASE: KafkaRelease = RELEASES[RELEASES.length - 1];
export const COVERED_VERSIONS: readonly string[] = RELEASES.map((r) => r.version);

/**
 * The release a `kafka-version` names: `4.1` or a patch of it (`4.1.2`). Undefined
 * when the model does not cover it.
 */
export function releaseOf(version: string): KafkaRelease | undefined {
    const m = /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
    if (!m) return undefined;
    const line = `${Number(m[1])}.${Number(m[2])}`;
    return RELEASES.find((r) => r.version === line);
}

export type FeatureProblem =
    | { readonly kind: 'unknown-feature'; readonly feature: string; readonly known: readonly string[] }
    | { readonly kind: 'unknown-level'; readonly feature: string; readonly level: number; readonly maxLevel: number };

/** Whether the release knows `feature` at `level` (`undefined` when it does). */
export function featureProblem(release: KafkaRelease, feature: string, level: number): FeatureProblem | undefined {
    const info = release.features[feature];
    if (!info) return { kind: 'unknown-feature', feature, known: Object.keys(release.features).sort() };
    if (!Number.isInteger(level) || level < 0 || level > info.maxLevel) return { kind: 'unknown-level', feature, level, maxLevel: info.maxLevel };
    return undefined;
}

/**
 * The levels the model runs with: the release's defaults, overridden by `features`
 * entries the release knows. Every model feature is present (0 when the release
 * does not have it).
 */
export function effectiveFeatures(release: KafkaRelease, overrides: FeatureLevels = {}): FeatureLevels {
    const levels: Record<string, number> = {};
    for (const name of MODEL_FEATURES) levels[name] = release.features[name]?.defaultLevel ?? 0;
    for (const [name, info] of Object.entries(release.features)) levels[name] = info.defaultLevel;
    for (const [name, level] of Object.entries(overrides)) {
        if (featureProblem(release, name, level) === undefined) levels[name] = level;
    }
    return levels;
}

/** The three levels SIMULATION.md §5 puts in the JSON, in name order. */
export function modelFeatureLevels(levels: FeatureLevels): Record<string, number> {
    const shown: Record<string, number> = {};
    for (const name of [...MODEL_FEATURES].sort()) shown[name] = levels[name] ?? 0;
    return shown;
}
