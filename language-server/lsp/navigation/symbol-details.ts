// The details next to outline entries ("3 partitions · RF 3 · min ISR 2"), in English and Korean.
import type { Locale } from '../../messages/locale.js';

export interface SymbolDetails {
    partitions(count: number): string;
    brokers(count: number): string;
    rack(name: string): string;
    racks(names: readonly string[]): string;
    members(count: number): string;
    steps(count: number): string;
}

const en: SymbolDetails = {
    partitions: (n) => `${n} partition${n === 1 ? '' : 's'}`,
    brokers: (n) => `${n} broker${n === 1 ? '' : 's'}`,
    rack: (name) => `rack ${name}`,
    racks: (names) => `racks ${names.join(', ')}`,
    members: (n) => `${n} member${n === 1 ? '' : 's'}`,
    steps: (n) => `${n} step${n === 1 ? '' : 's'}`
};

const ko: SymbolDetails = {
    partitions: (n) => `파티션 ${n}개`,
    brokers: (n) => `브로커 ${n}대`,
    rack: (name) => `랙 ${name}`,
    racks: (names) => `랙 ${names.join(', ')}`,
    members: (n) => `멤버 ${n}명`,
    steps: (n) => `단계 ${n}개`
};

export function symbolDetails(locale: Locale): SymbolDetails {
    return locale === 'ko' ? ko : en;
}

/** "3 partitions · RF 3 · min ISR 2"; settings left out are not shown. */
export function settingsDetail(
    details: SymbolDetails,
    settings: { readonly partitions?: number; readonly replicationFactor?: number; readonly minInsyncReplicas?: number }
): string {
    const parts: string[] = [];
    if (settings.partitions !== undefined) parts.push(details.partitions(settings.partitions));
    if (settings.replicationFactor !== undefined) parts.push(`RF ${settings.replicationFactor}`);
    if (settings.minInsyncReplicas !== undefined) parts.push(`min ISR ${settings.minInsyncReplicas}`);
    return parts.join(' · ');
}
