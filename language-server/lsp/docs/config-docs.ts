// Kafka's topic configs explained: the hover of a config key and the detail and
// documentation of config completion items, from TOPIC_CONFIGS.
import type { Locale } from '../../messages/locale.js';
import type { TopicConfigDefinition } from '../../model/topic-configs.js';
import { code } from './markdown.js';
import { phrases } from './phrases.js';

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
    const p = phrases(locale);
    return `${p.configType(def.type, def.unit)} · ${p.defaultValue(defaultText(def))}`;
}

/** The values a key accepts (enums and booleans). */
export function allowedValues(def: TopicConfigDefinition): readonly string[] | undefined {
    return def.type === 'boolean' ? ['true', 'false'] : def.values;
}

export function configMarkdown(def: TopicConfigDefinition, locale: Locale): string {
    const p = phrases(locale);
    const lines = [`**${def.key}** — ${configDetail(def, locale)}`, def.doc[locale]];
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

type ValueDocs = Readonly<Record<string, Readonly<Record<Locale, string>>>>;

// One line per enum value, for the completion list after `key =`.
const VALUE_DOCS: Readonly<Record<string, ValueDocs>> = {
    'cleanup.policy': {
        delete: { en: 'Delete old segments after retention.ms / retention.bytes.', ko: 'retention.ms / retention.bytes가 지나면 오래된 세그먼트를 삭제합니다.' },
        compact: { en: 'Keep only the latest record per key (a changelog / table).', ko: '키마다 최신 레코드만 남깁니다 (체인지로그 / 테이블).' }
    },
    'compression.type': {
        producer: { en: 'Keep the producer\'s codec (no recompression).', ko: '프로듀서의 압축을 그대로 둡니다 (재압축 없음).' },
        uncompressed: { en: 'Store records uncompressed.', ko: '압축하지 않고 저장합니다.' },
        zstd: { en: 'Zstandard: the best ratio at good speed.', ko: 'Zstandard: 좋은 속도에 가장 높은 압축률.' },
        lz4: { en: 'LZ4: very fast, moderate ratio.', ko: 'LZ4: 매우 빠르고 압축률은 보통.' },
        snappy: { en: 'Snappy: fast, moderate ratio.', ko: 'Snappy: 빠르고 압축률은 보통.' },
        gzip: { en: 'Gzip: high ratio, most CPU.', ko: 'Gzip: 압축률이 높지만 CPU를 가장 많이 씁니다.' }
    },
    'message.timestamp.type': {
        CreateTime: { en: 'The producer\'s timestamp of the record.', ko: '프로듀서가 정한 레코드 생성 시각.' },
        LogAppendTime: { en: 'The broker\'s time when it appended the record.', ko: '브로커가 레코드를 추가한 시각.' }
    },
    'unclean.leader.election.enable': {
        true: { en: 'Availability over durability: an out-of-sync replica may lead, and committed events are lost.', ko: '내구성보다 가용성: 동기화되지 않은 복제본이 리더가 될 수 있고 커밋된 이벤트가 유실됩니다.' },
        false: { en: 'Durability over availability: the partition waits for an in-sync replica.', ko: '가용성보다 내구성: 동기화된 복제본이 돌아올 때까지 파티션이 기다립니다.' }
    }
};

export function valueDoc(key: string, value: string, locale: Locale): string | undefined {
    return VALUE_DOCS[key]?.[value]?.[locale];
}

/** `30d` = 2592000000 ms */
export function normalizedText(value: unknown, def: TopicConfigDefinition): string {
    if (Array.isArray(value)) return value.map((v) => code(String(v))).join(', ');
    if (typeof value === 'number' && def.unit) return `${value} ${def.unit === 'ms' ? 'ms' : 'B'}`;
    return code(String(value));
}
