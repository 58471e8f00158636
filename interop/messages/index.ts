// The change plan's words: one catalogue per language (en.ts, ko.ts), picked by locale.
import { byLocale, type Locale } from '../../simulator/index.js';
import type { ChangeCode } from '../change-codes.js';
import { en, type PlanArgs } from './en.js';
import { ko } from './ko.js';

export function planMessage(locale: Locale, code: ChangeCode, args: PlanArgs): string {
    return byLocale({ en, ko }, locale)[code](args);
}

export function percent(share: number): string {
    return `${Math.round(share * 10000) / 100} %`;
}
