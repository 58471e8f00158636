// `config { key = value }` entries: unknown-config, invalid-config-value,
// config-shadows-property, unclean-election-enabled.
import { AstUtils, type ValidationAcceptor } from 'langium';
import { isConfigBlock, isDefaults, isMinInsyncReplicasProperty, isNumberValue, isTopic, type ConfigEntry } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { configEntryText, readConfigEntry } from '../model/config-values.js';
import { TOPIC_CONFIGS } from '../model/topic-configs.js';
import { nearest } from '../util/did-you-mean.js';
import { IssueCodes } from './issue-codes.js';
import type { DiagnosticReporter } from './reporter.js';

/** Broker-level names people write where the topic-level one is meant. */
const BROKER_SYNONYMS: ReadonlyMap<string, string> = new Map(
    [...TOPIC_CONFIGS.values()].flatMap((d) => (d.brokerKey ? [[d.brokerKey, d.key] as const] : []))
);

/** Broker keys in another unit: the fix writes the number with that unit (`log.retention.hours = 168` → `retention.ms = 168h`). */
const BROKER_SYNONYMS_IN_UNITS: ReadonlyMap<string, { key: string; unit: string }> = new Map([
    ['log.retention.hours', { key: 'retention.ms', unit: 'h' }],
    ['log.retention.minutes', { key: 'retention.ms', unit: 'm' }],
    ['log.roll.hours', { key: 'segment.ms', unit: 'h' }]
]);

/** Properties of the language that a config key would set a second time. */
const SHADOWED: ReadonlyMap<string, { keyword: string; guard: (item: unknown) => boolean }> = new Map([
    ['min.insync.replicas', { keyword: 'min-insync-replicas', guard: isMinInsyncReplicasProperty }]
]);

/**
 * The topic config meant by an unknown key: a broker-level synonym, else the
 * nearest key that takes the entry's value (`retention.hours = 7d` wants a
 * duration: retention.ms, not retention.bytes).
 */
export function suggestConfigKey(key: string, entry?: ConfigEntry): string | undefined {
    const fits = (candidate: string) => !entry || readConfigEntry(entry, TOPIC_CONFIGS.get(candidate)!).ok;
    return BROKER_SYNONYMS.get(key) ?? BROKER_SYNONYMS_IN_UNITS.get(key)?.key
        ?? (key.startsWith('log.') && TOPIC_CONFIGS.has(key.slice(4)) ? key.slice(4) : undefined)
        ?? nearest(key, [...TOPIC_CONFIGS.keys()].filter(fits));
}

/** The entry of `key` the block already has elsewhere (then the fix merges instead of adding a duplicate). */
function existingEntry(entry: ConfigEntry, key: string): ConfigEntry | undefined {
    const block = AstUtils.getContainerOfType(entry, (n) => isTopic(n) || isDefaults(n));
    if (!block || !(isTopic(block) || isDefaults(block))) return undefined;
    return block.items.filter(isConfigBlock).flatMap((c) => c.entries).find((e) => e !== entry && e.key === key);
}

/** The fix for an unknown key: the suggested key, and the value rewritten when the unit differs. */
function keyFix(entry: ConfigEntry, suggestion: string): Record<string, string> {
    const inUnits = BROKER_SYNONYMS_IN_UNITS.get(entry.key);
    if (!inUnits) return { replaceKey: suggestion };
    const [value] = entry.values;
    return entry.values.length === 1 && isNumberValue(value) && Number.isInteger(value.value) && value.value >= 0
        ? { replaceKey: suggestion, replaceValue: `${value.value}${inUnits.unit}` }
        : {};
}

export class TopicConfigValidator {
    protected readonly reporter: DiagnosticReporter;

    constructor(services: KafkaTopologyCoreServices) {
        this.reporter = services.kafka.Reporter;
    }

    checkConfigEntry(entry: ConfigEntry, accept: ValidationAcceptor): void {
        if (entry.key === undefined) return;
        const def = TOPIC_CONFIGS.get(entry.key);
        if (!def) {
            const suggestion = suggestConfigKey(entry.key, entry);
            const existing = suggestion ? existingEntry(entry, suggestion) : undefined;
            const fix = suggestion ? keyFix(entry, suggestion) : undefined;
            this.reporter.report(accept, {
                code: IssueCodes.UnknownConfig, variant: suggestion ? 'suggest' : undefined, node: entry,
                args: { key: entry.key, suggestion: suggestion ?? '' },
                fix: fix && existing ? { ...fix, mergeInto: suggestion } : fix
            });
            return;
        }
        const reading = readConfigEntry(entry, def);
        if (!reading.ok) {
            this.reporter.report(accept, { code: IssueCodes.InvalidConfigValue, variant: reading.variant, node: entry, args: reading.args });
            return;
        }
        if (def.key === 'unclean.leader.election.enable' && reading.value === true) {
            this.reporter.report(accept, { code: IssueCodes.UncleanElectionEnabled, node: entry, fix: { value: 'false' } });
        }
        this.checkShadowing(entry, accept);
    }

    protected checkShadowing(entry: ConfigEntry, accept: ValidationAcceptor): void {
        const shadowed = SHADOWED.get(entry.key);
        const block = AstUtils.getContainerOfType(entry, (n) => isTopic(n) || isDefaults(n));
        if (!shadowed || !block || !(isTopic(block) || isDefaults(block))) return;
        const property = block.items.filter(shadowed.guard).at(-1) as { value?: number } | undefined;
        if (!property) return;
        this.reporter.report(accept, {
            code: IssueCodes.ConfigShadowsProperty, node: entry,
            args: { key: entry.key, value: configEntryText(entry), property: shadowed.keyword, propertyValue: property.value ?? '' },
            fix: { removeEntry: true }
        });
    }
}
