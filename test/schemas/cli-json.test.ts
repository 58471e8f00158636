// Every `--format json` output of the CLI against its JSON Schema in schemas/:
// real outputs of the built CLI on the samples and the shared acceptance
// examples (clean files, broken files, scenarios that pass and fail, Korean),
// and a few hand-broken outputs each schema must refuse.
import Ajv from 'ajv';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';
import { REPO, SHARED } from '../support/markers.js';

const ajv = new Ajv({ allErrors: true, strict: true });
const schema = (name: string) => ajv.compile(JSON.parse(readFileSync(join(REPO, 'schemas', `${name}.schema.json`), 'utf8')));
const validate = { check: schema('check'), simulate: schema('simulate'), partition: schema('partition'), assign: schema('assign') };

/** Each test spawns the CLI several times: seconds apiece on a loaded machine. */
const SPAWNS = { timeout: 180_000 };

const samples = readdirSync(join(REPO, 'samples')).filter((f) => f.endsWith('.kafka')).map((f) => join(REPO, 'samples', f));
const examples = readdirSync(join(SHARED, 'spec/examples')).filter((f) => f.endsWith('.kafka')).map((f) => join(SHARED, 'spec/examples', f));

function json(args: readonly string[]): unknown {
    const r = runCli([...args, '--format', 'json']);
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout);
}

function expectValid(v: ReturnType<typeof schema>, data: unknown): void {
    const ok = v(data);
    expect(ok ? [] : v.errors).toEqual([]);
}

describe('check --format json', () => {
    test('the shared acceptance examples', () => {
        const out = json(['check', ...examples]) as unknown[];
        expect(out.length).toBeGreaterThan(0);
        expectValid(validate.check, out);
    });

    test('the samples directory, in Korean, with diagnostics of every severity', () => {
        const out = json(['check', join(REPO, 'samples'), '--locale', 'ko']) as { severity: string }[];
        expect(new Set(out.map((d) => d.severity))).toEqual(new Set(['error', 'warning', 'info', 'hint']));
        expectValid(validate.check, out);
    });

    test('refuses a 0-based line, an unknown severity and an extra field', () => {
        const [d] = json(['check', join(REPO, 'samples', 'broken-cluster.kafka')]) as Record<string, unknown>[];
        for (const broken of [{ ...d, line: 0 }, { ...d, severity: 'fatal' }, { ...d, extra: 1 }]) expect(validate.check([broken])).toBe(false);
    });
});

describe('simulate --format json', () => {
    test.each(samples)('every scenario of %s', (file) => {
        const names = [...readFileSync(file, 'utf8').matchAll(/^\s*scenario\s+("[^"]+"|[\w-]+)/gm)].map((m) => m[1].replace(/"/g, ''));
        let validated = 0;
        for (const name of names) {
            const r = runCli(['simulate', file, '--scenario', name, '--format', 'json']);
            if (r.status === 2) continue; // a scenario the CLI refuses (a step naming an unknown broker) prints no JSON
            expectValid(validate.simulate, JSON.parse(r.stdout));
            validated++;
        }
        if (file.endsWith('order-platform.kafka')) expect(validated).toBe(3);
    }, SPAWNS.timeout);

    test('steps given on the command line, a rack and a controller among them', () => {
        const out = json(['simulate', join(SHARED, 'spec/examples/dedicated-controllers.kafka'), '--step', 'fail controller 1', '--step', 'fail broker 1']) as { steps: unknown[] };
        expect(out.steps.length).toBe(3);
        expectValid(validate.simulate, out);
        const order = json(['simulate', join(REPO, 'samples/order-platform.kafka'), '--step', 'fail rack "az-1"', '--step', 'fail member A-1 in order-service']);
        expectValid(validate.simulate, order);
    }, SPAWNS.timeout);

    test('refuses a snapshot without its quorum, or with a leader that is not an id', () => {
        const out = json(['simulate', join(REPO, 'samples/order-platform.kafka'), '--step', 'fail broker 1']) as { cluster: string; steps: Record<string, unknown>[] };
        const { quorum: _quorum, ...withoutQuorum } = out.steps[1];
        expect(validate.simulate({ ...out, steps: [withoutQuorum] })).toBe(false);
        const partitions = out.steps[1].partitions as Record<string, unknown>[];
        expect(validate.simulate({ ...out, steps: [{ ...out.steps[1], partitions: [{ ...partitions[0], leader: 'one' }] }] })).toBe(false);
    });
});

describe('partition and assign --format json', () => {
    test('partition: keys in order, empty and dash-led keys too', () => {
        const r = runCli(['partition', '--partitions', '12', '--format', 'json', '--', 'order-1', '', '-x']);
        const out = JSON.parse(r.stdout) as unknown[];
        expect(out).toHaveLength(3);
        expectValid(validate.partition, out);
        expect(validate.partition([{ key: 'a', partition: -1 }])).toBe(false);
    });

    test.each(['range', 'roundrobin', 'sticky', 'cooperative-sticky'])('assign with %s, an idle member included', (assignor) => {
        const out = json(['assign', '--assignor', assignor, '--members', 'a,b,c,d', '--topics', 't1:2,t2:1']) as Record<string, string[]>;
        expect(Object.keys(out).sort()).toEqual(['a', 'b', 'c', 'd']);
        expectValid(validate.assign, out);
        expect(validate.assign({ a: ['t1'] })).toBe(false);
    });
});
