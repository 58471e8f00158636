// Which drills run on which releases: every scenario of the spec's examples, of
// samples/ and of test/kafka/drills/, on every selected release (or only on the
// release a file declares with `kafka-version`).
import { basename, dirname, join } from 'node:path';
import { atLeast, releaseOf, RELEASES, selectedReleases, type KafkaRelease } from '../harness/releases.js';
import { kafkaFiles, REPO, SHARED } from '../../support/markers.js';
import { loadDrillFile, type DrillCluster } from './load.js';

export interface DrillRun {
    readonly drill: DrillCluster;
    readonly release: KafkaRelease;
}

/** Drill clusters of one release with the same brokers, racks, controllers and features: one real cluster for all. */
export interface DrillGroup {
    readonly release: KafkaRelease;
    readonly drills: readonly DrillCluster[];
}

export function shapeOf(drill: DrillCluster): string {
    const brokers = [...drill.spec.brokers].sort((a, b) => a.id - b.id).map((b) => `${b.id}${b.rack !== undefined ? `@${b.rack}` : ''}`);
    const features = Object.entries(drill.features).sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify({ brokers, controllers: drill.spec.controllers ?? 0, features });
}

export async function drillGroups(): Promise<DrillGroup[]> {
    const groups = new Map<string, { release: KafkaRelease; drills: DrillCluster[] }>();
    for (const { drill, release } of await drillRuns()) {
        const key = `${release.version} ${shapeOf(drill)}`;
        const group = groups.get(key) ?? { release, drills: [] };
        group.drills.push(drill);
        groups.set(key, group);
    }
    return [...groups.values()];
}

export const DRILL_DIRS = [join(SHARED, 'spec', 'examples'), join(REPO, 'samples'), join(REPO, 'test', 'kafka', 'drills')];

/**
 * The default run (`npm test`): one real cluster per drill file and release,
 * bounded to a few minutes. Keys are `folder/file.kafka::cluster` (every
 * scenario) or `folder/file.kafka::cluster::scenario`; values the release lines.
 * Distinct semantics over repetition, every release at least once: a broker
 * crash and the quorum lost with it (ELR off: 3.9, 4.0; and 4.4), ELR crash vs
 * controlled shutdown (4.1), a total outage with the last leader back and a
 * quorum loss and return with a restart meanwhile (4.2), the rack outage that takes the voter majority
 * with it (combined-racks on 4.4: agreed in 5 runs on 3.9, 4.2 and 4.4 after the unfenced wait).
 * The full matrix (every drill file on every selected
 * release) runs with KAFKA_ORACLE_ALL=1 or when KAFKA_DRILLS / KAFKA_RELEASES
 * name what to run; the README's drill table comes from it.
 */
export const DEFAULT_RUN: Readonly<Record<string, readonly string[]>> = {
    'examples/order-platform.kafka::order-platform': ['3.9', '4.0', '4.4'],
    'drills/dedicated-quorum.kafka::dedicated::crash-down-to-none': ['4.1'],
    'drills/dedicated-quorum.kafka::dedicated::stop-down-to-none': ['4.1'],
    'drills/dedicated-quorum.kafka::dedicated::total-outage-last-leader-back': ['4.2'],
    'drills/dedicated-quorum.kafka::dedicated::quorum-loss-and-return': ['4.2'],
    'drills/combined-racks.kafka::rackdrill::lose-the-majority-rack': ['4.4']
};

const FULL_MATRIX = process.env.KAFKA_ORACLE_ALL === '1' || Boolean(process.env.KAFKA_DRILLS) || Boolean(process.env.KAFKA_RELEASES) || Boolean(process.env.KAFKA_SCENARIOS);

export function drillKey(drill: DrillCluster): string {
    return `${basename(dirname(drill.file))}/${basename(drill.file)}::${drill.name}`;
}

/** The drill narrowed to the scenarios the default run lists for the release (none: not in the default run). */
function inDefaultRun(drill: DrillCluster, release: KafkaRelease): DrillCluster | undefined {
    const key = drillKey(drill);
    if (DEFAULT_RUN[key]?.includes(release.line)) return drill;
    const scenarios = drill.scenarios.filter((s) => DEFAULT_RUN[`${key}::${s}`]?.includes(release.line));
    return scenarios.length > 0 ? { ...drill, scenarios } : undefined;
}

/**
 * `KAFKA_DRILLS=order-platform,racks` narrows the run to drills whose `folder/file.kafka::cluster`
 * contains one of the words (`samples/order-platform` names one file);
 * `KAFKA_SCENARIOS=majority,quorum` then to the scenarios whose name contains one.
 */
function selected(drill: DrillCluster): DrillCluster | undefined {
    const words = wordsOf(process.env.KAFKA_DRILLS);
    if (words.length > 0 && !words.some((w) => drillKey(drill).includes(w))) return undefined;
    const scenarioWords = wordsOf(process.env.KAFKA_SCENARIOS);
    if (scenarioWords.length === 0) return drill;
    const scenarios = drill.scenarios.filter((s) => scenarioWords.some((w) => s.includes(w)));
    return scenarios.length > 0 ? { ...drill, scenarios } : undefined;
}

function wordsOf(list: string | undefined): string[] {
    return (list ?? '').split(',').map((w) => w.trim()).filter(Boolean);
}

export async function drillRuns(): Promise<DrillRun[]> {
    const releases = FULL_MATRIX ? selectedReleases() : RELEASES.filter((r) => Object.values(DEFAULT_RUN).some((lines) => lines.includes(r.line)));
    const runs: DrillRun[] = [];
    for (const dir of DRILL_DIRS) {
        for (const file of kafkaFiles(dir)) {
            for (const loaded of await loadDrillFile(file)) {
                const drill = loaded.scenarios.length > 0 ? selected(loaded) : undefined;
                if (!drill) continue;
                const own = drill.kafkaVersion !== undefined ? releaseOf(drill.kafkaVersion) : undefined;
                for (const release of releases) {
                    if (own && own.line !== release.line) continue;
                    if (!supports(drill, release)) continue;
                    const run = FULL_MATRIX ? drill : inDefaultRun(drill, release);
                    if (run) runs.push({ drill: run, release });
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
