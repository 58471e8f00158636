import { en } from './en.js';
import { ko } from './ko.js';
import { resolveParticles, resolvePlurals } from './grammar-forms.js';
import type { Locale } from './locale.js';

export type { Locale } from './locale.js';
export { byLocale, resolveLocale } from './locale.js';

/**
 * A message argument: a value, a term to translate (`{ term: 'brokers' }`), or
 * text only the caller can phrase per language (a function of the locale).
 */
export type MessageArg = string | number | { readonly term: string } | ((locale: Locale) => string);
export type MessageArgs = Readonly<Record<string, MessageArg>>;

export interface Catalogue {
    /** Message templates keyed by issue code, or `code/variant`; `{name}` placeholders. */
    readonly messages: Readonly<Record<string, string>>;
    /** Words that arguments may name with `{ term }`. */
    readonly terms: Readonly<Record<string, string>>;
}

const catalogues: Readonly<Record<Locale, Catalogue>> = { en, ko };

export function catalogue(locale: Locale): Catalogue {
    return catalogues[locale];
}

export function term(locale: Locale, key: string): string {
    return catalogues[locale].terms[key] ?? catalogues.en.terms[key] ?? key;
}

export function localize(key: string, args: MessageArgs, locale: Locale): string {
    const template = catalogues[locale].messages[key] ?? catalogues.en.messages[key];
    if (template === undefined) {
        throw new Error(`no message for '${key}'`);
    }
    const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const arg = args[name];
        if (arg === undefined) return whole;
        if (typeof arg === 'function') return arg(locale);
        if (typeof arg === 'object') return term(locale, arg.term);
        return String(arg);
    });
    return locale === 'ko' ? resolveParticles(text) : resolvePlurals(text);
}
