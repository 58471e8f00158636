// Which value the cursor is at, where the grammar only says "an INT" or "a
// name": a broker id, a rack, a config key or value, … Decided from the few
// words before the cursor, so it works on half-typed lines that do not parse.

export type CursorSlot =
    | { readonly kind: 'broker'; readonly listed: ReadonlySet<number> }
    | { readonly kind: 'controller' }
    | { readonly kind: 'acks' }
    | { readonly kind: 'rack'; readonly declaring: boolean }
    | { readonly kind: 'config-key' }
    | { readonly kind: 'config-value'; readonly key: string; readonly given: ReadonlySet<string> }
    | { readonly kind: 'record-key' }
    | { readonly kind: 'ordering-field' };

/** Enough text before the cursor to see the current line's words, without scanning the file. */
const WINDOW = 400;

const NAME = String.raw`(?:[A-Za-z_][A-Za-z0-9._-]*|"(?:\\.|[^"\\\r\n])*")`;
const STEP_TARGET = /\b(?:fail|recover)\s+(broker|controller|rack)\s*$/;
const ASSIGNMENT_ROW = /\d+\s*:\s*\[([\d\s,-]*)$/;
const CONFIG_VALUE = new RegExp(String.raw`(${NAME})\s*=\s*((?:[^\s,={}]+\s*,\s*)*)$`);
const RACK_DECLARATION = new RegExp(String.raw`\b(?:rack|racks(?:\s+${NAME}\s*,)*)\s*$`);

function unquote(text: string): string {
    return text.startsWith('"') ? text.slice(1, -1).replace(/\\(.)/g, '$1') : text;
}

/**
 * @param text the document
 * @param tokenOffset where the token being completed starts (the cursor when there is none)
 * @param terminal the terminal rule the grammar expects here: INT, ID or STRING
 * @param property the property being assigned, when Langium knows it (`key`, `values`)
 */
export function cursorSlot(text: string, tokenOffset: number, terminal: string, property: string | undefined): CursorSlot | undefined {
    // An unclosed `"` before the token is a lexer error, not part of the token: look past it.
    const before = text.slice(Math.max(0, tokenOffset - WINDOW), tokenOffset).replace(/"$/, '');
    const target = STEP_TARGET.exec(before)?.[1];
    if (terminal === 'INT') {
        if (target === 'broker') return { kind: 'broker', listed: new Set() };
        if (target === 'controller') return { kind: 'controller' };
        if (/\backs\s*$/.test(before)) return { kind: 'acks' };
        const row = ASSIGNMENT_ROW.exec(before);
        if (row) return { kind: 'broker', listed: new Set(row[1].split(',').map((s) => Number(s.trim())).filter(Number.isInteger)) };
        return undefined;
    }
    if (terminal !== 'ID' && terminal !== 'STRING') return undefined;
    if (target === 'rack') return { kind: 'rack', declaring: false };
    if (target !== undefined) return undefined;
    if (property === 'key') return { kind: 'config-key' };
    const value = CONFIG_VALUE.exec(before);
    if (value && (property === 'values' || property === undefined)) {
        const given = value[2].split(',').map((s) => s.trim()).filter((s) => s.length > 0);
        return { kind: 'config-value', key: unquote(value[1]), given: new Set(given) };
    }
    if (RACK_DECLARATION.test(before)) return { kind: 'rack', declaring: true };
    if (/\bordering\s+key\s*$/.test(before)) return { kind: 'ordering-field' };
    if (/\bkey\s*$/.test(before)) return { kind: 'record-key' };
    return undefined;
}
