import { resolveLocale, type Locale } from './locale.js';

/** The language of this server's messages: the client's locale unless the user overrides it. */
export class LocaleService {
    current: Locale = 'en';

    set(tag: string | undefined): void {
        this.current = resolveLocale(tag);
    }
}
