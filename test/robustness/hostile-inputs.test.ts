// The hostile inputs of issue 9, in process and through the CLI: never a crash,
// a stack trace or a diagnostic without a code; each gets the diagnostic it deserves.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmptyFileSystem, type ValidationCheck } from 'langium';
import { parseHelper } from 'langium/test';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import type { KafkaTopologyAstType, Model } from '../../language-server/generated/ast.js';
import { createKafkaTopologyServices } from '../../language-server/kafka-topology-module.js';
import { MAX_DIAGNOSTICS } from '../../language-server/validation/diagnostics-cap.js';
import { runCli } from '../support/cli.js';
import { reset, validate, type Validated } from '../support/language.js';
import { HOSTILE_INPUTS } from './hostile-inputs.js';
import { randomBytes } from './support/random.js';

afterEach(reset);

const errors = (v: Validated) => v.diagnostics.filter((d) => d.severity === 1);
const onLine = (v: Validated, line: number) => v.diagnostics.filter((d) => d.range.start.line + 1 === line).map((d) => d.code);

describe('in process', () => {
    test.each(HOSTILE_INPUTS)('%s: every diagnostic has a code and a message without "undefined", no check fails', async (_name, text) => {
        const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
        let diagnostics: Validated['diagnostics'] = [];
        try {
            diagnostics = (await validate(text())).diagnostics;
            expect(stderr.mock.calls.map(([written]) => String(written))).toEqual([]);
        } finally {
            stderr.mockRestore();
        }
        expect(diagnostics.filter((d) => !d.code)).toEqual([]);
        expect(diagnostics.filter((d) => /undefined|NaN|\[object/.test(d.message)).map((d) => d.message)).toEqual([]);
        expect(diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 1);
    }, 60_000);

    test('an empty quoted topic name is invalid-topic-name, and references to it do not resolve', async () => {
        const v = await validate(HOSTILE_INPUTS[0][1]());
        expect(onLine(v, 3)).toContain('invalid-topic-name');
        expect(onLine(v, 4)).toEqual(['unresolved-reference']);
    });

    test('an empty quoted group or member name is invalid-name', async () => {
        const v = await validate(HOSTILE_INPUTS[1][1]());
        expect(onLine(v, 4).filter((c) => c === 'invalid-name')).toHaveLength(2);
    });

    test.each([2, 3])('a half-typed or misspelled assignor is the syntax error only (the default assignor applies)', async (index) => {
        const v = await validate(HOSTILE_INPUTS[index][1]());
        expect(errors(v).map((d) => d.code)).toEqual(['syntax-error']);
        // The range assignor leaves the second member of `members 2` idle on a 1-partition topic.
        expect(onLine(v, 4)).toContain('idle-consumers');
    });

    test('70 000 comment lines parse without a syntax error', async () => {
        for (const index of [4, 5]) {
            const v = await validate(HOSTILE_INPUTS[index][1]());
            expect(v.diagnostics.filter((d) => d.code === 'syntax-error')).toEqual([]);
            await reset();
        }
    }, 60_000);

    test(`1 MiB of random bytes: at most ${MAX_DIAGNOSTICS} diagnostics and one summary`, async () => {
        const v = await validate(randomBytes(1 << 20, 11).toString('latin1'));
        expect(v.diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
        expect(v.diagnostics.filter((d) => d.code === 'diagnostics-truncated')).toHaveLength(1);
    }, 60_000);

    test('half-typed steps are syntax errors only', async () => {
        const v = await validate(HOSTILE_INPUTS.find(([name]) => name === 'half-typed steps')![1]());
        expect([...new Set(v.diagnostics.filter((d) => d.range.start.line >= 4).map((d) => d.code))]).toEqual(['syntax-error']);
    });

    test('numbers beyond every range are value-out-of-range, never capped silently', async () => {
        const v = await validate(HOSTILE_INPUTS.find(([name]) => name === 'numbers beyond every range')![1]());
        for (const line of [2, 3, 4, 5, 6, 7, 8]) expect(onLine(v, line), `line ${line}`).toContain('value-out-of-range');
        expect(onLine(v, 9)).toContain('expectation-not-evaluated');
    });
});

describe('an exception in one check', () => {
    test('is logged and that check skipped: no diagnostic, the other checks still report', async () => {
        const services = createKafkaTopologyServices(EmptyFileSystem);
        services.KafkaTopology.kafka.Locale.set('en');
        const boom = (): void => {
            throw new Error('boom');
        };
        services.KafkaTopology.validation.ValidationRegistry.register<KafkaTopologyAstType>({ Topic: boom });
        const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
        try {
            const document = await parseHelper<Model>(services.KafkaTopology)('cluster c { brokers 1..3 topic t { partitions 0 } }', { validation: true });
            const diagnostics = document.diagnostics ?? [];
            expect(diagnostics.filter((d) => /boom/.test(d.message) || !d.code)).toEqual([]);
            expect(diagnostics.map((d) => d.code)).toContain('invalid-partitions');
            expect(stderr.mock.calls.map(([text]) => String(text)).join('')).toMatch(/validation of Topic \(skipped\): boom/);
        } finally {
            stderr.mockRestore();
        }
    });
});

describe('an asynchronous check', () => {
    test('reports what it finds, and one that rejects is logged and skipped', async () => {
        const services = createKafkaTopologyServices(EmptyFileSystem);
        services.KafkaTopology.kafka.Locale.set('en');
        const later: ValidationCheck = async (node, accept) => {
            await new Promise((resolve) => setTimeout(resolve, 5));
            accept('warning', 'late word', { node, code: 'late' });
        };
        const rejects: ValidationCheck = async () => {
            await Promise.resolve();
            throw new Error('async boom');
        };
        services.KafkaTopology.validation.ValidationRegistry.register<KafkaTopologyAstType>({ Topic: [rejects, later] });
        const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
        try {
            const document = await parseHelper<Model>(services.KafkaTopology)('cluster c { brokers 1..3 topic t { partitions 0 } topic u { partitions 1 } }', { validation: true });
            const diagnostics = document.diagnostics ?? [];
            expect(diagnostics.filter((d) => d.code === 'late')).toHaveLength(2);
            expect(diagnostics.map((d) => d.code)).toContain('invalid-partitions');
            expect(stderr.mock.calls.map(([text]) => String(text)).join('')).toMatch(/validation of Topic \(skipped\): async boom/);
        } finally {
            stderr.mockRestore();
        }
    });
});

describe('through the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-hostile-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test.each(HOSTILE_INPUTS)('%s: exit 0 or 1, no internal error, no stack trace', (name, text) => {
        const file = join(dir, `${name.replace(/\W+/g, '-')}.kafka`);
        writeFileSync(file, text(), 'latin1');
        const result = runCli(['check', file]);
        expect(result.stderr).not.toMatch(/internal error|\(skipped\)|^\s+at /m);
        expect([0, 1]).toContain(result.status);
        expect(result.stdout).not.toMatch(/ syntax-error An error occurred/);
    }, 60_000);
});
