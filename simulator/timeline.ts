// A live timeline (the failover view's): scenario items, the first `position`
// of them applied. Items that no longer apply to the cluster (an edit removed
// the broker, rack, controller, group or topic they name) are dropped, so the
// view keeps every step that still makes sense. Steps past the position run
// too, without events: a step is kept only if it still applies.

import type { ClusterModel } from './cluster.js';
import type { SimEvent } from './events.js';
import type { Observation } from './expectations.js';
import type { Step } from './model.js';
import { walkScenario, type ScenarioItem } from './scenario-walk.js';
import { initialState, type ClusterState } from './state.js';

export type TimelineOutcome<I extends ScenarioItem = ScenarioItem> =
    | { readonly kind: 'step'; readonly item: I; readonly step: Step; readonly applied: boolean; readonly events: readonly SimEvent[]; readonly noEffect: boolean }
    | { readonly kind: 'expect'; readonly item: I; readonly applied: boolean; readonly passed: boolean; readonly observation: Observation };

export interface TimelineRun<I extends ScenarioItem = ScenarioItem> {
    /** The items that apply, in order. */
    readonly items: I[];
    /** How many of `items` are applied. */
    readonly position: number;
    /** The items that no longer apply, in order. */
    readonly dropped: I[];
    /** One per item of `items`. */
    readonly outcomes: TimelineOutcome<I>[];
    /** The state after the applied items. */
    readonly state: ClusterState;
    /** The last applied step and the state before it (what changed is told against it). */
    readonly last?: { readonly step: Step; readonly before: ClusterState };
}

/** Plays `requested` from the healthy cluster, applying the first `position` items (all when undefined). */
export function runTimeline<I extends ScenarioItem>(model: ClusterModel, requested: readonly I[], position?: number): TimelineRun<I> {
    const upTo = Math.max(0, Math.min(position ?? requested.length, requested.length));
    const items: I[] = [];
    const dropped: I[] = [];
    const outcomes: TimelineOutcome<I>[] = [];
    let atPosition = initialState(model);
    let last: TimelineRun['last'];
    let kept = 0;
    const keep = (index: number, outcome: TimelineOutcome<I>, after: ClusterState) => {
        items.push(requested[index]);
        outcomes.push(outcome);
        if (index < upTo) {
            kept = items.length;
            atPosition = after;
        }
    };
    walkScenario(model, requested, atPosition, {
        events: (index) => index < upTo,
        step(item, index, before, result) {
            if (!result.ok) {
                dropped.push(requested[index]);
                return;
            }
            const applied = index < upTo;
            if (applied) last = { step: item.step, before };
            const { events, noEffect } = result.value;
            keep(index, { kind: 'step', item: requested[index], step: item.step, applied, events, noEffect }, result.value.state);
        },
        expect(_item, index, state, { passed, observation }) {
            if (observation.kind === 'unknown-topic' || observation.kind === 'unknown-group') {
                dropped.push(requested[index]);
                return;
            }
            keep(index, { kind: 'expect', item: requested[index], applied: index < upTo, passed, observation }, state);
        }
    });
    return { items, position: kept, dropped, outcomes, state: atPosition, ...(last ? { last } : {}) };
}
