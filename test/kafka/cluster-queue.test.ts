// The machine-wide cluster queue (harness/cluster-queue.ts), without brokers:
// other runs are stand-in processes (`sleep`) whose tickets are written as the
// queue writes its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireClusterSlot, aheadOf, readQueue, type Ticket } from './harness/cluster-queue.js';

let dir: string;
const others: ChildProcess[] = [];
const fast = { pollMs: 20, graceMs: 50 };

beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cluster-queue-test-'));
});
afterEach(() => {
    for (const child of others.splice(0)) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
});

/** Another process in line: a live PID with a ticket taken `agoMs` ago. */
function otherRun(agoMs: number, label = 'another run'): { child: ChildProcess; file: string } {
    const child = spawn('sleep', ['60'], { stdio: 'ignore' });
    others.push(child);
    const taken = Date.now() - agoMs;
    const name = `${String(taken).padStart(15, '0')}-${child.pid}-0`;
    writeFileSync(join(dir, name), JSON.stringify({ name, pid: child.pid, taken, label }));
    return { child, file: join(dir, name) };
}

async function exited(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => child.once('exit', resolve));
}

describe('the machine-wide cluster queue', () => {
    it('serves an empty queue at once and leaves no ticket after release', async () => {
        const slot = await acquireClusterSlot({ dir, ...fast, label: 'mine' });
        expect(readdirSync(dir)).toEqual([slot.ticket.name]);
        slot.release();
        slot.release();
        expect(readdirSync(dir)).toEqual([]);
    });

    it('waits while another process runs a cluster, and goes when that cluster closes', async () => {
        const other = otherRun(1000);
        const waitedFor: Ticket[][] = [];
        let served = false;
        const acquiring = acquireClusterSlot({ dir, ...fast, onWait: (ahead) => waitedFor.push([...ahead]) }).then((slot) => {
            served = true;
            return slot;
        });
        await new Promise((r) => setTimeout(r, 400));
        expect(served).toBe(false);
        expect(waitedFor.map((ahead) => ahead.map((t) => [t.pid, t.label]))).toEqual([[[other.child.pid, 'another run']]]);
        rmSync(other.file);
        (await acquiring).release();
        expect(served).toBe(true);
    });

    it('does not wait for a run that died without closing, and removes its ticket', async () => {
        const dead = otherRun(1000);
        dead.child.kill('SIGKILL');
        await exited(dead.child);
        const slot = await acquireClusterSlot({ dir, ...fast, timeoutMs: 2000 });
        expect(existsSync(dead.file)).toBe(false);
        slot.release();
    });

    it('serves first come first: a run that queued later waits behind this one', async () => {
        const first = otherRun(1000, 'first');
        let served = false;
        const acquiring = acquireClusterSlot({ dir, ...fast }).then((slot) => {
            served = true;
            return slot;
        });
        await new Promise((r) => setTimeout(r, 100));
        const later = otherRun(0, 'later');
        const queue = readQueue(dir);
        // The later run sees both ahead of it; this one sees only the first.
        expect(aheadOf(queue.find((t) => t.pid === later.child.pid)!, queue, 1).map((t) => t.label)).toEqual(['first', '']);
        rmSync(first.file);
        const slot = await acquiring;
        expect(served).toBe(true);
        const now = readQueue(dir);
        expect(aheadOf(now.find((t) => t.pid === later.child.pid)!, now, 1).map((t) => t.pid)).toEqual([process.pid]);
        slot.release();
    });

    it('lets as many processes run as there are slots', async () => {
        otherRun(1000);
        const slot = await acquireClusterSlot({ dir, ...fast, slots: 2, timeoutMs: 2000 });
        slot.release();
        otherRun(900);
        await expect(acquireClusterSlot({ dir, ...fast, slots: 2, timeoutMs: 300 })).rejects.toThrow(/ahead in line: pid \d+ \(another run\)/);
        expect(readQueue(dir).filter((t) => t.pid === process.pid)).toEqual([]);
    });

    it("never makes a process wait for its own clusters", async () => {
        const one = await acquireClusterSlot({ dir, ...fast, slots: 1 });
        otherRun(0);
        const two = await acquireClusterSlot({ dir, ...fast, slots: 1, timeoutMs: 2000 });
        two.release();
        one.release();
    });

    it('gives up with a clear sentence naming who is ahead', async () => {
        const other = otherRun(1000, 'Kafka 4.4.0, 3 nodes, /work/main');
        await expect(acquireClusterSlot({ dir, ...fast, timeoutMs: 200 })).rejects.toThrow(
            new RegExp(`waited \\d+ s for a turn to run a Kafka cluster on this machine; ahead in line: pid ${other.child.pid} \\(Kafka 4\\.4\\.0, 3 nodes, /work/main\\) since `)
        );
        expect(readdirSync(dir)).toHaveLength(1);
    });
});
