// `npm start` opens a scratch copy of samples/ (issue 9, item 12): a user's
// saved files and quick fixes must never change the repository's fixtures.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
// @ts-expect-error plain ES module script without types
import { prepareScratchSamples } from '../../scripts/scratch-samples.mjs';
import { REPO } from '../support/markers.js';

const scratch = mkdtempSync(join(tmpdir(), 'kafka-scratch-'));
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

test('the scratch folder gets every sample, and a file the user changed there is kept', () => {
    const folder = join(scratch, 'samples');
    prepareScratchSamples(join(REPO, 'samples'), folder);
    expect(readFileSync(join(folder, 'order-platform.kafka'), 'utf8')).toBe(readFileSync(join(REPO, 'samples/order-platform.kafka'), 'utf8'));
    writeFileSync(join(folder, 'order-platform.kafka'), 'cluster mine { broker 1 }\n');
    writeFileSync(join(folder, 'mine.kafka'), 'cluster mine { broker 1 }\n');
    prepareScratchSamples(join(REPO, 'samples'), folder);
    expect(readFileSync(join(folder, 'order-platform.kafka'), 'utf8')).toBe('cluster mine { broker 1 }\n');
    expect(existsSync(join(REPO, 'samples/mine.kafka'))).toBe(false);
});

test('npm start opens the scratch copy, not the repository folder', () => {
    const start = readFileSync(join(REPO, 'scripts/start.mjs'), 'utf8');
    expect(start).toMatch(/prepareScratchSamples\(join\(repo, 'samples'\), samples\)/);
    expect(start).not.toMatch(/const samples = join\(repo, 'samples'\)/);
});
