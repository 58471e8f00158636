// Writing names and values as `.kafka` tokens: bare when the lexer reads them
// as one ID that is not a keyword, quoted otherwise.
import { AstUtils, GrammarAST } from 'langium';
import { KafkaTopologyGrammar } from '../language-server/generated/grammar.js';

let keywords: ReadonlySet<string> | undefined;

/** Every keyword of the grammar as generated (so the import follows grammar changes). */
export function grammarKeywords(): ReadonlySet<string> {
    return (keywords ??= new Set(AstUtils.streamAst(KafkaTopologyGrammar()).filter(GrammarAST.isKeyword).map((k) => k.value).toArray()));
}

const ID = /^[A-Za-z_][A-Za-z0-9._-]*$/;

export function nameToken(name: string): string {
    return ID.test(name) && !grammarKeywords().has(name) ? name : quoted(name);
}

export function quoted(text: string): string {
    return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r/g, '\\r').replace(/\n/g, '\\n') + '"';
}

const DURATIONS: readonly [number, string][] = [[86_400_000, 'd'], [3_600_000, 'h'], [60_000, 'm'], [1000, 's']];
const SIZES: readonly [number, string][] = [[1024 ** 3, 'GiB'], [1024 ** 2, 'MiB'], [1024, 'KiB']];

/**
 * A config value as a `.kafka` value: durations and sizes in the largest exact
 * unit (`604800000` → `7d`), numbers and booleans bare, words of the
 * language's config-word set bare, anything else quoted.
 */
export function configValueToken(unit: 'ms' | 'bytes' | undefined, value: string, list: boolean): string {
    if (/^\d+$/.test(value) && unit !== undefined && Number.isSafeInteger(Number(value)) && Number(value) > 0) {
        const n = Number(value);
        for (const [factor, suffix] of unit === 'ms' ? DURATIONS : SIZES) if (n % factor === 0) return `${n / factor}${suffix}`;
        return value;
    }
    if (/^-?\d+(\.\d+)?$/.test(value) && Number.isSafeInteger(Math.trunc(Number(value)))) return value;
    if (value === 'true' || value === 'false') return value;
    if (list && value.includes(',') && value.split(',').every((w) => ID.test(w.trim()) && !grammarKeywords().has(w.trim()))) {
        return value.split(',').map((w) => w.trim()).join(', ');
    }
    if (ID.test(value) && (!grammarKeywords().has(value) || ['none', 'all', 'total', 'key', 'producer'].includes(value))) return value;
    return quoted(value);
}
