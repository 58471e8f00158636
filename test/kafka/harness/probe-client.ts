// The TypeScript side of java/Probe.java: one JVM per cluster, JSON lines in
// and out, one request at a time, each bounded.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { harnessClasses, JVM_FLAGS, tail } from './java.js';
import { ensureJars } from './jars.js';
import { track } from './processes.js';

export interface DescribedPartition {
    readonly topic: string;
    readonly partition: number;
    readonly leader: number | null;
    /** Assignment order (the first is the preferred leader). */
    readonly replicas: readonly number[];
    /** Ascending. */
    readonly isr: readonly number[];
    /** Ascending; absent when the release's Admin API has no ELR (before KIP-966). */
    readonly elr?: readonly number[];
    readonly lastKnownElr?: readonly number[];
}

export interface QuorumVoter {
    readonly id: number;
    readonly logEndOffset: number;
    readonly lastFetchTimestamp?: number;
    readonly lastCaughtUpTimestamp?: number;
}

export interface Described {
    readonly partitions?: readonly DescribedPartition[];
    readonly partitionsError?: string;
    /** Brokers registered and unfenced, as the metadata a broker serves says. */
    readonly brokers?: readonly number[];
    readonly brokersError?: string;
    readonly quorum: {
        readonly leaderId?: number;
        readonly leaderEpoch?: number;
        readonly now?: number;
        readonly voters?: readonly QuorumVoter[];
        /** Brokers that replicate the metadata log without voting (dedicated controllers). */
        readonly observers?: readonly QuorumVoter[];
        readonly error?: string;
    };
}

export interface Probed {
    /** `topic-partition` → `ok` or the error of the acks=all produce. */
    readonly produce: Readonly<Record<string, string>>;
    /** `topic-partition` → `ok`, `ok (empty)` or the error of the fetch. */
    readonly fetch: Readonly<Record<string, string>>;
}

export interface TopicToCreate {
    readonly name: string;
    /** Replica lists by partition, first = preferred leader. */
    readonly assignment: readonly (readonly number[])[];
    readonly configs?: Readonly<Record<string, string>>;
}

export class ProbeClient {
    private queue: Promise<unknown> = Promise.resolve();
    private readonly lines: AsyncIterator<string>;
    private stderr = '';
    private lastId = 0;

    private constructor(private readonly child: ChildProcessWithoutNullStreams, readonly version: string) {
        child.stderr.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-20_000)));
        this.lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    }

    /** Starts the probe JVM for `bootstrap` (extra client settings as key=value, e.g. SASL). */
    static async start(
        version: string,
        bootstrap: string,
        requestTimeoutMs = 2500,
        clientConfig: Readonly<Record<string, string>> = {},
        /** Dedicated controllers' `host:port,…`: the quorum is then read from them (it survives every broker being down). */
        controllers?: string
    ): Promise<ProbeClient> {
        const jars = await ensureJars(version);
        const classes = await harnessClasses(version);
        const args = [bootstrap, String(requestTimeoutMs), ...Object.entries(clientConfig).map(([k, v]) => `${k}=${v}`), ...(controllers ? [`--controllers=${controllers}`] : [])];
        const child = spawn('java', [...JVM_FLAGS, '-Xmx256m', '-Dorg.slf4j.simpleLogger.defaultLogLevel=error', ...(process.env.KAFKA_PROBE_DEBUG ? ['-Dorg.slf4j.simpleLogger.log.org.apache.kafka.clients.admin.internals=debug'] : []), '-cp', `${classes}:${jars.classpath}`, 'Probe', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
        track(child);
        const probe = new ProbeClient(child, version);
        const first = await probe.nextLine(180_000);
        if (!first.includes('"ready"')) throw new Error(`the probe JVM did not start: ${first}\n${tail(probe.stderr)}`);
        return probe;
    }

    create(topics: readonly TopicToCreate[]): Promise<{ ok?: boolean; error?: string }> {
        return this.request({ op: 'create', topics }, 60_000);
    }

    describe(topics: readonly string[]): Promise<Described> {
        return this.request({ op: 'describe', topics }, 30_000);
    }

    probe(topics: readonly string[], timeoutMs = 3000): Promise<Probed & { error?: string }> {
        return this.request({ op: 'probe', topics, timeoutMs }, timeoutMs * 4 + 30_000);
    }

    /** Each partition's high watermark as its leader reports it (`topic-partition` → offset), or the error. */
    latest(topics: readonly string[], timeoutMs = 2000): Promise<{ offsets?: Record<string, number>; errors?: Record<string, string>; error?: string }> {
        return this.request({ op: 'latest', topics, timeoutMs }, timeoutMs * 2 + 30_000);
    }

    /** Deletes those of the topics that exist. */
    delete(topics: readonly string[]): Promise<{ deleted?: number; error?: string }> {
        return this.request({ op: 'delete', topics }, 60_000);
    }

    features(): Promise<{ finalized?: Record<string, number>; error?: string }> {
        return this.request({ op: 'features' }, 30_000);
    }

    elect(type: 'PREFERRED' | 'UNCLEAN' = 'PREFERRED'): Promise<{ partitions?: Record<string, string>; error?: string }> {
        return this.request({ op: 'elect', type }, 60_000);
    }

    close(): void {
        this.child.stdin.end();
        this.child.kill('SIGKILL');
    }

    private request<T>(body: object, timeoutMs: number): Promise<T> {
        const run = async (): Promise<T> => {
            if (this.child.exitCode !== null) throw new Error(`the probe JVM has exited (${this.child.exitCode}):\n${tail(this.stderr)}`);
            const id = ++this.lastId;
            this.child.stdin.write(JSON.stringify({ ...body, id }) + '\n');
            const deadline = Date.now() + timeoutMs;
            for (;;) {
                // A late answer to a request that timed out is skipped by its id.
                const reply = JSON.parse(await this.nextLine(Math.max(1, deadline - Date.now()))) as T & { id?: number };
                if (reply.id === id) return reply;
            }
        };
        const next = this.queue.then(run, run);
        this.queue = next.catch(() => undefined);
        return next;
    }

    private async nextLine(timeoutMs: number): Promise<string> {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`the probe JVM did not answer within ${timeoutMs} ms:\n${tail(this.stderr)}`)), timeoutMs);
        });
        try {
            const line = await Promise.race([this.lines.next(), timeout]);
            if (line.done) throw new Error(`the probe JVM closed its output:\n${tail(this.stderr)}`);
            return line.value;
        } finally {
            clearTimeout(timer);
        }
    }
}
