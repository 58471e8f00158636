// A timeline (steps and expectations, the first `position` of them applied)
// run through the simulator: the state at the position, a log per applied step,
// a result per applied expectation. Items that no longer apply to the cluster
// (an edit removed the broker, rack, controller, group or topic they name) are
// dropped, so a live view keeps every step that still makes sense.
import { evaluateExpectation, describeObservation, initialState, formatScenarioLine, applyStep, type ClusterModel, type ClusterState, type Step } from '../../simulator/index.js';
import type { FailoverLocale, TimelineEntry, TimelineItem } from '../protocol.js';
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

export function runTimeline(model: ClusterModel, requested: readonly TimelineItem[], position: number | undefined, locale: FailoverLocale): TimelineRun {
    const upTo = Math.max(0, Math.min(position ?? requested.length, requested.length));
    const items: TimelineItem[] = [];
    const dropped: string[] = [];
    const timeline: TimelineEntry[] = [];
    let state = initialState(model);
    let atPosition = state;
    let last: TimelineRun['last'];
    let kept = 0;
    requested.forEach((item, i) => {
        const applied = i < upTo;
        const base = { text: entryText(item), ...(item.line === undefined ? {} : { line: item.line }), applied };
        if (item.kind === 'step') {
            // Steps past the position run too (without events): a step is kept only if it still applies.
            const result = applyStep(model, state, item.step, { events: applied });
            if (!result.ok) {
                dropped.push(itemText(item));
                return;
            }
            if (applied) last = { step: item.step, before: state };
            state = result.value.state;
            timeline.push({
                kind: 'step',
                ...base,
                log: applied ? explainStep(item.step, result.value.events, result.value.noEffect, locale) : [],
                ...(applied && result.value.noEffect ? { noEffect: true } : {})
            });
        } else {
            const result = evaluateExpectation(model, state, item.expectation);
            const kind = result.observation.kind;
            if (kind === 'unknown-topic' || kind === 'unknown-group') {
                dropped.push(itemText(item));
                return;
            }
            timeline.push({
                kind: 'expect',
                ...base,
                log: [],
                ...(applied ? { passed: result.passed, observation: describeObservation(result.observation, locale) } : {})
            });
        }
        items.push(item);
        if (applied) {
            kept = items.length;
            atPosition = state;
        }
    });
    return { items, position: kept, dropped, timeline, state: atPosition, ...(last ? { last } : {}) };
}
