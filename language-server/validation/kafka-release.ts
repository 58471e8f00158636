// unsupported-in-version (RULES.md): a `kafka-version` the model does not cover, a
// feature name or level the declared release does not know, and constructs the
// release's feature levels do not have: `share-group` needs share.version >= 1,
// `protocol consumer` needs group.version >= 1 (SIMULATION.md §0).
import type { ValidationAcceptor } from 'langium';
import { isProtocolProperty, type Cluster } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import type { ClusterFactsProvider } from '../model/cluster-facts.js';
import { COVERED_VERSIONS, featureProblem, GROUP_FEATURE, NEWEST_RELEASE, RELEASES, SHARE_FEATURE, type KafkaRelease } from '../../simulator/index.js';
import { IssueCodes } from './issue-codes.js';
import { quote, type DiagnosticReporter } from './reporter.js';

/** What the quick fix sets: a release, or a feature level. */
export type ReleaseFix = { readonly setVersion: string } | { readonly setFeature: string; readonly level: number };

/** The fix that gives the cluster `feature` at `level`: the level itself when the release knows it, else the first release that does by default. */
function fixFor(release: KafkaRelease, feature: string, level: number): ReleaseFix | undefined {
    if ((release.features[feature]?.maxLevel ?? -1) >= level) return { setFeature: feature, level };
    const first = RELEASES.find((r) => (r.features[feature]?.defaultLevel ?? -1) >= level);
    return first ? { setVersion: first.version } : undefined;
}

export class KafkaReleaseValidator {
    protected readonly facts: ClusterFactsProvider;
    protected readonly reporter: DiagnosticReporter;

    constructor(services: KafkaTopologyCoreServices) {
        this.facts = services.kafka.ClusterFacts;
        this.reporter = services.kafka.Reporter;
    }

    checkRelease(cluster: Cluster, accept: ValidationAcceptor): void {
        const facts = this.facts.get(cluster).release;
        const { release } = facts;
        if (facts.versionNode && !facts.covered) {
            this.reporter.report(accept, {
                code: IssueCodes.UnsupportedInVersion, variant: 'version', node: facts.versionNode, property: 'version',
                args: { version: facts.declared ?? '', covered: COVERED_VERSIONS.join(', '), newest: NEWEST_RELEASE.version },
                fix: { setVersion: NEWEST_RELEASE.version }
            });
        }
        for (const entry of facts.entries) {
            const problem = featureProblem(release, entry.name, entry.level);
            if (!problem) continue;
            if (problem.kind === 'unknown-feature') {
                const knownBy = RELEASES.find((r) => r.features[entry.name] !== undefined);
                this.reporter.report(accept, {
                    code: IssueCodes.UnsupportedInVersion, variant: 'feature', node: entry, property: 'name',
                    args: { feature: entry.name, version: release.version, known: problem.known.join(', ') || '—' },
                    fix: knownBy ? { setVersion: knownBy.version } : undefined
                });
            } else {
                const fix = entry.level > problem.maxLevel ? fixFor(release, entry.name, entry.level) ?? { setFeature: entry.name, level: problem.maxLevel } : { setFeature: entry.name, level: problem.maxLevel };
                this.reporter.report(accept, {
                    code: IssueCodes.UnsupportedInVersion, variant: 'level', node: entry, property: 'level',
                    args: { feature: entry.name, level: entry.level, version: release.version, max: problem.maxLevel },
                    fix
                });
            }
        }
        const shareLevel = facts.levels[SHARE_FEATURE] ?? 0;
        if (shareLevel < 1) {
            for (const group of cluster.shareGroups) {
                this.reporter.report(accept, {
                    code: IssueCodes.UnsupportedInVersion, variant: 'share-group', node: group, keyword: 'share-group',
                    args: { group: quote(group.name), version: release.version, level: shareLevel },
                    fix: fixFor(release, SHARE_FEATURE, 1)
                });
            }
        }
        const groupLevel = facts.levels[GROUP_FEATURE] ?? 0;
        if (groupLevel < 1) {
            for (const group of cluster.groups) {
                for (const property of group.items.filter(isProtocolProperty)) {
                    if (property.protocol !== 'consumer') continue;
                    this.reporter.report(accept, {
                        code: IssueCodes.UnsupportedInVersion, variant: 'protocol', node: property, keyword: 'protocol',
                        args: { group: quote(group.name), version: release.version, level: groupLevel },
                        fix: fixFor(release, GROUP_FEATURE, 1)
                    });
                }
            }
        }
    }
}
