// Kafka's topic configs explained: the hover of a config key and the detail and
// documentation of config completion items, from TOPIC_CONFIGS.
import { catalogue, type Locale } from '../../messages/index.js';
import type { TopicConfigDefinition } from '../../model/topic-configs.js';
import { code } from './markdown.js';

const LONG_MAX = '9223372036854775807';

const DURATIONS: readonly (readonly [string, number])[] = [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000]];
const SIZES: readonly (readonly [string, number])[] = [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]];

/** `604800000` ms as `7d`, `1073741824` bytes as `1GiB`; undefined when no unit divides it. */
export function humanize(value: number, unit: TopicConfigDefinition['unit']): string | undefined {
    if (!Number.isSafeInteger(value) || value <= 0) return undefined;
    const units = unit === 'ms' ? DURATIONS : unit === 'bytes' ? SIZES : [];
    for (const [suffix, size] of units) {
        if (value % size === 0) return `${value / size}${suffix}`;
    }
    return undefined;
}

/** Kafka's default as Kafka writes it, with the readable form when there is one: `604800000 (7d)`. */
export function defaultText(def: TopicConfigDefinition): string {
    if (def.defaultValue === '') return '""';
    if (def.defaultValue === LONG_MAX) return 'Long.MAX_VALUE';
    const readable = humanize(Number(def.defaultValue), def.unit);
    return readable ? `${def.defaultValue} (${readable})` : def.defaultValue;
}

/** The default as a value one would write in the file (`7d`), when writing it makes sense. */
export function defaultAsValue(def: TopicConfigDefinition): string | undefined {
    if (def.defaultValue === '' || def.defaultValue === LONG_MAX) return undefined;
    return humanize(Number(def.defaultValue), def.unit) ?? def.defaultValue;
}

/** One line: `long (milliseconds) · default 604800000 (7d)`. */
export function configDetail(def: TopicConfigDefinition, locale: Locale): string {
    const p = catalogue(locale).hover;
    return `${p.configType(def.type, def.unit)} · ${p.defaultValue(defaultText(def))}`;
}

/** The values a key accepts (enums and booleans). */
export function allowedValues(def: TopicConfigDefinition): readonly string[] | undefined {
    return def.type === 'boolean' ? ['true', 'false'] : def.values;
}

export function configMarkdown(def: TopicConfigDefinition, locale: Locale): string {
    const p = catalogue(locale).hover;
    const lines = [`**${def.key}** — ${configDetail(def, locale)}`, configDoc(def.key, locale)];
    const facts: string[] = [];
    const values = allowedValues(def);
    if (values) facts.push(p.values(values, def.type === 'list'));
    if (def.unit === 'ms') facts.push(p.durationInput);
    if (def.unit === 'bytes') facts.push(p.sizeInput);
    if (def.min !== undefined && def.max !== undefined) facts.push(p.between(def.min, def.max));
    else if (def.min !== undefined) facts.push(p.atLeast(def.min));
    if (def.brokerKey) facts.push(p.clusterWide(def.brokerKey));
    if (facts.length > 0) lines.push(facts.join(' '));
    return lines.join('\n\n');
}

export function valueDoc(key: string, value: string, locale: Locale): string | undefined {
    const docs: Readonly<Record<string, Readonly<Record<string, string | undefined>> | undefined>> = catalogue(locale).configValues;
    return docs[key]?.[value];
}

/** A config's one line of documentation. */
export function configDoc(key: string, locale: Locale): string {
    const docs: Readonly<Record<string, string | undefined>> = catalogue(locale).configs;
    return docs[key] ?? '';
}

/** `30d` = 2592000000 ms */
export function normalizedText(value: unknown, def: TopicConfigDefinition): string {
    if (Array.isArray(value)) return value.map((v) => code(String(v))).join(', ');
    if (typeof value === 'number' && def.unit) return `${value} ${def.unit === 'ms' ? 'ms' : 'B'}`;
    return code(String(value));
}
