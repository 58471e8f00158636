// A config entry's hover: Kafka's documentation of the key and, for a duration
// or size, what the written value amounts to.
import type { ConfigEntry } from '../../generated/ast.js';
import { catalogue, type Locale } from '../../messages/index.js';
import { configEntryText, readConfigEntry } from '../../model/config-values.js';
import { TOPIC_CONFIGS } from '../../model/topic-configs.js';
import { nearest } from '../../util/did-you-mean.js';
import { configMarkdown, normalizedText } from '../docs/config-docs.js';

export function configHover(entry: ConfigEntry, locale: Locale): string | undefined {
    if (entry.key === undefined) return undefined;
    const p = catalogue(locale).hover;
    const def = TOPIC_CONFIGS.get(entry.key);
    if (!def) return p.unknownConfig(entry.key, nearest(entry.key, TOPIC_CONFIGS.keys()));
    const parts = [configMarkdown(def, locale)];
    if (entry.values.length > 0) {
        const reading = readConfigEntry(entry, def);
        const text = configEntryText(entry);
        if (reading.ok && typeof reading.value === 'number' && def.unit && text !== String(reading.value)) {
            parts.push(p.here(text, normalizedText(reading.value, def)));
        }
    }
    return parts.join('\n\n');
}
