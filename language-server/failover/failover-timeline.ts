// A timeline run through the simulator (runTimeline: which items still apply,
// the state at the position, the last applied step), told in words: a log per
// applied step, a described observation per applied expectation, the text of
// each dropped item.
import { describeObservation, formatScenarioLine, runTimeline, type ClusterModel, type ClusterState, type Step } from '../../simulator/index.js';
import type { Locale, TimelineEntry, TimelineItem } from '../protocol.js';
import { explainStep } from './failover-explanations.js';

export interface TimelineRun {
    /** The items that apply, in order. */
    readonly items: TimelineItem[];
    /** How many of `items` are applied. */
    readonly position: number;
    readonly dropped: string[];
    readonly timeline: TimelineEntry[];
    /** The state after the applied items. */
    readonly state: ClusterState;
    /** The last applied step and the state before it (what changed is told against it). */
    readonly last?: { readonly step: Step; readonly before: ClusterState };
}

export const itemText = (item: TimelineItem): string => item.text ?? formatScenarioLine(item);

/** Display text: expectations always read `expect ...`, whatever the scenario source kept. */
export const entryText = (item: TimelineItem): string => (item.kind === 'expect' && item.text !== undefined && !item.text.startsWith('expect') ? `expect ${item.text}` : itemText(item));

export function describeTimeline(model: ClusterModel, requested: readonly TimelineItem[], position: number | undefined, locale: Locale): TimelineRun {
    const run = runTimeline(model, requested, position);
    const timeline = run.outcomes.map((outcome): TimelineEntry => {
        const { item, applied } = outcome;
        const base = { text: entryText(item), ...(item.line === undefined ? {} : { line: item.line }), applied };
        if (outcome.kind === 'step') {
            return {
                kind: 'step',
                ...base,
                log: applied ? explainStep(outcome.step, outcome.events, outcome.noEffect, locale) : [],
                ...(applied && outcome.noEffect ? { noEffect: true } : {})
            };
        }
        return {
            kind: 'expect',
            ...base,
            log: [],
            ...(applied ? { passed: outcome.passed, observation: describeObservation(outcome.observation, locale) } : {})
        };
    });
    return { items: run.items, position: run.position, dropped: run.dropped.map(itemText), timeline, state: run.state, ...(run.last ? { last: run.last } : {}) };
}
