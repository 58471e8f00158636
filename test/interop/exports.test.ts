import { parse as parseHcl } from '@cdktf/hcl2json';
import Ajv from 'ajv';
import { load as loadYaml, loadAll } from 'js-yaml';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportTopology } from '../../interop/export-topology.js';
import { shellQuote } from '../../interop/exports/kafka-topics.js';
import { kubernetesNames } from '../../interop/exports/strimzi.js';
import { hclIdentifiers } from '../../interop/exports/terraform.js';
import { topology } from './helpers.js';

const SOURCE = `cluster shop {
    broker 1 { rack "az-1" }
    broker 2 { rack "az-2" }
    broker 3 { rack "az-3" }
    defaults { replication-factor 3 min-insync-replicas 2 }
    topic orders { partitions 6 ordering key orderId config { retention.ms = 7d segment.bytes = 256MiB cleanup.policy = compact, delete } }
    topic "2fa_Events.v1" { partitions 2 config { message.timestamp.type = LogAppendTime } }
    topic pinned { assignment { 0: [1, 2, 3] 1: [2, 3, 1] } }
    producer checkout { produces orders key orderId }
    consumer-group billing { consumes orders }
    scenario s { fail broker 1 }
}
`;

const CRD = JSON.parse(readFileSync(join(__dirname, 'fixtures/strimzi-kafkatopic-crd-schema.json'), 'utf8'));
const RFC1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

describe('export --to kafka-topics', () => {
    test('passes sh -n and hands Kafka exactly the values, quoted', async () => {
        const script = exportTopology(await topology(SOURCE), 'kafka-topics');
        const dir = mkdtempSync(join(tmpdir(), 'kt-export-'));
        const path = join(dir, 'topics.sh');
        writeFileSync(path, script);
        expect(spawnSync('sh', ['-n', path]).status).toBe(0);
        // A stand-in for kafka-topics.sh that records its arguments, one per line.
        const fake = join(dir, 'fake-kafka-topics');
        writeFileSync(fake, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done; echo ---\n`);
        chmodSync(fake, 0o755);
        const output = execFileSync('sh', [path], { env: { PATH: process.env.PATH, BOOTSTRAP_SERVER: 'b:9092', KAFKA_TOPICS: fake }, encoding: 'utf8' });
        const calls = output.split('---\n').filter(Boolean).map((c) => c.trimEnd().split('\n'));
        expect(calls).toHaveLength(3);
        expect(calls[0]).toEqual([
            '--bootstrap-server', 'b:9092', '--create', '--if-not-exists', '--topic', '2fa_Events.v1', '--partitions', '2', '--replication-factor', '3',
            '--config', 'message.timestamp.type=LogAppendTime', '--config', 'min.insync.replicas=2'
        ]);
        expect(calls[1]).toEqual([
            '--bootstrap-server', 'b:9092', '--create', '--if-not-exists', '--topic', 'orders', '--partitions', '6', '--replication-factor', '3',
            '--config', 'cleanup.policy=compact,delete', '--config', 'min.insync.replicas=2', '--config', 'retention.ms=604800000', '--config', 'segment.bytes=268435456'
        ]);
        expect(calls[2]).toEqual(['--bootstrap-server', 'b:9092', '--create', '--if-not-exists', '--topic', 'pinned', '--replica-assignment', '1:2:3,2:3:1', '--config', 'min.insync.replicas=2']);
        const withConfig = execFileSync('sh', [path], { env: { PATH: process.env.PATH, BOOTSTRAP_SERVER: 'b:9092', KAFKA_TOPICS: fake, COMMAND_CONFIG: '/etc/my client.properties' }, encoding: 'utf8' });
        expect(withConfig.split('\n').slice(0, 4)).toEqual(['--bootstrap-server', 'b:9092', '--command-config', '/etc/my client.properties']);
        const missing = spawnSync('sh', [path], { env: { PATH: process.env.PATH }, encoding: 'utf8' });
        expect(missing.status).not.toBe(0);
        expect(missing.stderr).toContain('set BOOTSTRAP_SERVER');
    });

    test('quotes for any POSIX shell', () => {
        const word = `it's $HOME \`x\` "q"`;
        expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(word)}`], { encoding: 'utf8' })).toBe(word);
    });

    test('says what it cannot carry', async () => {
        const script = exportTopology(await topology(SOURCE), 'kafka-topics');
        expect(script).toMatch(/# Not carried by this format:\n(# {3}- .*\n)*# {3}- consumer groups \(billing\)/);
        expect(script).toContain('scenarios (1)');
        expect(script).not.toContain('pinned replica assignments');
    });
});

describe('export --to terraform', () => {
    test('parses as HCL into kafka_topic resources with Kafka units as strings', async () => {
        const text = exportTopology(await topology(SOURCE), 'terraform');
        const json = await parseHcl('main.tf', text);
        const resources = json.resource.kafka_topic as Record<string, { name: string; partitions: number; replication_factor: number; config?: Record<string, string> }[]>;
        expect(Object.keys(resources).sort()).toEqual(['orders', 'pinned', 'topic_2fa_Events_v1']);
        expect(resources.orders[0]).toEqual({
            name: 'orders', partitions: 6, replication_factor: 3,
            config: { 'cleanup.policy': 'compact,delete', 'min.insync.replicas': '2', 'retention.ms': '604800000', 'segment.bytes': '268435456' }
        });
        expect(resources.topic_2fa_Events_v1[0].name).toBe('2fa_Events.v1');
        expect(resources.pinned[0]).toMatchObject({ partitions: 2, replication_factor: 3 });
        expect(json.terraform[0].required_providers[0].kafka.source).toBe('Mongey/kafka');
        expect(text).toContain('# Not carried by this format:');
        expect(text).toMatch(/pinned replica assignments \(pinned\)/);
    });

    test('identifiers are valid and unique', () => {
        expect([...hclIdentifiers(['a.b', 'a_b', '-x', '9']).values()]).toEqual(['a_b', 'a_b_2', 'topic_-x', 'topic_9']);
    });
});

describe('export --to strimzi', () => {
    for (const api of ['v1', 'v1beta2'] as const) {
        test(`every document validates against the KafkaTopic CRD schema (${api})`, async () => {
            const text = exportTopology(await topology(SOURCE), 'strimzi', { strimziApi: api });
            const documents = loadAll(text) as { apiVersion: string; kind: string; metadata: { name: string; labels: Record<string, string> }; spec: Record<string, unknown> }[];
            expect(documents).toHaveLength(3);
            const validate = new Ajv({ strict: false }).compile(CRD[api]);
            for (const doc of documents) {
                expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
                expect(doc.apiVersion).toBe(`kafka.strimzi.io/${api}`);
                expect(doc.kind).toBe('KafkaTopic');
                expect(doc.metadata.name).toMatch(RFC1123_SUBDOMAIN);
                expect(doc.metadata.labels['strimzi.io/cluster']).toBe('shop');
            }
            const [odd, orders] = documents;
            expect(odd.metadata.name).toBe('2fa-events.v1');
            expect(odd.spec.topicName).toBe('2fa_Events.v1');
            expect(orders.spec).toEqual({
                partitions: 6, replicas: 3,
                config: { 'cleanup.policy': 'compact,delete', 'min.insync.replicas': 2, 'retention.ms': 604800000, 'segment.bytes': 268435456 }
            });
            expect(orders.spec.topicName).toBeUndefined();
        });
    }

    test('a document the CRD refuses is refused (the schema check is real)', () => {
        const validate = new Ajv({ strict: false }).compile(CRD.v1);
        expect(validate(loadYaml('apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata: {name: x}\nspec: {partitions: 0}'))).toBe(false);
    });

    test('Kubernetes names are unique subdomains', () => {
        expect([...kubernetesNames(['A_b', 'a-b', '__x', '-.-']).values()]).toEqual(['a-b', 'a-b-2', 'x', 'topic']);
    });
});

describe('every format', () => {
    test('is deterministic: the same file gives the same bytes', async () => {
        for (const format of ['kafka-topics', 'reassignment', 'terraform', 'strimzi'] as const) {
            expect(exportTopology(await topology(SOURCE), format)).toBe(exportTopology(await topology(SOURCE), format));
        }
    });

    test('reassignment carries the pinned lists only', async () => {
        const json = JSON.parse(exportTopology(await topology(SOURCE), 'reassignment'));
        expect(json.partitions.map((p: { topic: string; partition: number }) => `${p.topic}-${p.partition}`)).toEqual(['pinned-0', 'pinned-1']);
    });
});
