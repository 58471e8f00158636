// A machine-wide queue for running clusters. Two oracle runs at once (the lead's
// `npm test` and a helper's drills) would start their JVMs together and starve
// each other's KRaft timers on 2 cores (quorum flapping, start timeouts), so
// every cluster takes a ticket and runs only when its process is among the
// first `slots` processes in line: first come, first served, also across runs.
//
// A ticket is a file named by the time it was taken; it stays while the cluster
// runs and is removed on close (and when the process exits). A ticket whose
// process is gone (a killed run) no longer counts. One process may hold several
// tickets (its clusters share its place in line), so a test never waits for itself.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Shared by every checkout and worktree on the machine (not by user: the helpers share one). */
export const QUEUE_DIR = process.env.KAFKA_TOPOLOGY_CLUSTER_QUEUE ?? join(tmpdir(), 'kafka-topology-cluster-queue');

export interface QueueOptions {
    readonly dir?: string;
    /** How many processes may run clusters at once (default KAFKA_CLUSTER_SLOTS, else KAFKA_ORACLE_WORKERS, else 1). */
    readonly slots?: number;
    /** Give up after waiting this long (default 25 min, KAFKA_CLUSTER_QUEUE_TIMEOUT_MS). */
    readonly timeoutMs?: number;
    readonly pollMs?: number;
    /**
     * A ticket is served only once it is this old: a ticket taken a moment earlier by
     * another process is then surely on disk, so two processes never both see themselves first.
     */
    readonly graceMs?: number;
    /** What the ticket says it is for (shown to whoever waits behind it). */
    readonly label?: string;
    /** Called once when the ticket has to wait, with the tickets ahead of it. */
    readonly onWait?: (ahead: readonly Ticket[]) => void;
}

export interface Ticket {
    readonly name: string;
    readonly pid: number;
    readonly taken: number;
    readonly label: string;
}

export interface ClusterSlot {
    readonly ticket: Ticket;
    /** Leaves the queue; safe to call twice. */
    release(): void;
}

const held = new Set<string>();
let sequence = 0;
let hooked = false;

/** Waits for this process's turn to run a cluster (see the file comment). */
export async function acquireClusterSlot(options: QueueOptions = {}): Promise<ClusterSlot> {
    const dir = options.dir ?? QUEUE_DIR;
    const slots = Math.max(1, options.slots ?? Number(process.env.KAFKA_CLUSTER_SLOTS ?? process.env.KAFKA_ORACLE_WORKERS ?? 1));
    const timeoutMs = options.timeoutMs ?? Number(process.env.KAFKA_CLUSTER_QUEUE_TIMEOUT_MS ?? 25 * 60_000);
    const pollMs = options.pollMs ?? 500;
    const graceMs = options.graceMs ?? 1000;
    mkdirSync(dir, { recursive: true });
    const taken = Date.now();
    const ticket: Ticket = { name: `${String(taken).padStart(15, '0')}-${process.pid}-${sequence++}`, pid: process.pid, taken, label: options.label ?? '' };
    const path = join(dir, ticket.name);
    writeFileSync(path, JSON.stringify(ticket));
    held.add(path);
    hookExit();
    const release = (): void => {
        held.delete(path);
        rmSync(path, { force: true });
    };
    let warned = false;
    try {
        for (;;) {
            const ahead = aheadOf(ticket, readQueue(dir), slots);
            if (ahead.length === 0 && Date.now() - taken >= graceMs) return { ticket, release };
            if (ahead.length > 0 && !warned) {
                warned = true;
                options.onWait?.(ahead);
            }
            if (Date.now() - taken > timeoutMs) {
                throw new Error(
                    `waited ${Math.round((Date.now() - taken) / 1000)} s for a turn to run a Kafka cluster on this machine; ahead in line: ` +
                        ahead.map(describeTicket).join('; ') + ` (queue ${dir})`
                );
            }
            await new Promise((resolve) => setTimeout(resolve, pollMs));
        }
    } catch (error) {
        release();
        throw error;
    }
}

/**
 * The tickets of the processes in line before `ticket`'s process, when that process is not among
 * the first `slots` (empty: its turn). A process's place is that of its oldest ticket.
 */
export function aheadOf(ticket: Ticket, queue: readonly Ticket[], slots: number): Ticket[] {
    const firstOfProcess = new Map<number, Ticket>();
    for (const t of [...queue].sort((a, b) => a.name.localeCompare(b.name))) if (!firstOfProcess.has(t.pid)) firstOfProcess.set(t.pid, t);
    const order = [...firstOfProcess.values()];
    const place = order.findIndex((t) => t.pid === ticket.pid);
    if (place >= 0 && place < slots) return [];
    return place >= 0 ? order.slice(0, place) : order;
}

/** The live tickets in `dir`; a ticket whose process is gone is removed. */
export function readQueue(dir: string): Ticket[] {
    let names: string[];
    try {
        names = readdirSync(dir);
    } catch {
        return [];
    }
    const tickets: Ticket[] = [];
    for (const name of names) {
        let ticket: Ticket;
        try {
            ticket = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Ticket;
        } catch {
            continue; // being written or removed right now
        }
        if (isAlive(ticket.pid)) tickets.push({ ...ticket, name });
        else rmSync(join(dir, name), { force: true });
    }
    return tickets;
}

function describeTicket(t: Ticket): string {
    return `pid ${t.pid}${t.label ? ` (${t.label})` : ''} since ${new Date(t.taken).toISOString()}`;
}

function isAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

/** A process that dies without closing its clusters leaves the queue (synchronously, in the exit handler). */
function hookExit(): void {
    if (hooked) return;
    hooked = true;
    process.once('exit', () => {
        for (const path of held) rmSync(path, { force: true });
    });
}
