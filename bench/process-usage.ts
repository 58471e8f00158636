// CPU time and peak memory of a whole child process (node start-up included),
// read from the child itself: a preloaded hook writes `process.resourceUsage()`
// when it exits, so no platform tool (`/usr/bin/time`) is needed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface ProcessUsage {
    readonly wallMs: number;
    /** User + system CPU time. */
    readonly cpuMs: number;
    readonly peakRssMb: number;
    readonly status: number | null;
}

const HOOK = `process.on('exit', () => {
    const u = process.resourceUsage();
    require('node:fs').writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rss: u.maxRSS / 1024 }));
});
`;

/** Runs `node <script> <args>` and reports its resource usage. */
export function measureProcess(script: string, args: readonly string[]): ProcessUsage {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-bench-usage-'));
    try {
        const hook = join(dir, 'hook.cjs');
        const report = join(dir, 'usage.json');
        writeFileSync(hook, HOOK);
        const started = performance.now();
        const result = spawnSync(process.execPath, ['--require', hook, script, ...args], { stdio: 'ignore', env: { ...process.env, BENCH_USAGE_FILE: report } });
        const wallMs = performance.now() - started;
        const usage = JSON.parse(readFileSync(report, 'utf8')) as { cpu: number; rss: number };
        return { wallMs, cpuMs: usage.cpu, peakRssMb: usage.rss, status: result.status };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
