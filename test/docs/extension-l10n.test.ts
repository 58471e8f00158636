// The extension's own words exist in Korean: every `vscode.l10n.t('…')` of
// extension/ has an entry in l10n/bundle.l10n.ko.json, every `%key%` of
// package.json one in package.nls.json and package.nls.ko.json, with the
// same placeholders.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO } from '../support/markers.js';

const read = (path: string): string => readFileSync(join(REPO, path), 'utf8');
const sources = (dir: string): string[] =>
    readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const placeholders = (text: string): string[] => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('the extension in Korean', () => {
    test('every vscode.l10n.t string of extension/ has a Korean translation with the same placeholders', () => {
        const ko = JSON.parse(read('l10n/bundle.l10n.ko.json')) as Record<string, string>;
        const keys = sources('extension').flatMap((file) =>
            [...read(file).matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)].map((m) => ({ file, key: m[2].replace(/\\(.)/g, '$1') }))
        );
        expect(keys.length).toBeGreaterThan(50);
        expect(keys.filter(({ key }) => !(key in ko)).map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
        expect(keys.filter(({ key }) => key in ko && placeholders(ko[key]).join() !== placeholders(key).join()).map(({ key }) => key)).toEqual([]);
        expect(keys.map(({ key }) => key)).toContain('Kafka Topology scenarios');
    });

    test("every %key% of package.json is in package.nls.json and package.nls.ko.json", () => {
        const keys = [...read('package.json').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
        expect(keys).toContain('command.openScenarioAtStep');
        for (const nls of ['package.nls.json', 'package.nls.ko.json']) {
            const entries = JSON.parse(read(nls)) as Record<string, string>;
            expect(keys.filter((k) => !(k in entries)), nls).toEqual([]);
        }
    });
});
