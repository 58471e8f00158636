import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'interop-cli-'));
const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
};
const OLD = file('old.kafka', 'cluster c {\n    broker 1\n    broker 2\n    topic t { partitions 3 replication-factor 1 ordering key id }\n}\n');
const NEW = file('new.kafka', 'cluster c {\n    broker 1\n    broker 2\n    topic t { partitions 6 replication-factor 2 ordering key id }\n}\n');
const SHRUNK = file('shrunk.kafka', 'cluster c {\n    broker 1\n    broker 2\n    topic t { partitions 2 replication-factor 1 }\n}\n');

describe('CLI: plan, export, import, diff', () => {
    test('plan OLD NEW: JSON per the contract, exit 0 without errors, 1 with one', () => {
        const result = runCli(['plan', OLD, NEW, '--format', 'json']);
        expect(result.status).toBe(0);
        const changes = JSON.parse(result.stdout);
        expect(changes.map((c: { code: string }) => c.code)).toEqual(['keyed-topic-repartitioned', 'replication-factor-changed']);
        expect(changes[0]).toMatchObject({ severity: 'warning', topic: 't', old: 3, new: 6, movedKeyShare: 0.5 });
        expect(runCli(['plan', OLD, SHRUNK]).status).toBe(1);
    });

    test('plan --export reassignment writes the reassignment and its rollback', () => {
        const out = join(dir, 'plan-out');
        expect(runCli(['plan', OLD, NEW, '--export', 'reassignment', '--out', out]).status).toBe(0);
        const forward = JSON.parse(readFileSync(join(out, 'new.reassignment.json'), 'utf8'));
        const rollback = JSON.parse(readFileSync(join(out, 'new.rollback.json'), 'utf8'));
        expect(forward.partitions).toHaveLength(3);
        for (const [i, p] of forward.partitions.entries()) {
            expect(p.replicas).toHaveLength(2);
            expect(p.replicas[0]).toBe(rollback.partitions[i].replicas[0]);
        }
    });

    test('export writes a file into a directory; bad formats are one-line errors', () => {
        const result = runCli(['export', NEW, '--to', 'terraform', '--out', dir]);
        expect(result.status).toBe(0);
        expect(readFileSync(join(dir, 'c.tf'), 'utf8')).toContain('resource "kafka_topic" "t"');
        const bad = runCli(['export', NEW, '--to', 'helm']);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toBe("kafka-topology: export: --to must be one of kafka-topics, reassignment, terraform, strimzi, not 'helm'\n");
    });

    test('import from an unreachable bootstrap server: exit 2, one line, nothing written', () => {
        const out = join(dir, 'never.kafka');
        const result = runCli(['import', '--bootstrap-server', '127.0.0.1:1', '--timeout', '5s', '--out', out]);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/^kafka-topology: import: (cannot reach 127\.0\.0\.1:1|timed out).*\n$/);
        expect(() => readFileSync(out)).toThrow();
        const diff = runCli(['diff', NEW, '--bootstrap-server', '127.0.0.1:1', '--timeout', '5s']);
        expect(diff.status).toBe(2);
        expect(diff.stderr.split('\n')).toHaveLength(2);
    });

    test('plan FILE --base REF compares with the committed version', () => {
        const repo = mkdtempSync(join(tmpdir(), 'interop-git-'));
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo });
        git('init', '-q');
        copyFileSync(OLD, join(repo, 'topology.kafka'));
        git('add', 'topology.kafka');
        git('commit', '-qm', 'base');
        copyFileSync(SHRUNK, join(repo, 'topology.kafka'));
        const result = runCli(['plan', join(repo, 'topology.kafka'), '--format', 'json']);
        expect(result.status).toBe(1);
        expect(JSON.parse(result.stdout).map((c: { code: string }) => c.code)).toEqual(['partitions-decreased']);
        const unknown = runCli(['plan', join(repo, 'topology.kafka'), '--base', 'no-such-ref']);
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toMatch(/^kafka-topology: plan: cannot read .* at no-such-ref: /);
    });

    test('usage errors', () => {
        expect(runCli(['import']).stderr).toContain('--bootstrap-server HOST:PORT[,HOST:PORT…] is required');
        expect(runCli(['import', '--bootstrap-server', 'nohostport']).stderr).toContain("not 'nohostport'");
        expect(runCli(['plan', NEW, '--base', 'HEAD', OLD]).status).toBe(2);
    });
});
