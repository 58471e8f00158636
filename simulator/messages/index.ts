// Observations and events in words, English or Korean.

import type { ClusterBuildError, SkippedTopicReason } from '../cluster.js';
import type { SimEvent, TopicEventSummary } from '../events.js';
import type { Observation } from '../expectations.js';
import type { StepError } from '../steps.js';
import { en } from './en.js';
import { ko } from './ko.js';
import { byLocale, type Locale } from '../locale.js';
import type { Phrasebook } from './phrasebook.js';

export type { Phrasebook } from './phrasebook.js';

const books: Readonly<Record<Locale, Phrasebook>> = { en, ko };
const book = (locale: Locale): Phrasebook => byLocale(books, locale) ?? en;

/** What an expectation saw, e.g. "order-created P1: leader 3, ISR [3] < min ISR 2". */
export const describeObservation = (observation: Observation, locale: Locale = 'en'): string => book(locale).observation(observation);

/** One failover-log line, e.g. "Broker 1 failed → order-created P0: leader 1 → 2, ...". */
export const describeEvent = (event: SimEvent, locale: Locale = 'en'): string => book(locale).event(event);

/** One line per topic for steps that touch many partitions (see summarizeEvents). */
export const describeTopicSummary = (summary: TopicEventSummary, locale: Locale = 'en'): string => book(locale).topicSummary(summary);

export const describeStepError = (error: StepError, locale: Locale = 'en'): string => book(locale).stepError(error);

export const describeBuildError = (error: ClusterBuildError, locale: Locale = 'en'): string => book(locale).buildError(error);

export const describeSkippedTopic = (reason: SkippedTopicReason, locale: Locale = 'en'): string => book(locale).skippedTopic(reason);
