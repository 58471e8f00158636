// Config values in Kafka's own units and spelling: what kafka-configs prints
// and what every export writes (`7d` → `604800000`, `64MiB` → `67108864`,
// `compact, delete` → `compact,delete`).
import type { ConfigEntry } from '../language-server/generated/ast.js';
import { configEntryText, readConfigEntry } from '../language-server/model/config-values.js';
import { TOPIC_CONFIGS } from '../language-server/model/topic-configs.js';

/** The entry's value as Kafka writes it; unknown keys and invalid values keep the file's text (unquoted). */
export function kafkaConfigValue(entry: ConfigEntry): string {
    const def = TOPIC_CONFIGS.get(entry.key);
    if (def) {
        const reading = readConfigEntry(entry, def);
        if (reading.ok) return kafkaValueText(reading.value);
    }
    return configEntryText(entry)
        .split(/\s*,\s*/)
        .map((part) => (part.startsWith('"') ? part.slice(1, -1).replace(/\\(.)/g, '$1') : part))
        .join(',');
}

export function kafkaValueText(value: number | boolean | string | readonly string[]): string {
    if (Array.isArray(value)) return value.join(',');
    return String(value);
}

/**
 * Two values of one key compared as Kafka compares them: lists as sets of
 * words, numbers by value (`1.0` = `1`), otherwise the text.
 */
export function sameConfigValue(key: string, a: string, b: string): boolean {
    if (a === b) return true;
    const def = TOPIC_CONFIGS.get(key);
    if (def?.type === 'list') return sameWords(a, b);
    if (/^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(b)) return Number(a) === Number(b);
    return false;
}

function sameWords(a: string, b: string): boolean {
    const words = (s: string) => [...new Set(s.split(',').map((w) => w.trim()).filter(Boolean))].sort().join(',');
    return words(a) === words(b);
}

/** Kafka's default value of a topic config (undefined for keys this model does not know). */
export function kafkaDefault(key: string): string | undefined {
    return TOPIC_CONFIGS.get(key)?.defaultValue;
}
