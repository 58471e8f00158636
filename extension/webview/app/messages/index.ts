// The failover view's own words: one catalogue per language (en.ts, ko.ts), picked by locale.
import type { Locale } from '../../../../language-server/protocol.js';
import { en } from './en.js';
import { ko } from './ko.js';
import type { Labels } from './shape.js';

export type { Labels } from './shape.js';

const catalogues: Readonly<Record<Locale, Labels>> = { en, ko };

export const labelsFor = (locale: Locale): Labels => catalogues[locale];

/** Each language by its own name, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'EN', ko: '한국어' };
