// The jars of one Kafka release, from Maven Central through test/kafka/maven/pom.xml,
// cached under ~/.cache/kafka-topology-tests/kafka-<version>/libs so a second run
// is offline. A failed download is an error with Maven's own words, never a skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withLock } from './lock.js';

export const KAFKA_TEST_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE_ROOT = process.env.KAFKA_TOPOLOGY_TEST_CACHE ?? join(homedir(), '.cache', 'kafka-topology-tests');

export interface ReleaseJars {
    readonly version: string;
    /** The folder holding every jar of the release. */
    readonly libs: string;
    /** `<libs>/*`, for `java -cp`. */
    readonly classpath: string;
    /** How the jars got here: downloaded now (with time and size) or found in the cache. */
    readonly download?: { readonly seconds: number; readonly megabytes: number };
}

export function releaseDir(version: string): string {
    return join(CACHE_ROOT, `kafka-${version}`);
}

/** The release's jars, downloading them with Maven on first use. */
export async function ensureJars(version: string): Promise<ReleaseJars> {
    const dir = releaseDir(version);
    const libs = join(dir, 'libs');
    const marker = join(dir, 'complete.json');
    const cached = (): ReleaseJars => ({ version, libs, classpath: join(libs, '*') });
    if (existsSync(marker)) return cached();
    return withLock(join(CACHE_ROOT, `kafka-${version}.lock`), () => {
        if (existsSync(marker)) return cached();
        rmSync(libs, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        const started = Date.now();
        const mvn = spawnSync(
            'mvn',
            ['-q', '-B', '-f', join(KAFKA_TEST_DIR, 'maven', 'pom.xml'), `-Dkafka.version=${version}`, 'dependency:copy-dependencies', `-DoutputDirectory=${libs}`, '-DincludeScope=runtime'],
            { encoding: 'utf8', timeout: 15 * 60_000, maxBuffer: 64 * 1024 * 1024 }
        );
        if (mvn.error) throw new Error(`Kafka ${version}: cannot run Maven to download the jars: ${mvn.error.message}`);
        if (mvn.status !== 0 || !existsSync(join(libs, `kafka_2.13-${version}.jar`))) {
            const output = `${mvn.stdout}\n${mvn.stderr}`.trim().split('\n').slice(-15).join('\n');
            throw new Error(`Kafka ${version}: downloading the jars from Maven Central failed (mvn exit ${mvn.status}):\n${output}`);
        }
        const download = { seconds: Math.round((Date.now() - started) / 100) / 10, megabytes: Math.round(folderBytes(libs) / 1e5) / 10 };
        writeFileSync(marker, JSON.stringify(download) + '\n');
        return { ...cached(), download };
    });
}

/** What the first download of a cached release took (from its marker file). */
export function recordedDownload(version: string): { seconds: number; megabytes: number } | undefined {
    const marker = join(releaseDir(version), 'complete.json');
    return existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as { seconds: number; megabytes: number }) : undefined;
}

function folderBytes(dir: string): number {
    return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}
