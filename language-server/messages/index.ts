// The server's words: one catalogue per language (en.ts, ko.ts), picked by locale.
import { en } from './en.js';
import { ko } from './ko.js';
import { resolveParticles, resolvePlurals } from './grammar-forms.js';
import { byLocale, type Locale } from './locale.js';

export type { Locale } from './locale.js';
export { byLocale, isLocale, resolveLocale } from './locale.js';
export type { ConceptText, FailoverMessages, HintTexts, InheritedSetting, NodeKind, Phrases, RenameTexts, SymbolDetails } from './shape.js';

/**
 * A message argument: a value, a term to translate (`{ term: 'brokers' }`), or
 * text only the caller can phrase per language (a function of the locale).
 */
export type MessageArg = string | number | { readonly term: string } | ((locale: Locale) => string);
export type MessageArgs = Readonly<Record<string, MessageArg>>;

/**
 * The English catalogue's shape: `messages` (templates keyed by issue code or
 * `code/variant`, with `{name}` placeholders), `terms` (words an argument may
 * name with `{ term }`), and the sections of shape.ts.
 */
export type Catalogue = Wording<typeof en>;

/** A catalogue's type with every text widened to `string` (English literals are not the type). */
type Wording<T> = T extends string ? string : T extends (...args: infer A) => string ? (...args: A) => string : { readonly [K in keyof T]: Wording<T[K]> };

const catalogues: Readonly<Record<Locale, Catalogue>> = { en, ko };

export function catalogue(locale: Locale): Catalogue {
    return byLocale(catalogues, locale);
}

/** What each language resolves once placeholders are filled: English plurals, Korean particles. */
const GRAMMAR_FORMS: Readonly<Record<Locale, (text: string) => string>> = { en: resolvePlurals, ko: resolveParticles };

type Entries = Readonly<Record<string, string | undefined>>;
const termsOf = (locale: Locale): Entries => catalogue(locale).terms;
const messagesOf = (locale: Locale): Entries => catalogue(locale).messages;

export function term(locale: Locale, key: string): string {
    return termsOf(locale)[key] ?? termsOf('en')[key] ?? key;
}

export function localize(key: string, args: MessageArgs, locale: Locale): string {
    const template = messagesOf(locale)[key] ?? messagesOf('en')[key];
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
    return byLocale(GRAMMAR_FORMS, locale)(text);
}
