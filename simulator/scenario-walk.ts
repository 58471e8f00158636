// The one scenario loop: items apply in order from a state; a step changes the
// state (one that names something the cluster lacks fails and leaves the state
// as it was), an expectation is checked on the state after the latest step.
// What is kept is the caller's choice: a scenario run keeps outcomes and
// snapshots (scenario.ts), a live timeline the items that still apply
// (timeline.ts). Only the current state is held.

import type { ClusterModel } from './cluster.js';
import { evaluateExpectation, type ExpectationResult } from './expectations.js';
import type { Expectation, Result, Step } from './model.js';
import type { ClusterState } from './state.js';
import { applyStep, type StepError, type StepOutcome } from './steps.js';

export type ScenarioItem =
    | { readonly kind: 'step'; readonly step: Step; readonly text?: string; readonly line?: number }
    | { readonly kind: 'expect'; readonly expectation: Expectation; readonly text?: string; readonly line?: number };

export type StepItem = Extract<ScenarioItem, { readonly kind: 'step' }>;
export type ExpectItem = Extract<ScenarioItem, { readonly kind: 'expect' }>;

export interface ScenarioVisitor {
    /** Whether the step at `index` collects its events (undefined: the default, yes). */
    events?(index: number): boolean | undefined;
    /** The step at `index`, applied to `before`. */
    step(item: StepItem, index: number, before: ClusterState, result: Result<StepOutcome, StepError>): void;
    /** The expectation at `index`, checked on `state`. */
    expect(item: ExpectItem, index: number, state: ClusterState, result: ExpectationResult): void;
}

/** Plays `items` from `from`, telling the visitor about each; returns the state after the last. */
export function walkScenario(model: ClusterModel, items: readonly ScenarioItem[], from: ClusterState, visitor: ScenarioVisitor): ClusterState {
    let state = from;
    items.forEach((item, index) => {
        if (item.kind === 'step') {
            const result = applyStep(model, state, item.step, { events: visitor.events?.(index) });
            visitor.step(item, index, state, result);
            if (result.ok) state = result.value.state;
        } else {
            visitor.expect(item, index, state, evaluateExpectation(model, state, item.expectation));
        }
    });
    return state;
}
