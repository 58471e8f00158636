// Peak memory of `kafka-topology check` (the whole process, node start-up
// included) on a 100 000-partition cluster with a 200-step scenario (issue 9:
// target ≤ 400 MB). The scenario runner keeps one state at a time, so the
// figure does not grow with the steps. A figure, not a timed test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateTopology } from './generate-topology.js';
import type { Row } from './timing.js';

const repo = resolve(__dirname, '../..');

/** 1 000 topics × 100 partitions on 9 brokers, and a scenario of `steps` fail/recover steps with an expectation after each. */
export function largeScenarioTopology(steps: number): string {
    const text = generateTopology({ brokers: 9, racks: 3, topics: 1000, partitionsPerTopic: 100, producers: 0, groups: 0, scenarios: 0 });
    const lines = ['    scenario long-drill {'];
    for (let i = 0; i < steps; i++) {
        const broker = 1 + (Math.floor(i / 2) % 9);
        lines.push(`        ${i % 2 === 0 ? 'fail' : 'recover'} broker ${broker}`);
        lines.push(`        expect topic-00000 readable`);
    }
    lines.push('    }');
    const end = text.lastIndexOf('}');
    return `${text.slice(0, end)}${lines.join('\n')}\n}\n`;
}

/** Peak resident memory of `check` on `text`, in MB (the child reports its own maxRSS on exit). */
export function peakCheckMemory(text: string): { mb: number; status: number | null } {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-bench-mem-'));
    try {
        const file = join(dir, 'large.kafka');
        const probe = join(dir, 'peak-rss.cjs');
        writeFileSync(file, text);
        writeFileSync(probe, "process.on('exit', () => process.stderr.write(`\\nmaxRSS ${process.resourceUsage().maxRSS}\\n`));\n");
        const result = spawnSync(process.execPath, ['--require', probe, join(repo, 'out/cli/main.cjs'), 'check', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
        const kb = Number(/maxRSS (\d+)/.exec(result.stderr)?.[1] ?? NaN);
        return { mb: kb / 1024, status: result.status };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

export function memoryBench(rows: Row[]): void {
    for (const steps of [20, 200]) {
        const { mb, status } = peakCheckMemory(largeScenarioTopology(steps));
        rows.push([`kafka-topology check peak RSS, 100 000 partitions, ${steps}-step scenario`, `${mb.toFixed(0)} MB (exit ${status})`, steps === 200 ? '≤ 400 MB' : '-']);
    }
}
