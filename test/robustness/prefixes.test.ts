// Every prefix of every sample and acceptance example, as someone typing the
// file from the top would send it, through the stdio server: no request error,
// no diagnostic without a code, nothing logged as an internal error, no exit.
// Prefixes end every STRIDE characters (a prime, so the cuts fall at every kind
// of place: inside names, quotes, numbers, keywords) and at the file's end.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { LspClient } from '../support/lsp-client.js';
import { kafkaFiles, REPO, SERVER, SHARED } from '../support/markers.js';
import { exercise } from './support/exercise.js';

const STRIDE = 29;
const files = [...kafkaFiles(join(REPO, 'samples')), ...kafkaFiles(join(SHARED, 'spec/examples'))];
let client: LspClient;

beforeAll(async () => {
    client = await LspClient.start(SERVER);
});

afterAll(() => client.stop());

test('there are files to type', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
});

test.each(files.map((f, i) => [`${basename(join(f, '..'))}/${basename(f)}`, f, i] as const))('%s, prefix by prefix', async (_name, file, index) => {
    const text = readFileSync(file, 'utf8');
    const uri = `file:///prefixes/${index}-${basename(file)}`;
    const ends = [...Array.from({ length: Math.ceil(text.length / STRIDE) }, (_, i) => i * STRIDE), text.length];
    const problems: string[] = [];
    let version = 1;
    for (const end of ends) {
        for (const problem of await exercise(client, uri, text.slice(0, end), version++)) problems.push(`at ${end}: ${problem}`);
    }
    client.close(uri);
    expect(problems).toEqual([]);
}, 600_000);
