// The `$kafka-topology` problem matcher contributed in package.json, run as VS
// Code runs it (its regexp on each output line, the capture groups as file,
// line, column, severity, code, message) on the real text output of
// `kafka-topology check`: every diagnostic line is matched, to exactly what the
// JSON output says, and the summary line is not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';
import { REPO } from '../support/markers.js';

interface Matcher {
    readonly name: string;
    readonly owner: string;
    readonly fileLocation: readonly string[];
    readonly pattern: { readonly regexp: string; readonly file: number; readonly line: number; readonly column: number; readonly severity: number; readonly code: number; readonly message: number };
}

const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const matcher: Matcher = manifest.contributes.problemMatchers.find((m: Matcher) => m.name === 'kafka-topology');
const regexp = new RegExp(matcher.pattern.regexp);

function match(line: string) {
    const m = regexp.exec(line);
    if (!m) return undefined;
    const p = matcher.pattern;
    return { file: m[p.file], line: Number(m[p.line]), column: Number(m[p.column]), severity: m[p.severity], code: m[p.code], message: m[p.message] };
}

describe('the kafka-topology problem matcher', () => {
    test.each(['en', 'ko'])('matches every diagnostic of check on the samples (%s), as the JSON output gives them', (locale) => {
        const dir = join(REPO, 'samples');
        const text = runCli(['check', dir, '--locale', locale]).stdout.split('\n').filter((l) => l.trim() !== '');
        const json = JSON.parse(runCli(['check', dir, '--locale', locale, '--format', 'json']).stdout) as { file: string; line: number; column: number; severity: string; code: string; message: string }[];
        expect(json.length).toBeGreaterThan(10);
        const matched = text.map(match).filter((m) => m !== undefined);
        expect(matched).toEqual(json.map(({ file, line, column, severity, code, message }) => ({ file, line, column, severity, code, message })));
        // The last line is the summary ("4 file(s) checked: …"), never a problem.
        expect(match(text.at(-1)!)).toBeUndefined();
        expect(text.length).toBe(json.length + 1);
    }, 120_000);

    test('is contributed with an owner, a workspace-relative or absolute file location, and a label', () => {
        expect(matcher.owner).toBe('kafka-topology');
        expect(matcher.fileLocation).toEqual(['autoDetect', '${workspaceFolder}']);
        expect(manifest.contributes.problemMatchers[0].label).toBe('%problemMatcher.label%');
        expect(match('/abs/path/x.kafka:3:9 warning quorum-even 4 quorum voters')).toMatchObject({ file: '/abs/path/x.kafka', line: 3, column: 9, code: 'quorum-even' });
    });
});
