// Which drills run on which releases: every scenario of the spec's examples, of
// samples/ and of test/kafka/drills/, on every selected release (or only on the
// release a file declares with `kafka-version`).
import { join } from 'node:path';
import { atLeast, releaseOf, selectedReleases, type KafkaRelease } from '../harness/releases.js';
import { kafkaFiles, REPO, SHARED } from '../../support/markers.js';
import { loadDrillFile, type DrillCluster } from './load.js';

export interface DrillRun {
    readonly drill: DrillCluster;
    readonly release: KafkaRelease;
}

export const DRILL_DIRS = [join(SHARED, 'spec', 'examples'), join(REPO, 'samples'), join(REPO, 'test', 'kafka', 'drills')];

/**
 * Scenarios kept out of the default run while the model still disagrees with the
 * real brokers (`drill-file::cluster::scenario@release-line` → why); run them with
 * KAFKA_ORACLE_ALL=1. Each entry goes once the simulator's fix lands.
 */
export const PENDING_MODEL_FIXES: Readonly<Record<string, string>> = {};

export function pendingKey(drill: DrillCluster, scenario: string, release: KafkaRelease): string {
    return `${drill.file.slice(drill.file.lastIndexOf('/') + 1)}::${drill.name}::${scenario}@${release.line}`;
}

/** `KAFKA_DRILLS=order-platform,racks` narrows the run to drill files (or clusters) whose name contains one of the words. */
function selected(drill: DrillCluster): boolean {
    const words = (process.env.KAFKA_DRILLS ?? '').split(',').map((w) => w.trim()).filter(Boolean);
    const name = `${drill.file.slice(drill.file.lastIndexOf('/') + 1)}::${drill.name}`;
    return words.length === 0 || words.some((w) => name.includes(w));
}

export async function drillRuns(): Promise<DrillRun[]> {
    const releases = selectedReleases();
    const runs: DrillRun[] = [];
    for (const dir of DRILL_DIRS) {
        for (const file of kafkaFiles(dir)) {
            for (const drill of await loadDrillFile(file)) {
                if (drill.scenarios.length === 0 || !selected(drill)) continue;
                const own = drill.kafkaVersion !== undefined ? releaseOf(drill.kafkaVersion) : undefined;
                for (const release of releases) {
                    if (own && own.line !== release.line) continue;
                    if (!supports(drill, release)) continue;
                    runs.push({ drill, release });
                }
            }
        }
    }
    return runs;
}

/** Feature overrides a release cannot format with are a model-side error (unsupported-in-version), not a drill. */
function supports(drill: DrillCluster, release: KafkaRelease): boolean {
    if ((drill.features['share.version'] ?? 0) > 0 && !atLeast(release.line, '4.1')) return false;
    return true;
}
