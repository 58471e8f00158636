// The user's `kafkaTopology.*` settings as the server sees them (package.json
// `contributes.configuration` documents them). They arrive with `initialize`
// and with every configuration change; a change re-validates open documents.
import type { Profile } from '../validation/issue-codes.js';
import { isLocale, type Locale } from '../messages/locale.js';

export interface KafkaTopologySettingsValues {
    /** The profile of a cluster that declares none. */
    readonly defaultProfile: Profile;
    /** Fault-tolerance analysis, scenario runs and assignment lenses (the simulator's work). */
    readonly analysis: boolean;
    /** 'auto' follows the client's locale. */
    readonly language: 'auto' | Locale;
    /** The git revision change-safety diagnostics compare with (`kafkaTopology.changeSafety.base`); 'off' disables them. */
    readonly changeSafetyBase: string;
}

export const DEFAULT_SETTINGS: KafkaTopologySettingsValues = { defaultProfile: 'production', analysis: true, language: 'auto', changeSafetyBase: 'HEAD' };

export class KafkaTopologySettings {
    private values: KafkaTopologySettingsValues = DEFAULT_SETTINGS;

    get current(): KafkaTopologySettingsValues {
        return this.values;
    }

    /** Applies a `kafkaTopology` settings object; returns whether anything changed. */
    update(raw: unknown): boolean {
        const next = normalize(raw, this.values);
        const changed = JSON.stringify(next) !== JSON.stringify(this.values);
        this.values = next;
        return changed;
    }
}

function normalize(raw: unknown, fallback: KafkaTopologySettingsValues): KafkaTopologySettingsValues {
    if (typeof raw !== 'object' || raw === null) return fallback;
    const r = raw as Record<string, unknown>;
    const analysis = typeof r.analysis === 'object' && r.analysis !== null ? (r.analysis as Record<string, unknown>).enabled : r['analysis.enabled'];
    return {
        defaultProfile: r.defaultProfile === 'development' || r.defaultProfile === 'production' ? r.defaultProfile : fallback.defaultProfile,
        analysis: typeof analysis === 'boolean' ? analysis : fallback.analysis,
        language: isLocale(r.language) || r.language === 'auto' ? r.language : fallback.language,
        changeSafetyBase: changeSafetyBaseOf(r) ?? fallback.changeSafetyBase
    };
}

function changeSafetyBaseOf(r: Record<string, unknown>): string | undefined {
    const base = typeof r.changeSafety === 'object' && r.changeSafety !== null ? (r.changeSafety as Record<string, unknown>).base : r['changeSafety.base'];
    return typeof base === 'string' && base.trim() !== '' ? base.trim() : undefined;
}
