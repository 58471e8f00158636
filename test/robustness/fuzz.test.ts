// A seeded mutation fuzzer over every sample and acceptance example, through
// the CLI and the stdio server: no crash, no stack trace, no internal error
// logged, no request error, no diagnostic without a code. Bounded: FUZZ_COUNT
// mutants per file for the CLI, a quarter of them through the server (defaults
// below keep CI within a minute or two); FUZZ_SEED replays a run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';
import { LspClient } from '../support/lsp-client.js';
import { kafkaFiles, REPO, SERVER, SHARED } from '../support/markers.js';
import { exercise } from './support/exercise.js';
import { mutate } from './support/mutate.js';

const SEED = Number(process.env.FUZZ_SEED ?? 2026);
const COUNT = Number(process.env.FUZZ_COUNT ?? 40);
const SERVER_COUNT = Math.max(1, Math.floor(COUNT / 4));
const files = [...kafkaFiles(join(REPO, 'samples')), ...kafkaFiles(join(SHARED, 'spec/examples'))];
const mutants = (file: string, index: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({ seed: SEED * 1000 + index * 100 + i, text: mutate(readFileSync(file, 'utf8'), SEED * 1000 + index * 100 + i) }));

describe(`CLI, ${COUNT} mutants per file (seed ${SEED})`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-fuzz-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test('check on every mutant at once: exit 0 or 1, no internal error, no stack trace, every diagnostic with a code', () => {
        files.forEach((file, index) => {
            for (const { seed, text } of mutants(file, index, COUNT)) writeFileSync(join(dir, `${basename(file, '.kafka')}-${seed}.kafka`), text, 'latin1');
        });
        const result = runCli(['check', dir, '--format', 'json']);
        expect(result.stderr).toBe('');
        expect([0, 1]).toContain(result.status);
        const diagnostics = JSON.parse(result.stdout) as Array<{ file: string; code: string; message: string }>;
        expect(diagnostics.filter((d) => !d.code || /An error occurred|undefined/.test(d.message))).toEqual([]);
    }, 600_000);
});

describe(`server, ${SERVER_COUNT} mutants per file (seed ${SEED})`, () => {
    let client: LspClient;
    beforeAll(async () => {
        client = await LspClient.start(SERVER);
    });
    afterAll(() => client.stop());

    test.each(files.map((f, i) => [`${basename(join(f, '..'))}/${basename(f)}`, f, i] as const))('%s', async (_name, file, index) => {
        const uri = `file:///fuzz/${index}.kafka`;
        const problems: string[] = [];
        let version = 1;
        for (const { seed, text } of mutants(file, index, SERVER_COUNT)) {
            for (const problem of await exercise(client, uri, text, version++)) problems.push(`seed ${seed}: ${problem}`);
        }
        client.close(uri);
        expect(problems).toEqual([]);
    }, 600_000);
});
