// Every JVM the harness starts is registered here and killed (SIGKILL, by PID)
// when the cluster closes, when the test process exits (also on a failure or
// Ctrl-C), and by the vitest global teardown from the PID files, in case a
// worker died. Each node also halts itself when its stdin pipe closes (NodeMain).
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** PID files of live JVMs, one per process, so a teardown in another process can find them. */
export const PID_DIR = process.env.KAFKA_TOPOLOGY_PID_DIR ?? join(tmpdir(), `kafka-topology-pids-${process.getuid?.() ?? 0}`);

const live = new Map<number, ChildProcess>();
let hooked = false;

export function track(child: ChildProcess): void {
    const pid = child.pid;
    if (pid === undefined) return;
    live.set(pid, child);
    mkdirSync(PID_DIR, { recursive: true });
    writeFileSync(join(PID_DIR, String(pid)), `${process.pid}\n`);
    child.once('exit', () => forget(pid));
    hookExit();
}

export function forget(pid: number): void {
    live.delete(pid);
    rmSync(join(PID_DIR, String(pid)), { force: true });
}

export function killNow(pid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
    try {
        process.kill(pid, signal);
    } catch {
        // already gone
    }
}

/** Kills every JVM this process started (synchronous: safe in an exit handler). */
export function killAllStarted(): void {
    for (const pid of [...live.keys()]) {
        killNow(pid);
        forget(pid);
    }
}

/** Kills the JVMs listed in PID_DIR whose starting process is gone or is this one (global teardown). */
export function killRecorded(): number {
    let killed = 0;
    let names: string[] = [];
    try {
        names = readdirSync(PID_DIR);
    } catch {
        return 0;
    }
    for (const name of names) {
        const pid = Number(name);
        if (!Number.isInteger(pid)) continue;
        const owner = Number(readFileSync(join(PID_DIR, name), 'utf8').trim());
        if (owner !== process.pid && isAlive(owner)) continue;
        if (isJava(pid)) {
            killNow(pid);
            killed++;
        }
        rmSync(join(PID_DIR, name), { force: true });
    }
    return killed;
}

function isAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch {
        return false;
    }
}

/** Only a JVM may be killed from a PID file: the PID could have been reused. */
function isJava(pid: number): boolean {
    try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0].endsWith('java');
    } catch {
        return false;
    }
}

function hookExit(): void {
    if (hooked) return;
    hooked = true;
    process.once('exit', killAllStarted);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
        process.once(signal, () => {
            killAllStarted();
            process.kill(process.pid, signal);
        });
    }
}
