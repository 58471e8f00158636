// The JSON outputs of place, plan, diff and the reassignment files (export --to
// reassignment, plan --export reassignment) against their JSON Schemas in
// schemas/: real outputs of the built CLI (diff's through the function the CLI
// prints, since a live cluster is needed; test/kafka/interop.test.ts validates
// the CLI's own output against real brokers), and hand-broken outputs each
// schema must refuse.
import Ajv from 'ajv';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ClusterDescription } from '../../interop/cluster-description.js';
import { CHANGE_CODES } from '../../interop/change-codes.js';
import { diffTopology } from '../../interop/drift.js';
import { liveTopic, topology } from '../interop/helpers.js';
import { runCli } from '../support/cli.js';
import { REPO } from '../support/markers.js';

const ajv = new Ajv({ allErrors: true, strict: true });
const schemaText = (name: string) => JSON.parse(readFileSync(join(REPO, 'schemas', `${name}.schema.json`), 'utf8'));
const schema = (name: string) => ajv.compile(schemaText(name));
const validate = { place: schema('place'), plan: schema('plan'), diff: schema('diff'), reassignment: schema('reassignment') };

/** Each test spawns the CLI several times: seconds apiece on a loaded machine. */
const SPAWNS = { timeout: 180_000 };

const dir = mkdtempSync(join(tmpdir(), 'interop-json-'));
const write = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
};

function expectValid(v: ReturnType<typeof schema>, data: unknown): void {
    const ok = v(data);
    expect(ok ? [] : v.errors).toEqual([]);
}

function json(args: readonly string[], status = 0): unknown {
    const r = runCli([...args, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(status);
    return JSON.parse(r.stdout);
}

describe('place --format json', () => {
    test('striped and admin-utils, with racks and a fenced broker', () => {
        const runs = [
            ['place', '--brokers', '3,1,0', '--partitions', '6', '--replication-factor', '2'],
            ['place', '--brokers', '1,2,3,4', '--racks', '1=a,2=b,3=a,4=b', '--fenced', '4', '--partitions', '3', '--replication-factor', '3', '--seed', '5'],
            ['place', '--placer', 'admin-utils', '--brokers', '1,2,3', '--racks', '1=a,2=b,3=c', '--partitions', '4', '--replication-factor', '3', '--start-index', '1']
        ];
        for (const args of runs) {
            const out = json(args) as number[][];
            expect(out.length).toBeGreaterThan(0);
            expectValid(validate.place, out);
        }
    }, SPAWNS.timeout);

    test('refuses a broker id that is not an integer, a replica twice and an empty list', () => {
        expect(validate.place([[1, 'two']])).toBe(false);
        expect(validate.place([[1, 1]])).toBe(false);
        expect(validate.place([[]])).toBe(false);
    });
});

// One change of every code between two versions of a cluster.
const BROKERS = '    broker 1 { rack "az-1" }\n    broker 2 { rack "az-2" }\n    broker 3 { rack "az-3" }\n    broker 4 { rack "az-1" }\n    controllers 3\n';
const OLD = `cluster c {
${BROKERS}    topic shrink { partitions 4 }
    topic keyed { partitions 3 ordering key id }
    topic rf { partitions 2 replication-factor 2 }
    topic pinned { assignment { 0: [1, 2] 1: [2, 3] } }
    topic gone { partitions 5 }
    topic old-name { partitions 2 config { retention.ms = 1d } }
    topic retention { config { retention.ms = 7d } }
    topic cleanup { config { cleanup.policy = delete } }
    topic isr { partitions 1 replication-factor 3 min-insync-replicas 1 assignment { 0: [1, 2, 3] } }
    scenario s { fail broker 1 fail broker 2 }
}
`;
const NEW = OLD.replace('shrink { partitions 4 }', 'shrink { partitions 2 }')
    .replace('keyed { partitions 3', 'keyed { partitions 4')
    .replace('rf { partitions 2 replication-factor 2 }', 'rf { partitions 2 replication-factor 3 }')
    .replace('1: [2, 3] }', '1: [3, 4] }')
    .replace('    topic gone { partitions 5 }\n', '')
    .replace('old-name { partitions 2 config { retention.ms = 1d } }', 'new-name { partitions 2 config { retention.ms = 86400000 } }')
    .replace('retention.ms = 7d', 'retention.ms = 1h')
    .replace('cleanup.policy = delete', 'cleanup.policy = compact')
    .replace('min-insync-replicas 1 assignment', 'min-insync-replicas 2 assignment');

describe('plan --format json', () => {
    test('a change of every code, in English and Korean, and the reassignment files it exports', () => {
        const before = write('before.kafka', OLD);
        const after = write('after.kafka', NEW);
        const out = json(['plan', before, after, '--export', 'reassignment', '--out', dir], 1) as { code: string }[];
        expect(new Set(out.map((c) => c.code))).toEqual(new Set(Object.keys(CHANGE_CODES)));
        expectValid(validate.plan, out);
        expectValid(validate.plan, json(['plan', before, after, '--locale', 'ko'], 1));
        for (const file of ['after.reassignment.json', 'after.rollback.json']) {
            const plan = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { partitions: unknown[] };
            expect(plan.partitions.length).toBeGreaterThan(0);
            expectValid(validate.reassignment, plan);
        }
        expectValid(validate.plan, json(['plan', before, before]));
    }, SPAWNS.timeout);

    test("the schema's codes and severities are INTEROP.md's (change-codes.ts)", () => {
        const items = schemaText('plan').items;
        expect(items.properties.code.enum).toEqual(Object.keys(CHANGE_CODES));
        type Rule = { if: { properties: { code: { const: string } } }; then: { properties?: { severity?: { const: string } } } };
        const severities = Object.fromEntries((items.allOf as Rule[]).filter((r) => r.then.properties?.severity).map((r) => [r.if.properties.code.const, r.then.properties!.severity!.const]));
        expect(severities).toEqual(CHANGE_CODES);
    });

    test('refuses a wrong severity for a code, a moved share without a repartition, and an extra field', () => {
        const [change] = json(['plan', write('p-old.kafka', 'cluster c {\n    broker 1\n    topic t { partitions 4 }\n}\n'), write('p-new.kafka', 'cluster c {\n    broker 1\n    topic t { partitions 2 }\n}\n')], 1) as Record<string, unknown>[];
        expectValid(validate.plan, [change]);
        for (const broken of [{ ...change, severity: 'warning' }, { ...change, movedKeyShare: 0.5 }, { ...change, extra: true }, { ...change, old: 1.5 }]) expect(validate.plan([broken])).toBe(false);
    }, SPAWNS.timeout);
});

describe('export --to reassignment', () => {
    test('the pinned assignments as the input of kafka-reassign-partitions.sh', () => {
        const r = runCli(['export', write('pinned.kafka', OLD), '--to', 'reassignment']);
        expect(r.status).toBe(0);
        const plan = JSON.parse(r.stdout) as { partitions: { topic: string }[] };
        expect(plan.partitions.map((p) => p.topic)).toContain('pinned');
        expectValid(validate.reassignment, plan);
        for (const broken of [{ ...plan, version: 2 }, { version: 1, partitions: [{ topic: 't', partition: -1, replicas: [1] }] }, { version: 1, partitions: [{ topic: 't', partition: 0, replicas: [] }] }]) {
            expect(validate.reassignment(broken)).toBe(false);
        }
    }, SPAWNS.timeout);
});

describe('diff --format json', () => {
    const topic = liveTopic;
    const FILE = `cluster c {
    broker 1 { rack "a" }
    broker 2 { rack "b" }
    defaults { min-insync-replicas 2 }
    topic orders { partitions 2 replication-factor 2 config { retention.ms = 7d } }
    topic pinned { assignment { 0: [1, 2] } }
    topic only-in-file { partitions 1 }
    consumer-group billing { consumes orders }
    consumer-group audit { consumes orders }
}`;
    const live: ClusterDescription = {
        brokers: [{ id: 1, host: 'h', port: 1, rack: 'z' }, { id: 3, host: 'h', port: 3 }],
        brokerConfigs: {},
        topics: [topic('orders', [[1, 2, 3], [2, 1, 3], [3, 1, 2]], { 'retention.ms': '86400000' }), topic('pinned', [[2, 1]]), topic('stray', [[1]])],
        groups: [
            { name: 'other', type: 'consumer', state: 'Stable', members: [], topics: [] },
            { name: 'audit', type: 'consumer', state: 'Stable', members: [], topics: ['pinned'] }
        ],
        unread: [],
        readAt: '2026-11-30T00:00:00Z'
    };

    test('drift of every kind, as the CLI prints it', async () => {
        const drift = JSON.parse(JSON.stringify(diffTopology(await topology(FILE), live))) as { kind: string }[];
        expect(new Set(drift.map((d) => d.kind))).toEqual(new Set([
            'topic-missing-on-cluster', 'topic-not-in-file', 'partitions', 'replication-factor', 'replicas', 'config',
            'broker-missing-on-cluster', 'broker-not-in-file', 'rack', 'group-missing-on-cluster', 'group-not-in-file', 'group-topics'
        ]));
        expectValid(validate.diff, drift);
        expectValid(validate.diff, []);
    });

    test('refuses a config drift without its key, a broker drift naming a topic, and an unknown kind', async () => {
        const drift = diffTopology(await topology(FILE), live);
        const config = drift.find((d) => d.kind === 'config')!;
        const rack = drift.find((d) => d.kind === 'rack')!;
        const { key: _key, ...withoutKey } = config;
        for (const broken of [withoutKey, { ...rack, topic: 'orders' }, { ...rack, kind: 'moved' }, { ...config, file: { value: 1 } }]) expect(validate.diff([broken])).toBe(false);
    });
});
