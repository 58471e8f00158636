import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLI, runCli } from '../support/cli.js';
import { REPO, SHARED } from '../support/markers.js';

const examples = join(SHARED, 'spec/examples');

describe('kafka-topology check', () => {
    test('passes the shared acceptance examples through check-examples.mjs', () => {
        const output = execFileSync(process.execPath, [join(SHARED, 'tools/check-examples.mjs'), '--cli', `node ${CLI}`, examples], { encoding: 'utf8' });
        expect(output).toMatch(/ 0 failed/);
    });

    test('passes our samples through check-examples.mjs', () => {
        const output = execFileSync(process.execPath, [join(SHARED, 'tools/check-examples.mjs'), '--cli', `node ${CLI}`, join(REPO, 'samples')], { encoding: 'utf8' });
        expect(output).toMatch(/ 0 failed/);
    });

    test('json output has the contract fields, 1-based, and exit 1 on errors', () => {
        const result = runCli(['check', join(examples, 'shaky-cluster.kafka'), '--format', 'json']);
        expect(result.status).toBe(1);
        const diagnostics = JSON.parse(result.stdout);
        const exceeds = diagnostics.find((d: { code: string }) => d.code === 'replication-factor-exceeds-brokers');
        expect(exceeds).toMatchObject({ file: join(examples, 'shaky-cluster.kafka'), line: 10, column: 9, endLine: 10, severity: 'error' });
        expect(Object.keys(exceeds).sort()).toEqual(['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity']);
    });

    test('text output is compiler-style and a clean file exits 0', () => {
        const result = runCli(['check', join(examples, 'development.kafka')]);
        expect(result.status).toBe(0);
        const bad = runCli(['check', join(examples, 'shaky-cluster.kafka')]);
        expect(bad.stdout).toMatch(/shaky-cluster\.kafka:10:9 error replication-factor-exceeds-brokers Replication factor: 5 larger than available brokers: 4\./);
    });

    test('directories are searched recursively', () => {
        const result = runCli(['check', examples, '--format', 'json']);
        const files = new Set(JSON.parse(result.stdout).map((d: { file: string }) => d.file));
        expect(files).toContain(join(examples, 'shaky-cluster.kafka'));
        expect(files).toContain(join(examples, 'order-platform.kafka'));
    });

    test('messages follow --locale and LANG', () => {
        const ko = runCli(['check', join(examples, 'shaky-cluster.kafka'), '--locale', 'ko', '--format', 'json']);
        expect(JSON.parse(ko.stdout).find((d: { code: string }) => d.code === 'quorum-even').message).toMatch(/짝수/);
        const lang = runCli(['check', join(examples, 'shaky-cluster.kafka'), '--format', 'json'], { LANG: 'ko_KR.UTF-8' });
        expect(JSON.parse(lang.stdout).find((d: { code: string }) => d.code === 'quorum-even').message).toMatch(/짝수/);
    });

    test('usage and I/O errors are one line on stderr with exit 2', () => {
        for (const args of [
            ['check'],
            ['check', '/no/such/file.kafka'],
            ['check', join(examples, 'development.kafka'), '--format', 'yaml'],
            ['check', join(examples, 'development.kafka'), '--frobnicate'],
            ['check', join(examples, 'development.kafka'), '--locale', 'fr'],
            ['frobnicate'],
            []
        ]) {
            const result = runCli(args);
            expect(result.status, args.join(' ')).toBe(2);
            expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
            expect(result.stderr, args.join(' ')).toMatch(/^kafka-topology: /);
            expect(result.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
        }
    });

    test('garbage and half-typed files get syntax errors, not crashes', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kafka-check-'));
        const garbage = join(dir, 'garbage.kafka');
        writeFileSync(garbage, '\u0000\u0001 }}} {{{ "unterminated \n cluster { topic');
        const result = runCli(['check', garbage, '--format', 'json']);
        expect(result.status).toBe(1);
        const codes = JSON.parse(result.stdout).map((d: { code: string }) => d.code);
        expect(codes).toContain('syntax-error');
    });

    test('Tools-for-Apache-Kafka files get no diagnostics', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kafka-check-'));
        const file = join(dir, 'producer.kafka');
        writeFileSync(file, 'PRODUCER keyed-message\ntopic: my_topic\nkey: mykeyq\nrecord content\n\n###\n\nCONSUMER consumer-group-id\ntopic: my_topic\npartitions: 0\n');
        const result = runCli(['check', file, '--format', 'json']);
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout)).toEqual([]);
    });
});
