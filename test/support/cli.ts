// Runs the built CLI (out/cli/main.cjs) the way users and CI do.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './markers.js';

export const CLI = join(REPO, 'out/cli/main.cjs');

export interface CliResult {
    readonly status: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

export function runCli(args: readonly string[], env: Record<string, string> = {}): CliResult {
    const result = spawnSync(process.execPath, [CLI, ...args], {
        encoding: 'utf8',
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env }
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
