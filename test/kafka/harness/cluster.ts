// A real KRaft cluster of one Kafka release on loopback: storage formatted with
// Kafka's StorageTool (one cluster id, static voters), one JVM per node, crash
// (SIGKILL), controlled shutdown (SIGTERM), restart, and a close() that kills
// every process it started, also when a test fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harnessClasses, JVM_FLAGS, runJava, runTool, tail, type JavaOptions, type JavaRun } from './java.js';
import { acquireClusterSlot, type ClusterSlot } from './cluster-queue.js';
import { ensureJars } from './jars.js';
import { freePort } from './ports.js';
import { ProbeClient, type Described } from './probe-client.js';
import { baseConfig, nodeProperties, type ConfigValue, type ExtraListener, type NodeLayout, type Role } from './properties.js';
import { releaseOf } from './releases.js';
import { forget, killNow, track } from './processes.js';

export interface BrokerOptions {
    readonly id: number;
    readonly rack?: string;
}

export interface ClusterOptions {
    /** A release line (`4.1`) or exact version (`4.1.2`). */
    readonly version: string;
    /** Broker ids (and racks); a number n means brokers 1..n. */
    readonly brokers: readonly BrokerOptions[] | number;
    /** Dedicated KRaft controllers (node ids CONTROLLER_ID_BASE + 1..n); absent: combined mode, the brokers vote. */
    readonly controllers?: number;
    /** Overrides of server.properties for every node (e.g. `unclean.leader.election.enable`). */
    readonly config?: Readonly<Record<string, ConfigValue>>;
    /** Feature levels set at format time (`kafka-storage format --feature name=level`). */
    readonly features?: Readonly<Record<string, number>>;
    readonly extraListeners?: readonly ExtraListener[];
    /** Bound on format + start until every broker is registered (default 120 s). */
    readonly startTimeoutMs?: number;
    /** Keep the data and logs folder after close (for debugging). */
    readonly keepDir?: boolean;
}

/** Node ids of dedicated controllers start above every broker id a drill uses. */
export const CONTROLLER_ID_BASE = 3000;

export interface KafkaNode {
    readonly layout: NodeLayout;
    readonly logFile: string;
    readonly propertiesFile: string;
    /** Where the current process's output starts in the log file. */
    logOffset: number;
    process?: ChildProcess;
    /** Resolves when the current process has exited. */
    exited?: Promise<number | null>;
}

export class KafkaCluster {
    /** `127.0.0.1:port,…` of every broker's PLAINTEXT listener. */
    readonly bootstrap: string;
    /** Bootstrap servers of each extra listener by name. */
    readonly listenerBootstrap: Readonly<Record<string, string>>;
    private probeClient?: ProbeClient;
    private closed = false;
    /** This cluster's turn in the machine-wide queue (harness/cluster-queue.ts), released on close. */
    slot?: ClusterSlot;

    constructor(
        readonly version: string,
        readonly clusterId: string,
        readonly dir: string,
        readonly nodes: ReadonlyMap<number, KafkaNode>,
        private readonly options: ClusterOptions,
        private readonly classpath: string
    ) {
        const brokers = [...nodes.values()].filter((n) => n.layout.role !== 'controller');
        this.bootstrap = brokers.map((n) => `127.0.0.1:${n.layout.port}`).join(',');
        this.listenerBootstrap = Object.fromEntries(
            (options.extraListeners ?? []).map((l) => [l.name, brokers.map((n) => `127.0.0.1:${n.layout.extraPorts[l.name]}`).join(',')])
        );
    }

    get brokerIds(): number[] {
        return [...this.nodes.values()].filter((n) => n.layout.role !== 'controller').map((n) => n.layout.id);
    }

    get voterIds(): number[] {
        return [...this.nodes.values()].filter((n) => n.layout.role !== 'broker').map((n) => n.layout.id);
    }

    /** The node id of dedicated controller `c` (1-based, as `fail controller c` names it). */
    controllerNodeId(c: number): number {
        return CONTROLLER_ID_BASE + c;
    }

    isRunning(id: number): boolean {
        const node = this.node(id);
        return node.process !== undefined && node.process.exitCode === null && node.process.signalCode === null;
    }

    /** Starts node `id` (first start or restart: same properties and data). */
    start(id: number): void {
        const node = this.node(id);
        if (this.isRunning(id)) throw new Error(`node ${id} is already running`);
        node.logOffset = existsSync(node.logFile) ? statSync(node.logFile).size : 0;
        const log = openSync(node.logFile, 'a');
        const child = spawn(
            'java',
            [...JVM_FLAGS, '-Dorg.slf4j.simpleLogger.showDateTime=true', '-Dorg.slf4j.simpleLogger.log.org.apache.kafka.clients=warn',
                `-Dlog4j.configuration=file:${join(this.dir, 'log4j.properties')}`, '-cp', this.classpath, 'NodeMain', node.propertiesFile],
            { stdio: ['pipe', log, log] }
        );
        closeSync(log);
        track(child);
        node.process = child;
        node.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    }

    /** A crash: SIGKILL, then wait for the process to be gone. */
    async kill(...ids: number[]): Promise<void> {
        const running = ids.filter((id) => this.isRunning(id));
        for (const id of running) killNow(this.node(id).process!.pid!, 'SIGKILL');
        await Promise.all(running.map((id) => this.node(id).exited ?? Promise.resolve(null)));
    }

    /** A controlled shutdown: SIGTERM and wait (bounded) for the broker to finish it. */
    async stop(id: number, timeoutMs = 60_000): Promise<void> {
        if (!this.isRunning(id)) return;
        const node = this.node(id);
        killNow(node.process!.pid!, 'SIGTERM');
        const done = await Promise.race([node.exited!.then(() => true), sleep(timeoutMs).then(() => false)]);
        if (!done) {
            killNow(node.process!.pid!, 'SIGKILL');
            await node.exited;
            throw new Error(`node ${id} did not finish its controlled shutdown within ${timeoutMs} ms (killed):\n${this.logTail(id)}`);
        }
    }

    /** Restarts stopped or killed nodes; does not wait for them to register (they may not be able to). */
    restart(...ids: number[]): void {
        for (const id of ids) this.start(id);
    }

    /**
     * Waits until a started node's JVM has booted far enough to take part: its KRaft
     * client runs (voters) or its broker lifecycle manager tries to register (brokers).
     * Without a quorum a broker never finishes starting, so this is the point after
     * which "it cannot register" is a verdict and not a slow JVM.
     */
    async waitForBoot(id: number, timeoutMs = 120_000): Promise<void> {
        const node = this.node(id);
        const marker = node.layout.role === 'broker' ? /BrokerLifecycleManager id=\d+\]/ : /RaftManager id=\d+\] (Completed transition|Transitioning)/;
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
            if (!this.isRunning(id)) throw new Error(`node ${id} exited while starting:\n${this.logTail(id)}`);
            if (marker.test(this.logSince(id))) return;
            await sleep(200);
        }
        throw new Error(`node ${id} did not boot within ${timeoutMs} ms:\n${this.logTail(id)}`);
    }

    /** The current process's log output. */
    logSince(id: number): string {
        const node = this.node(id);
        try {
            return readFileSync(node.logFile).subarray(node.logOffset).toString('utf8');
        } catch {
            return '';
        }
    }

    /**
     * Whether broker `id`'s current process has been unfenced (its lifecycle manager logged
     * RECOVERY → RUNNING, in every release's words). A broker restarted while the quorum was
     * lost keeps its old, never fenced registration in the metadata until it registers anew,
     * so the metadata alone cannot tell.
     */
    hasBeenUnfenced(id: number): boolean {
        const node = this.node(id);
        if (node.process === undefined) return false;
        if (this.unfenced.has(node.process)) return true;
        const seen = /The broker has been unfenced\. Transitioning from RECOVERY to RUNNING/.test(this.logSince(id));
        if (seen) this.unfenced.add(node.process);
        return seen;
    }

    private readonly unfenced = new WeakSet<ChildProcess>();

    /** The Admin/producer/consumer probe of this cluster (started on first use). */
    async probe(): Promise<ProbeClient> {
        const controllers = [...this.nodes.values()].filter((n) => n.layout.role === 'controller').map((n) => `127.0.0.1:${n.layout.controllerPort}`);
        return (this.probeClient ??= await ProbeClient.start(this.version, this.bootstrap, 2500, {}, controllers.length > 0 ? controllers.join(',') : undefined));
    }

    /** Waits until every running broker is registered and the quorum has a leader. */
    async waitUntilReady(timeoutMs = this.options.startTimeoutMs ?? 240_000): Promise<Described> {
        const probe = await this.probe();
        const deadline = Date.now() + timeoutMs;
        let last: Described | undefined;
        while (Date.now() < deadline) {
            this.assertNodesAlive();
            last = await probe.describe([]);
            const registered = new Set(last.brokers ?? []);
            const expected = this.brokerIds.filter((id) => this.isRunning(id));
            if (expected.every((id) => registered.has(id)) && (last.quorum.leaderId ?? -1) >= 0) return last;
            await sleep(250);
        }
        throw new Error(
            `Kafka ${this.version}: the cluster did not become ready within ${timeoutMs} ms ` +
                `(registered brokers ${JSON.stringify(last?.brokers ?? last?.brokersError)}, quorum ${JSON.stringify(last?.quorum)})\n` +
                this.brokerIds.map((id) => `--- node ${id}\n${this.logTail(id, 8)}`).join('\n')
        );
    }

    /** Runs a Kafka tool of this release (`kafka-topics`, `kafka-configs`, …) against this cluster. */
    tool(tool: string, args: readonly string[], options?: JavaOptions): Promise<JavaRun> {
        return runTool(this.version, tool, args, { ...options, jvmArgs: ['-Dorg.slf4j.simpleLogger.defaultLogLevel=warn', '-Dlog4j.configuration=file:/dev/null', ...(options?.jvmArgs ?? [])] });
    }

    logTail(id: number, lines = 25): string {
        try {
            return tail(readFileSync(this.node(id).logFile, 'utf8'), lines);
        } catch {
            return '(no log)';
        }
    }

    /** Kills every process of the cluster and removes its folder. Safe to call twice. */
    async close(): Promise<void> {
        if (this.closed) return;
        this.closed = true;
        this.probeClient?.close();
        const running = [...this.nodes.keys()].filter((id) => this.isRunning(id));
        for (const id of running) killNow(this.node(id).process!.pid!, 'SIGKILL');
        await Promise.race([Promise.all(running.map((id) => this.node(id).exited ?? Promise.resolve(null))), sleep(10_000)]);
        for (const node of this.nodes.values()) if (node.process?.pid !== undefined) forget(node.process.pid);
        if (!this.options.keepDir) rmSync(this.dir, { recursive: true, force: true });
        this.slot?.release();
    }

    private assertNodesAlive(): void {
        for (const [id, node] of this.nodes) {
            if (node.process && node.process.exitCode !== null) {
                throw new Error(`Kafka ${this.version}: node ${id} exited with code ${node.process.exitCode} while starting:\n${this.logTail(id)}`);
            }
        }
    }

    private node(id: number): KafkaNode {
        const node = this.nodes.get(id);
        if (!node) throw new Error(`the cluster has no node ${id} (nodes: ${[...this.nodes.keys()].join(', ')})`);
        return node;
    }
}

/**
 * A random cluster id as Kafka makes one: 16 random bytes, base64url without padding, drawn again
 * while it starts with '-' (kafka-storage's argument parser reads such an id as an option).
 * Kafka: clients/src/main/java/org/apache/kafka/common/Uuid.java, randomUuid (3.9–4.x).
 */
export function newClusterId(bytes: () => Buffer = () => randomBytes(16)): string {
    for (;;) {
        const id = bytes().toString('base64url');
        if (!id.startsWith('-') && id !== 'A'.repeat(22) && id !== 'A'.repeat(21) + 'Q') return id;
    }
}

/** Formats and starts a cluster, waits until every broker is registered. Close it in `afterAll`. */
export async function startCluster(options: ClusterOptions): Promise<KafkaCluster> {
    const version = releaseOf(options.version).version;
    const jars = await ensureJars(version);
    const classes = await harnessClasses(version);
    const brokers: BrokerOptions[] = typeof options.brokers === 'number'
        ? Array.from({ length: options.brokers }, (_, i) => ({ id: i + 1 }))
        : [...options.brokers];
    if (brokers.length === 0) throw new Error('a cluster needs at least one broker');
    const dir = mkdtempSync(join(tmpdir(), `kafka-${version}-`));
    const listeners = options.extraListeners ?? [];
    const layouts: NodeLayout[] = [];
    const dedicated = options.controllers !== undefined && options.controllers > 0;
    for (const b of brokers) {
        if (b.id >= CONTROLLER_ID_BASE) throw new Error(`broker id ${b.id} collides with the controller ids (${CONTROLLER_ID_BASE}+)`);
        layouts.push(await layout(dir, b.id, dedicated ? 'broker' : 'combined', b.rack, listeners));
    }
    for (let c = 1; dedicated && c <= (options.controllers ?? 0); c++) layouts.push(await layout(dir, CONTROLLER_ID_BASE + c, 'controller', undefined, listeners));
    const voters = layouts.filter((l) => l.role !== 'broker').map((l) => `${l.id}@127.0.0.1:${l.controllerPort}`).join(',');
    const config = { ...baseConfig(brokers.length), ...(options.config ?? {}) };
    const nodes = new Map<number, KafkaNode>();
    for (const l of layouts) {
        const propertiesFile = join(dir, `node-${l.id}.properties`);
        writeFileSync(propertiesFile, nodeProperties(l, voters, listeners, config));
        nodes.set(l.id, { layout: l, propertiesFile, logFile: join(dir, `node-${l.id}.log`), logOffset: 0 });
    }
    // 3.9 logs through reload4j (it wins over slf4j-simple): the same INFO lines as 4.x on stdout,
    // which waitForBoot and hasBeenUnfenced read.
    writeFileSync(join(dir, 'log4j.properties'), [
        'log4j.rootLogger=INFO, stdout',
        'log4j.logger.org.apache.kafka.clients=WARN',
        'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
        'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
        'log4j.appender.stdout.layout.ConversionPattern=%d %p [%t] %c - %m%n'
    ].join('\n') + '\n');
    const clusterId = newClusterId();
    const cluster = new KafkaCluster(version, clusterId, dir, nodes, options, `${classes}:${jars.classpath}`);
    try {
        cluster.slot = await acquireClusterSlot({
            label: `Kafka ${version}, ${nodes.size} nodes, ${process.cwd()}`,
            onWait: (ahead) => console.warn(`Kafka ${version}: waiting for the cluster(s) of ${ahead.map((t) => `pid ${t.pid} (${t.label})`).join(', ')} to close`)
        });
        await format(cluster, classes, options.features ?? {});
        for (const id of nodes.keys()) cluster.start(id);
        await cluster.waitUntilReady();
        return cluster;
    } catch (error) {
        await cluster.close();
        throw error;
    }
}

async function layout(dir: string, id: number, role: Role, rack: string | undefined, listeners: readonly ExtraListener[]): Promise<NodeLayout> {
    const dataDir = join(dir, `node-${id}`, 'data');
    mkdirSync(dataDir, { recursive: true });
    const extraPorts: Record<string, number> = {};
    if (role !== 'controller') for (const l of listeners) extraPorts[l.name] = await freePort();
    return {
        id, role, rack, dataDir, extraPorts,
        port: role !== 'controller' ? await freePort() : undefined,
        controllerPort: role !== 'broker' ? await freePort() : undefined
    };
}

/** `kafka-storage format` of every node, in one JVM (java/FormatStorage.java). */
async function format(cluster: KafkaCluster, classes: string, features: Readonly<Record<string, number>>): Promise<void> {
    const featureArgs = Object.entries(features).flatMap(([name, level]) => ['--feature', `${name}=${level}`]);
    const args = [...cluster.nodes.values()].flatMap((node, i) => [
        ...(i > 0 ? ['--next'] : []), 'format', '--config', node.propertiesFile, '--cluster-id', cluster.clusterId, ...featureArgs
    ]);
    const run = await runJava(cluster.version, 'FormatStorage', args, {
        classpath: [classes], timeoutMs: 120_000, jvmArgs: ['-Dorg.slf4j.simpleLogger.defaultLogLevel=warn', '-Dlog4j.configuration=file:/dev/null']
    });
    if (run.code !== 0) throw new Error(`Kafka ${cluster.version}: kafka-storage format failed (exit ${run.code}):\n${tail(run.stderr + '\n' + run.stdout)}`);
}

export function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
