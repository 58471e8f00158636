// Every example file with `// expect:` markers, the shared acceptance examples
// and our samples alike: its diagnostics must match its markers exactly.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { expectedCodes, kafkaFiles, REPO, SHARED } from '../support/markers.js';
import { reset, validate } from '../support/language.js';

const files = [...kafkaFiles(join(SHARED, 'spec/examples')), ...kafkaFiles(join(REPO, 'samples'))];

describe('example files match their expect markers', () => {
    afterEach(reset);

    test('there are examples to check', () => {
        expect(files.length).toBeGreaterThanOrEqual(4);
    });

    test.each(files.map((f) => [relative(join(REPO, '..'), f), f]))('%s', async (_name, file) => {
        const text = readFileSync(file, 'utf8');
        const { codes } = await validate(text);
        expect([...new Set(codes)].sort()).toEqual(expectedCodes(text));
    });
});
