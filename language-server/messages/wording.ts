// Small formatting helpers the catalogues share (no words of their own).
import type { ToleranceBound } from '../../simulator/index.js';

const SHOWN_TOPICS = 3;

/** The first few topics, then `…` when there are more. */
export const someOf = (topics: readonly string[], total: number): string => `${topics.slice(0, SHOWN_TOPICS).join(', ')}${total > SHOWN_TOPICS ? ', …' : ''}`;

/** A fault-tolerance bound: `2`, or `at least 2` when the search stopped early. */
export const bound = (b: ToleranceBound, atLeast: string): string => (b.exact ? String(b.value) : `${atLeast} ${b.value}`);

/** An inline code span that survives backticks and table pipes in the text. */
export function code(text: string | number): string {
    const s = String(text).replace(/\|/g, '\\|');
    const fence = s.includes('`') ? '``' : '`';
    return `${fence}${fence === '``' ? ' ' : ''}${s}${fence === '``' ? ' ' : ''}${fence}`;
}

/** `'name'` as messages quote user-provided names. */
export const quote = (name: string | number | undefined): string => `'${name ?? ''}'`;

/** Names or ids as code spans, separated by commas. */
export const codeList = (items: readonly (string | number)[]): string => items.map(code).join(', ');
