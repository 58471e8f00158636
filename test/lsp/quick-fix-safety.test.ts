// Quick fixes leave the file better (issue 9, item 8): every fix offered, once
// applied, removes its diagnostic, adds no error and no more warnings than it
// removes — checked for every diagnostic of every sample and for the fixes
// that once made things worse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { kafkaFiles, REPO } from '../support/markers.js';
import { language, reset, validate } from '../support/language.js';

afterEach(reset);

interface Applied {
    readonly title: string;
    readonly preferred: boolean;
    readonly text: string;
}

async function fixesOf(text: string, diagnostic: Diagnostic, document: Awaited<ReturnType<typeof validate>>['document']): Promise<Applied[]> {
    const actions = (await language.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] }
    })) as CodeAction[];
    const source = TextDocument.create('file:///fix.kafka', 'kafka-topology', 1, text);
    return actions.map((a) => ({ title: a.title, preferred: a.isPreferred === true, text: TextDocument.applyEdits(source, Object.values(a.edit!.changes!)[0]) }));
}

const errorCounts = (ds: readonly Diagnostic[]) => {
    const counts = new Map<string, number>();
    for (const d of ds) if ((d.severity ?? 1) === 1) counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
    return counts;
};
const warnings = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === 2).length;

/** What each offered fix made worse: its diagnostic still there as often, or a new error or warning. */
async function regressions(text: string): Promise<string[]> {
    const { document, diagnostics } = await validate(text);
    const problems: string[] = [];
    const offered: Array<[Diagnostic, Applied[]]> = [];
    for (const diagnostic of diagnostics) offered.push([diagnostic, await fixesOf(text, diagnostic, document)]);
    const before = errorCounts(diagnostics);
    const count = (ds: readonly Diagnostic[], code: unknown) => ds.filter((d) => d.code === code).length;
    for (const [diagnostic, fixes] of offered) {
        for (const fix of fixes) {
            await reset();
            const after = (await validate(fix.text)).diagnostics;
            if (count(after, diagnostic.code) >= count(diagnostics, diagnostic.code)) problems.push(`'${fix.title}' leaves ${diagnostic.code}`);
            for (const [code, n] of errorCounts(after)) {
                if (n > (before.get(code) ?? 0)) problems.push(`'${fix.title}' (for ${diagnostic.code}) adds ${code}`);
            }
            if (warnings(after) > warnings(diagnostics)) problems.push(`'${fix.title}' (for ${diagnostic.code}) adds warnings`);
        }
    }
    return problems;
}

describe('every fix offered on the samples', () => {
    test.each(kafkaFiles(join(REPO, 'samples')))('%s', async (file) => {
        expect(await regressions(readFileSync(file, 'utf8'))).toEqual([]);
    }, 120_000);
});

const c = (...items: string[]) => `cluster c {\n${items.map((i) => `    ${i}\n`).join('')}}\n`;

describe('fixes that once made things worse', () => {
    test('retention.hours = 7d: the suggestion takes a duration (retention.ms), not retention.bytes', async () => {
        const text = c('brokers 1..3', 'topic t { replication-factor 3 min-insync-replicas 2 config { retention.hours = 7d } }');
        const { document, diagnostics } = await validate(text);
        const fixes = await fixesOf(text, diagnostics.find((d) => d.code === 'unknown-config')!, document);
        expect(fixes.map((f) => f.title)).toEqual(['Replace with retention.ms']);
        expect(await regressions(text)).toEqual([]);
    });

    test('the suggested key is already set: merge into it instead of a duplicate-property', async () => {
        const text = c('brokers 1..3', 'topic t { replication-factor 3 min-insync-replicas 2 config { retention.ms = 1d retention.msec = 7d } }');
        const { document, diagnostics } = await validate(text);
        const [merge] = await fixesOf(text, diagnostics.find((d) => d.code === 'unknown-config')!, document);
        expect(merge.title).toBe('Merge into the existing retention.ms (set it to 7d)');
        expect(merge.text).toMatch(/config \{ retention\.ms = 7d\s*\}/);
        expect(await regressions(text)).toEqual([]);
    });

    test('quorum-even: removing a broker that a topic needs is not offered', async () => {
        const text = c('profile production', 'broker 1', 'broker 2', 'topic t { replication-factor 2 min-insync-replicas 1 }');
        const { document, diagnostics } = await validate(text);
        const fixes = await fixesOf(text, diagnostics.find((d) => d.code === 'quorum-even')!, document);
        expect(fixes.map((f) => f.title)).not.toContain('Remove broker 2');
        expect(fixes.length).toBeGreaterThan(0);
        expect(await regressions(text)).toEqual([]);
    });

    test('a topic with an explicit assignment: setting replication-factor 3 alone is not offered', async () => {
        const text = c('brokers 1..3', 'topic t { assignment { 0: [1, 2] } }');
        const { document, diagnostics } = await validate(text);
        const fixes = await fixesOf(text, diagnostics.find((d) => d.code === 'replication-factor-too-low')!, document);
        expect(fixes.map((f) => f.title)).toEqual([]);
        expect(await regressions(text)).toEqual([]);
    });

    test('replication factor beyond 4 brokers in 2 racks: what is offered adds no warning (RF 4 alone would: min ISR 1)', async () => {
        const text = c('brokers 1..4 { racks "a", "b" }', 'controllers 3', 'topic t { replication-factor 5 }');
        const { document, diagnostics } = await validate(text);
        const fixes = await fixesOf(text, diagnostics.find((d) => d.code === 'replication-factor-exceeds-brokers')!, document);
        expect(fixes.length).toBeGreaterThan(0);
        expect(fixes.filter((f) => f.preferred)).toHaveLength(1);
        expect(await regressions(text)).toEqual([]);
    });

    test('invalid-min-insync on RF 3: min ISR 1 would be min-insync-too-low, so 2 is offered', async () => {
        const text = c('brokers 1..3', 'topic t { replication-factor 3 min-insync-replicas 0 }');
        const { document, diagnostics } = await validate(text);
        const fixes = await fixesOf(text, diagnostics.find((d) => d.code === 'invalid-min-insync')!, document);
        expect(fixes.map((f) => f.title)).toEqual(['Set min-insync-replicas 2']);
    });
});
