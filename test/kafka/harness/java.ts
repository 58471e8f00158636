// Java against a release's jars: compile sources with javac (cached by content),
// run a main class, run one of Kafka's own command-line tools.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ensureJars, KAFKA_TEST_DIR, releaseDir } from './jars.js';
import { withLock } from './lock.js';

/** Small heaps and a fast-starting JIT: a 3–9 JVM cluster fits this 2-core machine. */
export const JVM_FLAGS: readonly string[] = [
    '-Xms32m', '-Xmx384m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-XX:-UsePerfData',
    '-XX:+ExitOnOutOfMemoryError', '-Djava.awt.headless=true', '-Djava.net.preferIPv4Stack=true'
];

/** Compiles Java sources against the release's jars; returns the classes folder (cached by content). */
export async function compileJava(version: string, sources: readonly string[]): Promise<string> {
    const jars = await ensureJars(version);
    const hash = createHash('sha256');
    for (const source of sources) hash.update(basename(source)).update(readFileSync(source));
    const out = join(releaseDir(version), 'classes', hash.digest('hex').slice(0, 16));
    const marker = join(out, '.compiled');
    if (existsSync(marker)) return out;
    return withLock(`${out}.lock`, () => {
        if (existsSync(marker)) return out;
        rmSync(out, { recursive: true, force: true });
        mkdirSync(out, { recursive: true });
        const javac = spawnSync('javac', ['-nowarn', '-encoding', 'UTF-8', '-d', out, '-cp', jars.classpath, ...sources], { encoding: 'utf8', timeout: 120_000 });
        if (javac.status !== 0) throw new Error(`javac against Kafka ${version} failed:\n${javac.stderr || javac.error?.message}`);
        writeFileSync(marker, '');
        return out;
    });
}

/** The harness's own helpers (NodeMain, Probe) compiled for a release. */
export async function harnessClasses(version: string): Promise<string> {
    const dir = join(KAFKA_TEST_DIR, 'java');
    return compileJava(version, ['NodeMain.java', 'Probe.java', 'FormatStorage.java'].map((name) => join(dir, name)));
}

export interface JavaRun {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
    readonly millis: number;
}

export interface JavaOptions {
    /** Extra classpath entries before the release's jars (e.g. a compileJava folder). */
    readonly classpath?: readonly string[];
    readonly jvmArgs?: readonly string[];
    readonly timeoutMs?: number;
    readonly stdin?: string;
}

/** `java -cp <extra>:<libs>/* mainClass args…`, bounded; resolves with exit code and output. */
export async function runJava(version: string, mainClass: string, args: readonly string[], options: JavaOptions = {}): Promise<JavaRun> {
    const jars = await ensureJars(version);
    const classpath = [...(options.classpath ?? []), jars.classpath].join(':');
    const started = Date.now();
    return new Promise((resolvePromise, reject) => {
        const child = spawn('java', [...JVM_FLAGS, ...(options.jvmArgs ?? []), '-cp', classpath, mainClass, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        const timeoutMs = options.timeoutMs ?? 120_000;
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`java ${mainClass} ${args.join(' ')} (Kafka ${version}) did not finish within ${timeoutMs} ms\n${tail(stderr || stdout)}`));
        }, timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new Error(`cannot run java: ${error.message}`));
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolvePromise({ code, stdout, stderr, millis: Date.now() - started });
        });
        child.stdin.end(options.stdin ?? '');
    });
}

/** Kafka's command-line tools by their script name; the class moved between releases. */
const TOOLS: Readonly<Record<string, readonly string[]>> = {
    'kafka-topics': ['org.apache.kafka.tools.TopicCommand', 'kafka.admin.TopicCommand'],
    'kafka-configs': ['org.apache.kafka.tools.ConfigCommand', 'kafka.admin.ConfigCommand'],
    'kafka-reassign-partitions': ['org.apache.kafka.tools.reassign.ReassignPartitionsCommand', 'kafka.admin.ReassignPartitionsCommand'],
    'kafka-leader-election': ['org.apache.kafka.tools.LeaderElectionCommand', 'kafka.admin.LeaderElectionCommand'],
    'kafka-metadata-quorum': ['org.apache.kafka.tools.MetadataQuorumCommand'],
    'kafka-features': ['org.apache.kafka.tools.FeatureCommand', 'kafka.admin.FeatureCommand'],
    'kafka-storage': ['kafka.tools.StorageTool'],
    'kafka-consumer-groups': ['org.apache.kafka.tools.consumer.group.ConsumerGroupCommand', 'kafka.admin.ConsumerGroupCommand'],
    'kafka-share-groups': ['org.apache.kafka.tools.consumer.group.ShareGroupCommand'],
    'kafka-groups': ['org.apache.kafka.tools.GroupsCommand'],
    'kafka-console-producer': ['org.apache.kafka.tools.ConsoleProducer', 'kafka.tools.ConsoleProducer']
};

/** The main class of a tool in this release (`kafka-configs` → kafka.admin.ConfigCommand up to 4.3). */
export async function toolClass(version: string, tool: string): Promise<string> {
    const candidates = TOOLS[tool];
    if (!candidates) throw new Error(`unknown Kafka tool '${tool}' (one of ${Object.keys(TOOLS).join(', ')})`);
    const classes = await releaseClasses(version);
    const found = candidates.find((c) => classes.has(c));
    if (!found) throw new Error(`Kafka ${version} has no ${tool} (looked for ${candidates.join(', ')})`);
    return found;
}

/** Runs a Kafka tool as its shell script would: `runTool('4.1.2', 'kafka-topics', ['--bootstrap-server', b, '--describe'])`. */
export async function runTool(version: string, tool: string, args: readonly string[], options: JavaOptions = {}): Promise<JavaRun> {
    return runJava(version, await toolClass(version, tool), args, options);
}

const classIndex = new Map<string, Set<string>>();

/** Class names in the release's Kafka jars (kafka_2.13, kafka-tools), to find a moved tool. */
async function releaseClasses(version: string): Promise<Set<string>> {
    const known = classIndex.get(version);
    if (known) return known;
    const jars = await ensureJars(version);
    const classes = new Set<string>();
    for (const jar of [`kafka_2.13-${version}.jar`, `kafka-tools-${version}.jar`]) {
        const listing = spawnSync('jar', ['tf', join(jars.libs, jar)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        if (listing.status !== 0) throw new Error(`cannot list ${jar}: ${listing.stderr || listing.error?.message}`);
        for (const entry of listing.stdout.split('\n')) if (entry.endsWith('.class')) classes.add(entry.slice(0, -6).replaceAll('/', '.'));
    }
    classIndex.set(version, classes);
    return classes;
}

export function tail(text: string, lines = 25): string {
    return text.trim().split('\n').slice(-lines).join('\n');
}
