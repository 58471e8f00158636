// `kafka-topology check` on a split cluster: a folder is one workspace, and a
// file named on its own is checked with the rest of its folder beside it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';

let dir: string;

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kafka-cli-folder-'));
    const folder = join(dir, 'shop');
    mkdirSync(folder);
    writeFileSync(join(folder, 'cluster.kafka'), 'cluster shop {\n    brokers 1..3\n    defaults { replication-factor 3 min-insync-replicas 2 }\n}\n');
    writeFileSync(join(folder, 'orders.kafka'), 'cluster shop {\n    topic orders { }\n    topic wide { replication-factor 5 }\n}\n');
    writeFileSync(join(folder, 'payments.kafka'), 'cluster shop {\n    producer checkout { produces orders, wide }\n    topic orders { }\n}\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Checked {
    readonly file: string;
    readonly line: number;
    readonly code: string;
}

const codes = (stdout: string) => (JSON.parse(stdout) as Checked[]).map((d) => `${d.file.split(/[\\/]/).pop()}:${d.line}:${d.code}`).sort();

test('a folder is checked as one cluster', () => {
    const result = runCli(['check', join(dir, 'shop'), '--format', 'json']);
    expect(codes(result.stdout)).toEqual(['orders.kafka:3:replication-factor-exceeds-brokers', 'payments.kafka:3:duplicate-topic']);
    expect(result.status).toBe(1);
});

test('a file named alone sees the other parts of its cluster, and reports only its own diagnostics', () => {
    const result = runCli(['check', join(dir, 'shop', 'orders.kafka'), '--format', 'json']);
    expect(codes(result.stdout)).toEqual(['orders.kafka:3:replication-factor-exceeds-brokers']);
    const payments = runCli(['check', join(dir, 'shop', 'payments.kafka'), '--format', 'json']);
    expect(codes(payments.stdout)).toEqual(['payments.kafka:3:duplicate-topic']);
});

test('the text summary counts the files named', () => {
    const result = runCli(['check', join(dir, 'shop', 'orders.kafka')]);
    expect(result.stdout).toContain('1 file checked: 1 error');
});
