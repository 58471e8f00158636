// The Kafka release a cluster declares (`kafka-version`, the last one wins) and its
// `features { ... }` entries (a later entry overrides an earlier one), as the
// simulator's spec and the `unsupported-in-version` rule see them (SIMULATION.md §0).
import { GrammarUtils } from 'langium';
import type { Cluster, FeatureEntry, KafkaVersionProperty } from '../generated/ast.js';
import { effectiveFeatures, NEWEST_RELEASE, releaseOf, type FeatureLevels, type KafkaRelease } from '../../simulator/index.js';

export interface ReleaseFacts {
    /** The `kafka-version` property that counts, when there is one. */
    readonly versionNode?: KafkaVersionProperty;
    /** The version as written (undefined when none is declared). */
    readonly declared?: string;
    /** The release modelled: the declared one when covered, else the newest covered. */
    readonly release: KafkaRelease;
    /** Whether `declared` names a covered release (true when nothing is declared). */
    readonly covered: boolean;
    /** Every feature entry in declaration order. */
    readonly entries: readonly FeatureEntry[];
    /** Name -> level as declared (later entries win). */
    readonly overrides: FeatureLevels;
    /** The levels the model runs with. */
    readonly levels: FeatureLevels;
}

/** A cluster, or the parts of a cluster that spans files. */
export function releaseFactsOf(cluster: Cluster | readonly Cluster[]): ReleaseFacts {
    const parts: readonly Cluster[] = Array.isArray(cluster) ? cluster : [cluster];
    const versionNode = parts.flatMap((p) => p.versions).at(-1);
    // The source text: `4.10` lexes as a DECIMAL, whose number would read 4.1.
    const declared = versionNode?.version === undefined ? undefined : (GrammarUtils.findNodeForProperty(versionNode.$cstNode, 'version')?.text ?? String(versionNode.version));
    const found = declared === undefined ? undefined : releaseOf(declared);
    const release = found ?? NEWEST_RELEASE;
    const entries = parts.flatMap((p) => p.features).flatMap((block) => block.entries).filter((e) => e.name !== undefined && Number.isInteger(e.level));
    const overrides: Record<string, number> = {};
    for (const e of entries) overrides[e.name] = e.level;
    return { versionNode, declared, release, covered: declared === undefined || found !== undefined, entries, overrides, levels: effectiveFeatures(release, overrides) };
}
