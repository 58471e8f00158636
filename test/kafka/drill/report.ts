// Results of a run as JSON files (one per drill and release), and the markdown
// table of drill × release with the real broker's verdict, the model's, and
// every disagreement in detail.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CACHE_ROOT } from '../harness/jars.js';
import { diffTable } from './compare.js';
import type { DrillResult } from './session.js';

export const RESULTS_DIR = process.env.KAFKA_ORACLE_RESULTS ?? join(CACHE_ROOT, 'results', 'latest');

export function clearResults(): void {
    rmSync(RESULTS_DIR, { recursive: true, force: true });
    mkdirSync(RESULTS_DIR, { recursive: true });
}

export function recordResult(result: DrillResult | FailedDrill): void {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const name = `${result.release.version}__${drillName(result.file)}__${result.cluster}__${result.scenario}.json`.replace(/[^\w.-]+/g, '_');
    writeFileSync(join(RESULTS_DIR, name), JSON.stringify(result, null, 1));
}

/** `examples/order-platform.kafka`: the folder tells the spec's example from the sample of the same name. */
export function drillName(file: string): string {
    return `${basename(dirname(file))}/${basename(file)}`;
}

export interface FailedDrill {
    readonly file: string;
    readonly cluster: string;
    readonly scenario: string;
    readonly release: DrillResult['release'];
    readonly error: string;
}

/** A step's verdict in one line: per topic, partitions writable/readable, and the quorum. */
export function verdict(partitions: readonly { topic: string; writable?: boolean; readable?: boolean }[], hasQuorum: boolean): string {
    const topics = [...new Set(partitions.map((p) => p.topic))];
    const parts = topics.map((t) => {
        const ps = partitions.filter((p) => p.topic === t);
        const w = ps.filter((p) => p.writable).length;
        const r = ps.filter((p) => p.readable).length;
        return `${t} W${w}/${ps.length} R${r}/${ps.length}`;
    });
    return `${parts.join(', ')}; quorum ${hasQuorum ? 'ok' : 'LOST'}`;
}

export function renderReport(): string {
    let files: string[] = [];
    try {
        files = readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.json')).sort();
    } catch {
        return '(no results)';
    }
    const results = files.map((f) => JSON.parse(readFileSync(join(RESULTS_DIR, f), 'utf8')) as DrillResult | FailedDrill);
    const out: string[] = [];
    out.push('| drill | release | steps | agree | real broker (last step) | model (last step) |', '|---|---|---|---|---|---|');
    const details: string[] = [];
    for (const r of results) {
        const name = `${drillName(r.file)} › ${r.cluster} › ${r.scenario}`;
        if ('error' in r) {
            out.push(`| ${name} | ${r.release.version} | — | ERROR | ${r.error.split('\n')[0].slice(0, 120)} | — |`);
            details.push(`### ${name} on ${r.release.version}: error\n\n\`\`\`\n${r.error.slice(0, 3000)}\n\`\`\`\n`);
            continue;
        }
        const rows = r.steps.flatMap((s) => s.diffs.map((d) => ({ ...d, step: s.step })));
        const featureRows = r.featureDiffs.map((d) => ({ ...d, step: 'initial' }));
        const all = [...featureRows, ...rows];
        const last = r.steps[r.steps.length - 1];
        const real = verdict(last.real.partitions, last.real.quorum.hasQuorum);
        const model = verdict(last.model.partitions, last.model.quorum.hasQuorum);
        out.push(`| ${name} | ${r.release.version} | ${r.steps.length} | ${all.length === 0 ? 'yes' : `**no** (${all.length})`} | ${real} | ${model === real ? 'same' : model} |`);
        if (all.length > 0) {
            details.push(`### ${name} on Kafka ${r.release.version}\n`);
            details.push(`Model: kafka-version ${r.model.kafkaVersion ?? '(not reported)'}, features ${JSON.stringify(r.model.features ?? '(not reported)')}; real finalized features ${JSON.stringify(r.realFeatures)}.\n`);
            details.push('```\n' + diffTable(all) + '\n```\n');
            details.push('Per step (real broker | model):\n');
            for (const s of r.steps) {
                details.push(`- \`${s.step}\` (${Math.round(s.millis / 100) / 10} s): ${verdict(s.real.partitions, s.real.quorum.hasQuorum)} | ${verdict(s.model.partitions, s.model.quorum.hasQuorum)}`);
            }
            details.push('');
        }
    }
    return [out.join('\n'), '', '## Disagreements in detail', '', details.length ? details.join('\n') : 'None.'].join('\n');
}
