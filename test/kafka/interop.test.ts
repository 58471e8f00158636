// INTEROP.md §5 against real brokers (Kafka 4.2, three racked brokers, a
// SASL/PLAIN listener): topics created by the kafka-topics export with Kafka's
// own tool, imported and compared with the source; a kafka-configs change seen
// by diff; a plan's reassignment executed with Kafka's reassign tool and
// imported again; an import over SASL; real classic, consumer-protocol and
// share groups in the import. One cluster for the whole file.
import Ajv from 'ajv';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { REPO } from '../support/markers.js';
import { compileJava, ensureJars, JVM_FLAGS, releaseOf, startCluster, toolClass, type KafkaCluster } from './harness/index.js';

const release = releaseOf('4.2');
/** schemas/diff.schema.json: `diff --format json` against a real cluster. */
const diffSchema = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(REPO, 'schemas', 'diff.schema.json'), 'utf8')));
const dir = mkdtempSync(join(tmpdir(), 'interop-real-'));
const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
};

const SOURCE = `cluster shop {
    broker 1 { rack "az-1" }
    broker 2 { rack "az-2" }
    broker 3 { rack "az-3" }
    defaults { min-insync-replicas 2 }
    topic orders {
        partitions 6
        replication-factor 3
        config {
            retention.ms = 7d
            cleanup.policy = compact, delete
            segment.bytes = 256MiB
        }
    }
    topic payments { partitions 2 replication-factor 3 config { message.timestamp.type = LogAppendTime } }
    topic pinned { assignment { 0: [1, 2] 1: [2, 3] 2: [3, 1] } }
    topic audit { partitions 2 replication-factor 1 min-insync-replicas 1 }
}
`;

describe(`interop on real Kafka ${release.version}`, () => {
    let cluster: KafkaCluster;
    let members: ChildProcess[] = [];
    let memberClasses: string;

    beforeAll(async () => {
        cluster = await startCluster({
            version: release.version,
            brokers: [{ id: 1, rack: 'az-1' }, { id: 2, rack: 'az-2' }, { id: 3, rack: 'az-3' }],
            config: { 'min.insync.replicas': 2 },
            extraListeners: [{ name: 'SASL', protocol: 'SASL_PLAINTEXT', mechanism: 'PLAIN', users: { alice: 'alice-secret' } }],
            // The machine is shared: give the start more than the harness's 120 s default.
            startTimeoutMs: 240_000
        });
        memberClasses = await compileJava(release.version, [join(__dirname, 'interop', 'GroupMember.java')]);
    });
    afterAll(async () => {
        for (const member of members) member.kill('SIGKILL');
        await cluster?.close();
    });

    /** kafka-topics.sh of the release, for the export's KAFKA_TOPICS. */
    async function kafkaTopicsScript(): Promise<string> {
        const jars = await ensureJars(release.version);
        const script = write('kafka-topics.sh', `#!/bin/sh\nexec java ${JVM_FLAGS.join(' ')} -cp '${jars.classpath}' ${await toolClass(release.version, 'kafka-topics')} "$@"\n`);
        chmodSync(script, 0o755);
        return script;
    }

    function importCluster(extra: string[] = []): { status: number | null; text: string; stderr: string } {
        const out = join(dir, `import-${Date.now()}.kafka`);
        const result = runCli(['import', '--bootstrap-server', cluster.bootstrap, '--cluster', 'shop', '--out', out, ...extra]);
        return { status: result.status, stderr: result.stderr, text: result.status === 0 ? readFileSync(out, 'utf8') : '' };
    }

    // Each topic is one JVM start of kafka-topics, twice: slow on a loaded 2-core machine.
    it("creates the topics with the kafka-topics export and Kafka's own tool, twice (idempotent)", { timeout: 600_000 }, async () => {
        const source = write('source.kafka', SOURCE);
        const exported = runCli(['export', source, '--to', 'kafka-topics', '--out', join(dir, 'topics.sh')]);
        expect(exported.status, exported.stderr).toBe(0);
        const env = { ...process.env, BOOTSTRAP_SERVER: cluster.bootstrap, KAFKA_TOPICS: await kafkaTopicsScript() };
        for (let run = 0; run < 2; run++) {
            const code = await new Promise<number | null>((resolve) => spawn('sh', [join(dir, 'topics.sh')], { env, stdio: 'ignore' }).on('exit', resolve));
            expect(code).toBe(0);
        }
        const described = await cluster.tool('kafka-topics', ['--bootstrap-server', cluster.bootstrap, '--describe', '--topic', 'pinned']);
        expect(described.stdout).toMatch(/Partition: 1\s+Leader: \d\s+Replicas: 2,3/);
    });

    it('imports a file that checks and has no drift against the source', () => {
        const imported = importCluster();
        expect(imported.status, imported.stderr).toBe(0);
        expect(imported.text).toContain('kafka-version 4.2');
        expect(imported.text).toMatch(/broker 1 \{ rack "az-1" host "127\.0\.0\.1:\d+" \}/);
        const orders = /topic orders \{[\s\S]*?\n {4}\}/.exec(imported.text)?.[0] ?? '';
        for (const line of ['cleanup.policy = compact, delete', 'min.insync.replicas = 2', 'retention.ms = 7d', 'segment.bytes = 256MiB']) expect(orders).toContain(line);
        expect(imported.text).toMatch(/topic pinned \{[\s\S]*?assignment \{\n\s+0: \[1, 2\]\n\s+1: \[2, 3\]\n\s+2: \[3, 1\]/);
        expect(imported.text).toMatch(/defaults \{\n\s+min-insync-replicas 2\n/);
        expect(imported.text).toContain('// Producers: Kafka does not record');
        const checked = runCli(['check', write('imported.kafka', imported.text), '--format', 'json']);
        expect(JSON.parse(checked.stdout).filter((d: { code: string }) => d.code === 'syntax-error' || d.code === 'unresolved-reference')).toEqual([]);
        const drift = runCli(['diff', join(dir, 'source.kafka'), '--bootstrap-server', cluster.bootstrap, '--format', 'json']);
        expect(JSON.parse(drift.stdout)).toEqual([]);
        expect(drift.status).toBe(0);
    });

    it("sees a change made with Kafka's kafka-configs as drift", async () => {
        const altered = await cluster.tool('kafka-configs', ['--bootstrap-server', cluster.bootstrap, '--alter', '--entity-type', 'topics', '--entity-name', 'orders', '--add-config', 'retention.ms=3600000']);
        expect(altered.code, altered.stderr).toBe(0);
        const drift = runCli(['diff', join(dir, 'source.kafka'), '--bootstrap-server', cluster.bootstrap, '--format', 'json']);
        expect(drift.status).toBe(1);
        expect(JSON.parse(drift.stdout)).toEqual([{ kind: 'config', topic: 'orders', key: 'retention.ms', file: '604800000', cluster: '3600000' }]);
        expect(diffSchema(JSON.parse(drift.stdout)) ? [] : diffSchema.errors).toEqual([]);
    });

    it("executes a plan's reassignment with Kafka's reassign tool, then its rollback", { timeout: 900_000 }, async () => {
        const before = importCluster();
        const old = write('before.kafka', before.text);
        const next = write('after.kafka', before.text
            .replace(/topic audit \{[\s\S]*?\n {4}\}\n/, 'topic audit {\n        partitions 2\n        replication-factor 2\n        min-insync-replicas 1\n    }\n')
            .replace(/(topic pinned \{[\s\S]*?assignment \{\n\s+0: )\[1, 2\]/, '$1[3, 2]'));
        const planned = runCli(['plan', old, next, '--export', 'reassignment', '--out', dir, '--format', 'json']);
        expect(planned.status, planned.stderr).toBe(0);
        expect(JSON.parse(planned.stdout).map((c: { code: string; topic: string }) => `${c.code}:${c.topic}`).sort()).toEqual(['assignment-changed:pinned', 'replication-factor-changed:audit']);
        const forward = JSON.parse(readFileSync(join(dir, 'after.reassignment.json'), 'utf8'));
        const auditBefore = [...before.text.matchAll(/topic audit \{[\s\S]*?\n {4}\}/g)][0][0];
        for (const p of forward.partitions.filter((x: { topic: string }) => x.topic === 'audit')) {
            expect(p.replicas).toHaveLength(2);
            expect(auditBefore).toContain(`${p.partition}: [${p.replicas[0]}]`);
        }
        for (const [file, pinned] of [['after.reassignment.json', '0: [3, 2]'], ['after.rollback.json', '0: [1, 2]']] as const) {
            const run = await cluster.tool('kafka-reassign-partitions', ['--bootstrap-server', cluster.bootstrap, '--execute', '--reassignment-json-file', join(dir, file)]);
            expect(run.code, run.stderr).toBe(0);
            await waitFor(async () => {
                const verify = await cluster.tool('kafka-reassign-partitions', ['--bootstrap-server', cluster.bootstrap, '--verify', '--reassignment-json-file', join(dir, file)]);
                return verify.code === 0 && !/is still in progress/.test(verify.stdout);
            });
            const after = importCluster();
            expect(after.text).toContain(pinned);
            const drift = runCli(['diff', file === 'after.reassignment.json' ? next : old, '--bootstrap-server', cluster.bootstrap, '--format', 'json']);
            expect(JSON.parse(drift.stdout).filter((d: { kind: string }) => d.kind !== 'config')).toEqual([]);
        }
    });

    it('imports over SASL/PLAIN on the second listener; a wrong password is one line without the secret', () => {
        const good = write('sasl.properties', 'security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="alice" password="alice-secret";\n');
        const out = join(dir, 'sasl.kafka');
        const imported = runCli(['import', '--bootstrap-server', cluster.listenerBootstrap.SASL, '--command-config', good, '--cluster', 'shop', '--out', out]);
        expect(imported.status, imported.stderr).toBe(0);
        const text = readFileSync(out, 'utf8');
        expect(text).toContain('topic orders {');
        expect(text).not.toContain('alice-secret');
        const bad = write('bad.properties', 'security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\nsasl.username=alice\nsasl.password=not-the-secret\n');
        const refused = runCli(['import', '--bootstrap-server', cluster.listenerBootstrap.SASL, '--command-config', bad, '--timeout', '20s']);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toMatch(/^kafka-topology: import: authentication failed at .*\n$/);
        expect(refused.stderr).not.toContain('not-the-secret');
    });

    it('a real classic group, a consumer-protocol group and a share group appear in the import', { timeout: 600_000 }, async () => {
        const jars = await ensureJars(release.version);
        const start = (mode: string, group: string) =>
            new Promise<void>((resolve, reject) => {
                const child = spawn('java', [...JVM_FLAGS, '-cp', `${memberClasses}:${jars.classpath}`, 'GroupMember', mode, cluster.bootstrap, group, 'orders'], { stdio: ['pipe', 'pipe', 'pipe'] });
                members.push(child);
                let stderr = '';
                child.stderr.on('data', (d) => (stderr += String(d)));
                child.stdout.on('data', (d) => String(d).includes('member') && resolve());
                child.on('exit', (code) => reject(new Error(`GroupMember ${mode} exited ${code}: ${stderr.slice(-2000)}`)));
            });
        await Promise.all([start('classic', 'billing'), start('consumer', 'shipping'), start('share', 'audit-workers')]);
        let text = '';
        await waitFor(async () => {
            text = importCluster().text;
            return /share-group audit-workers/.test(text) && /consumer-group shipping \{[\s\S]*?members \[/.test(text);
        });
        expect(text).toMatch(/consumer-group billing \{\n\s+consumes orders\n\s+members \[[^\]]+\]\n\s+assignor range\n\s+\}/);
        expect(text).toMatch(/consumer-group shipping \{\n\s+consumes orders\n\s+members \[[^\]]+\]\n\s+protocol consumer\n\s+assignor uniform\n\s+\}/);
        expect(text).toMatch(/share-group audit-workers \{\n\s+consumes orders\n\s+members \[[^\]]+\]\n\s+\}/);
        const checked = runCli(['check', write('groups.kafka', text), '--format', 'json']);
        expect(JSON.parse(checked.stdout).filter((d: { code: string }) => d.code === 'syntax-error' || d.code === 'unresolved-reference')).toEqual([]);
        for (const member of members) member.stdin!.end();
        members = [];
    });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!(await condition())) {
        if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 500));
    }
}
