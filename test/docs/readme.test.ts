// The README's rules table is a promise: every code, with its severities and fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ALL_ISSUE_CODES, IssueDefinitions } from '../../language-server/validation/issue-codes.js';
import { REPO } from '../support/markers.js';

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
const SEVERITY = { error: 'E', warning: 'W', info: 'I', hint: 'H', none: 'none' } as const;

test('the README lists every rule with its severity and quick fix', () => {
    const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
    const rows = new Map([...table.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \| ([^|]*) \|/gm)].map((m) => [m[1], { severity: m[2].trim(), fix: m[3].trim() }]));
    expect([...rows.keys()].sort()).toEqual([...ALL_ISSUE_CODES].sort());
    for (const code of ALL_ISSUE_CODES) {
        const d = IssueDefinitions[code];
        const severity = SEVERITY[d.severity] + (d.development ? ` [${SEVERITY[d.development]}]` : '');
        expect(rows.get(code), code).toEqual({ severity, fix: d.fixable ? '✓' : '' });
    }
});

test('the README names the commands package.json defines', () => {
    const scripts = Object.keys(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).scripts);
    for (const command of readme.matchAll(/`npm (?:run )?([a-z:-]+)/g)) {
        const name = command[1];
        if (['install', 'link', 'test', 'start'].includes(name)) continue;
        expect(scripts, `npm run ${name}`).toContain(name);
    }
    expect(scripts).toEqual(expect.arrayContaining(['test', 'start']));
});
