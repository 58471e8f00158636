// The model's answer: `kafka-topology simulate FILE --cluster C --scenario S --format json`
// through the built CLI, exactly as users and CI run it. For a release other than
// the file's own, the file is copied with `kafka-version <line>` set.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CLI } from '../../support/cli.js';
import { GRAMMAR_HAS_KAFKA_VERSION } from './load.js';

export interface ModelPartition {
    readonly topic: string;
    readonly partition: number;
    readonly replicas: readonly number[];
    readonly leader: number | null;
    readonly isr: readonly number[];
    readonly elr?: readonly number[];
    readonly lastKnownElr?: readonly number[];
    readonly writable: boolean;
    readonly readable: boolean;
}

export interface ModelStep {
    readonly step: string;
    readonly quorum: { readonly voters: number; readonly alive: number; readonly majority: number; readonly hasQuorum: boolean };
    readonly brokers: readonly { readonly id: number; readonly rack?: string; readonly alive: boolean }[];
    readonly partitions: readonly ModelPartition[];
    readonly dataLoss: boolean;
}

export interface ModelRun {
    readonly cluster: string;
    readonly kafkaVersion?: string;
    readonly features?: Readonly<Record<string, number>>;
    readonly steps: readonly ModelStep[];
}

export function simulate(file: string, cluster: string, scenario: string, releaseLine?: string): ModelRun {
    let path = file;
    let scratch: string | undefined;
    if (releaseLine !== undefined && GRAMMAR_HAS_KAFKA_VERSION) {
        scratch = mkdtempSync(join(tmpdir(), 'kafka-drill-'));
        path = join(scratch, basename(file));
        writeFileSync(path, withVersion(readFileSync(file, 'utf8'), cluster, releaseLine));
    }
    try {
        const run = spawnSync(process.execPath, [CLI, 'simulate', path, '--cluster', cluster, '--scenario', scenario, '--format', 'json'], {
            encoding: 'utf8', timeout: 60_000, env: { ...process.env, LANG: 'C', LC_ALL: '' }
        });
        // Exit 1 = an expectation failed: the snapshots are still the model's answer.
        if (run.status !== 0 && run.status !== 1) throw new Error(`kafka-topology simulate ${file} --scenario ${scenario} failed (${run.status}): ${run.stderr.trim()}`);
        return JSON.parse(run.stdout) as ModelRun;
    } finally {
        if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
}

/** The file's text with `kafka-version <line>` as the cluster's first item (replacing its own). */
export function withVersion(text: string, cluster: string, line: string): string {
    const withoutOwn = text.replace(/^\s*kafka-version\s+\S+.*$/gm, '');
    const header = new RegExp(`(cluster\\s+${cluster.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{)`);
    if (!header.test(withoutOwn)) throw new Error(`cannot find 'cluster ${cluster} {' to set its kafka-version`);
    return withoutOwn.replace(header, `$1\n    kafka-version ${line}\n`);
}
