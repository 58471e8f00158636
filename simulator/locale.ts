// The two languages the product speaks, declared once for every layer: the
// simulator's sentences, the change plan, the server's messages, the failover
// view and the CLI all take this Locale.

export const LOCALES = ['en', 'ko'] as const;

export type Locale = (typeof LOCALES)[number];

/** Whether a value from outside (a setting, a request) names one of the LOCALES. */
export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** The locale of a BCP 47 tag or a POSIX `LANG` value (`ko`, `ko-KR`, `ko_KR.UTF-8`); English otherwise. */
export function resolveLocale(tag: string | undefined): Locale {
    return tag && /^ko\b|^ko[-_]/i.test(tag.trim()) ? 'ko' : 'en';
}

/** The entry of a per-language table (a catalogue, a phrasebook) for `locale`. */
export const byLocale = <T>(table: Readonly<Record<Locale, T>>, locale: Locale): T => table[locale];
