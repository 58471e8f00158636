// Reads a `config { key = value }` entry against Kafka's definition of the key:
// either the normalised value or why it is not valid.
import { isBooleanValue, isNumberValue, isQuantityValue, isStringValue, type ConfigEntry, type ConfigValue } from '../generated/ast.js';
import { parseQuantity } from './quantities.js';
import { typeBounds, type TopicConfigDefinition } from './topic-configs.js';

export type ConfigReading =
    | { readonly ok: true; readonly value: number | boolean | string | readonly string[] }
    | { readonly ok: false; readonly variant: string; readonly args: Readonly<Record<string, string | number>> };

/** The value as the user wrote it (quantities and quotes kept). */
export function configValueText(value: ConfigValue): string {
    return value.$cstNode?.text ?? '';
}

export function configEntryText(entry: ConfigEntry): string {
    return entry.values.map(configValueText).join(', ');
}

function stringOf(value: ConfigValue): string | undefined {
    if (isStringValue(value)) return unquote(value.text);
    if (isBooleanValue(value)) return String(value.value);
    if (isNumberValue(value)) return value.$cstNode?.text.replace(/\s+/g, '') ?? String(value.value);
    if (isQuantityValue(value)) return value.text;
    return value.text;
}

function unquote(text: string): string {
    return text.startsWith('"') ? text.slice(1, -1).replace(/\\(.)/g, '$1') : text;
}

function numberOf(value: ConfigValue, def: TopicConfigDefinition): ConfigReading {
    const text = configValueText(value);
    const fail = (variant: string, extra: Record<string, string | number> = {}): ConfigReading => ({
        ok: false, variant, args: { key: def.key, value: text, ...extra }
    });
    let n: number;
    if (isNumberValue(value)) {
        n = value.value;
    } else if (isQuantityValue(value)) {
        const q = parseQuantity(value.text);
        if (q.kind === 'unknown-unit') return fail('unit', { unit: q.unit });
        if (def.unit === 'ms' && q.kind !== 'duration') return fail('duration');
        if (def.unit === 'bytes' && q.kind !== 'size') return fail('size');
        if (def.unit === undefined) return fail(def.type === 'double' ? 'number' : 'integer');
        n = q.value;
    } else if (isStringValue(value) && /^-?\d+(\.\d+)?$/.test(unquote(value.text))) {
        n = Number(unquote(value.text));
    } else {
        return fail(def.unit === 'ms' ? 'duration' : def.unit === 'bytes' ? 'size' : def.type === 'double' ? 'number' : 'integer');
    }
    if (def.type !== 'double' && !Number.isInteger(n)) return fail('integer');
    const bounds = typeBounds(def.type);
    const min = def.min ?? bounds?.min;
    const max = def.max ?? bounds?.max;
    if (def.min !== undefined && def.max !== undefined && (n < def.min || n > def.max)) return fail('range', { min: def.min, max: def.max });
    if (min !== undefined && n < min) return fail('min', { min });
    if (max !== undefined && n > max) return fail('range', { min: min ?? 0, max });
    return { ok: true, value: n };
}

export function readConfigEntry(entry: ConfigEntry, def: TopicConfigDefinition): ConfigReading {
    const text = configEntryText(entry);
    const fail = (variant: string, extra: Record<string, string | number> = {}): ConfigReading => ({
        ok: false, variant, args: { key: def.key, value: text, ...extra }
    });
    const values = entry.values;
    if (def.type === 'list') {
        const words = values.flatMap((v) => (stringOf(v) ?? '').split(',')).map((w) => w.trim()).filter((w) => w.length > 0);
        if (def.values) {
            const bad = words.find((w) => !def.values!.includes(w));
            if (bad !== undefined || words.length === 0) return fail('list', { expected: def.values.join(', ') });
        }
        return { ok: true, value: words };
    }
    if (values.length !== 1) return fail('single');
    const [value] = values;
    switch (def.type) {
        case 'boolean': {
            if (isBooleanValue(value)) return { ok: true, value: value.value };
            const word = stringOf(value);
            if (word === 'true' || word === 'false') return { ok: true, value: word === 'true' };
            return fail('boolean');
        }
        case 'string': {
            if (isNumberValue(value) && !def.values) return { ok: true, value: stringOf(value) ?? '' };
            const word = stringOf(value) ?? '';
            if (def.values && !def.values.includes(word)) return fail('enum', { expected: def.values.join(', ') });
            return { ok: true, value: word };
        }
        default:
            return numberOf(value, def);
    }
}
