// The two languages the product speaks. Server messages follow the client's
// locale (LSP `initialize.locale`); the CLI takes `--locale` or `LANG`.
export type Locale = 'en' | 'ko';

export function resolveLocale(tag: string | undefined): Locale {
    return tag && /^ko\b|^ko[-_]/i.test(tag.trim()) ? 'ko' : 'en';
}
