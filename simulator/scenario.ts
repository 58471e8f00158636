// A scenario run: steps apply in order from the healthy cluster (or a given
// state) through the one scenario loop (scenario-walk.ts); each expectation is
// checked on the state after the latest step and recorded on that step's
// snapshot ("initial" before any step). Only the current state is kept (and the
// previous one while a step applies): memory is bounded by the cluster, not by
// cluster × steps, and scenarios rerun on every edit.

import type { ClusterModel } from './cluster.js';
import type { SimEvent } from './events.js';
import type { Observation } from './expectations.js';
import type { ExpectationSnapshot, StepSnapshot } from './model.js';
import { walkScenario, type ScenarioItem } from './scenario-walk.js';
import { snapshot } from './snapshot.js';
import { initialState, type ClusterState } from './state.js';
import { formatExpectation, formatStep } from './step-syntax.js';
import type { StepError } from './steps.js';

export type ItemOutcome =
    | {
          readonly kind: 'step';
          readonly text: string;
          readonly line?: number;
          /** Index into `snapshots` of the state after this step (0 is the initial state). */
          readonly stateIndex: number;
          readonly changed: boolean;
          /** RULES.md scenario-no-effect (see StepOutcome.noEffect). */
          readonly noEffect: boolean;
          /** The step names something the cluster does not have; the state is left as it was. */
          readonly error?: StepError;
          readonly events: readonly SimEvent[];
      }
    | {
          readonly kind: 'expect';
          readonly text: string;
          readonly line?: number;
          /** Index of the state it was checked on. */
          readonly stateIndex: number;
          readonly passed: boolean;
          readonly observation: Observation;
      };

export interface ScenarioRun {
    /** One per item, in item order. */
    readonly outcomes: readonly ItemOutcome[];
    /** Snapshot of each state ("initial" first) with the expectations checked on it; empty when snapshots are off. */
    readonly snapshots: readonly StepSnapshot[];
    readonly finalState: ClusterState;
    /** Every expectation passed and no step failed. */
    readonly passed: boolean;
}

export interface RunScenarioOptions {
    /** Build the JSON snapshots (default true; the language server only needs outcomes). */
    readonly snapshots?: boolean;
    /** Start from this state instead of the healthy cluster. */
    readonly from?: ClusterState;
    /** Collect each step's events (default true; the language server does not need them). */
    readonly events?: boolean;
    /** Sees the initial state and the state after each step, in order (states are not kept). */
    readonly onState?: (state: ClusterState, index: number) => void;
}

export function runScenario(model: ClusterModel, items: readonly ScenarioItem[], options: RunScenarioOptions = {}): ScenarioRun {
    const from = options.from ?? initialState(model);
    let stateIndex = 0;
    let stepText = 'initial';
    let expectations: ExpectationSnapshot[] = [];
    const snapshots: StepSnapshot[] = [];
    const withSnapshots = options.snapshots !== false;
    const outcomes: ItemOutcome[] = [];
    let passed = true;
    options.onState?.(from, 0);
    const finalState = walkScenario(model, items, from, {
        events: () => options.events,
        step(item, _index, before, result) {
            // The state is final for its snapshot once the next step starts.
            if (withSnapshots) snapshots.push(snapshot(model, before, stepText, expectations));
            const text = item.text ?? formatStep(item.step);
            if (!result.ok) passed = false;
            stateIndex++;
            options.onState?.(result.ok ? result.value.state : before, stateIndex);
            stepText = text;
            expectations = [];
            outcomes.push({
                kind: 'step',
                text,
                line: item.line,
                stateIndex,
                changed: result.ok && result.value.changed,
                noEffect: result.ok && result.value.noEffect,
                error: result.ok ? undefined : result.error,
                events: result.ok ? result.value.events : []
            });
        },
        expect(item, _index, _state, r) {
            const text = item.text ?? formatExpectation(item.expectation);
            if (!r.passed) passed = false;
            expectations.push(item.line === undefined ? { text, passed: r.passed } : { text, line: item.line, passed: r.passed });
            outcomes.push({ kind: 'expect', text, line: item.line, stateIndex, passed: r.passed, observation: r.observation });
        }
    });
    if (withSnapshots) snapshots.push(snapshot(model, finalState, stepText, expectations));
    return { outcomes, snapshots, finalState, passed };
}
