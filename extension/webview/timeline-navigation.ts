// Moving through the failover timeline: add a step, back (undo), next (redo or
// play the scenario's next step), jump, restart, reset. Pure functions of the
// panel state; the server then runs the timeline. A position always sits right
// after a step and the expectations that follow it, so each move shows a step
// together with its checks.
import type { TimelineItem, Step } from '../../language-server/protocol.js';
import type { PanelState } from './messages.js';

/** Extends `position` over the expectations that follow it. */
export function settle(items: readonly TimelineItem[], position: number): number {
    let p = Math.max(0, Math.min(position, items.length));
    while (p < items.length && items[p].kind === 'expect') p++;
    return p;
}

/** A step done by hand: it replaces whatever was ahead of the position, and the timeline is no longer the scenario. */
export function addStep(state: PanelState, step: Step): PanelState {
    const items = [...state.items.slice(0, state.position), { kind: 'step' as const, step }];
    return { ...state, items, position: items.length, scenario: undefined, scenarioStart: undefined };
}

/** Undo: un-applies the last applied step (and the expectations after it); it stays ahead for `next`. */
export function back(state: PanelState): PanelState {
    for (let i = Math.min(state.position, state.items.length) - 1; i >= 0; i--) {
        if (state.items[i].kind === 'step') return { ...state, position: i };
    }
    return { ...state, position: 0 };
}

/** Applies the next step ahead (and the expectations after it). */
export function next(state: PanelState): PanelState {
    if (state.position >= state.items.length) return state;
    return { ...state, position: settle(state.items, state.position + 1) };
}

/** Applies every item up to and including `index`. */
export function goTo(state: PanelState, index: number): PanelState {
    return { ...state, position: settle(state.items, index + 1) };
}

export function restart(state: PanelState): PanelState {
    return { ...state, position: settle(state.items, 0) };
}

export function reset(state: PanelState): PanelState {
    return { ...state, items: [], position: 0, scenario: undefined, scenarioStart: undefined };
}

/** A scenario's items, ready to play step by step (or already run to the end). */
export function loadScenario(state: PanelState, scenario: string, items: readonly TimelineItem[], runToEnd: boolean): PanelState {
    return { ...state, items, position: runToEnd ? items.length : settle(items, 0), scenario, scenarioStart: 0 };
}

/**
 * A scenario appended after what is applied: the steps done by hand stay, the
 * items not yet played are replaced by the scenario's, ready to play from here.
 */
export function appendScenario(state: PanelState, scenario: string, items: readonly TimelineItem[]): PanelState {
    const kept = state.items.slice(0, state.position);
    return { ...state, items: [...kept, ...items], position: settle([...kept, ...items], kept.length), scenario, scenarioStart: kept.length };
}

/** How many steps the first `position` items hold. */
export const stepsBefore = (items: readonly TimelineItem[], position: number): number => items.slice(0, position).filter((i) => i.kind === 'step').length;

/** The scenario's items again after an edit of its block, with as many steps applied as before. */
export function reloadScenario(state: PanelState, items: readonly TimelineItem[]): PanelState {
    const start = Math.min(state.scenarioStart ?? 0, state.items.length);
    const all = [...state.items.slice(0, start), ...items];
    let steps = stepsBefore(state.items, state.position);
    let position = 0;
    while (position < all.length && steps > 0) if (all[position++].kind === 'step') steps--;
    return { ...state, items: all, position: settle(all, position) };
}

export const canGoBack = (state: PanelState): boolean => state.position > 0 && state.items.slice(0, state.position).some((i) => i.kind === 'step');
export const canGoNext = (state: PanelState): boolean => state.position < state.items.length;
