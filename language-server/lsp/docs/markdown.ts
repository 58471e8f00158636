// Small markdown builders for hovers and completion documentation.
export { code } from '../../messages/wording.js';

/** Plain text for a table cell. */
export function cell(text: string): string {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Ends every cell but the last of a row: VS Code draws hover tables without
 * cell padding, so columns would touch ("unclean leader electionfalse").
 * An entity, because a table cell's own spaces are trimmed.
 */
export const CELL_GAP = '&emsp;';

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
    const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => (i < cells.length - 1 ? c + CELL_GAP : c)).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** At most `max` items, then `more(rest)`: hovers stay short on large clusters. */
export function capped<T>(items: readonly T[], max: number, render: (item: T) => string, more: (rest: number) => string, separator = ', '): string {
    const shown = items.slice(0, max).map(render);
    if (items.length > max) shown.push(more(items.length - max));
    return shown.join(separator);
}
