// The committed Langium output must be what `npm run langium:generate` makes of grammar/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { REPO } from '../support/markers.js';

const work = mkdtempSync(join(tmpdir(), 'kafka-topology-generate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('generated files are up to date with grammar/', () => {
    const config = JSON.parse(readFileSync(join(REPO, 'grammar/langium-config.json'), 'utf8'));
    copyFileSync(join(REPO, 'grammar/kafka-topology.langium'), join(work, 'kafka-topology.langium'));
    config.out = 'generated';
    config.languages[0].textMate.out = 'syntaxes/kafka-topology.tmLanguage.json';
    writeFileSync(join(work, 'langium-config.json'), JSON.stringify(config));
    execFileSync(process.execPath, [join(REPO, 'node_modules/langium-cli/bin/langium.js'), 'generate', '--file', join(work, 'langium-config.json')], { stdio: 'pipe' });
    for (const [fresh, committed] of [
        ['generated/ast.ts', 'language-server/generated/ast.ts'],
        ['generated/grammar.ts', 'language-server/generated/grammar.ts'],
        ['generated/module.ts', 'language-server/generated/module.ts'],
        ['syntaxes/kafka-topology.tmLanguage.json', 'extension/syntaxes/kafka-topology.tmLanguage.json']
    ]) {
        expect(readFileSync(join(REPO, committed), 'utf8'), `${committed} is stale: run npm run langium:generate`).toBe(readFileSync(join(work, fresh), 'utf8'));
    }
});
