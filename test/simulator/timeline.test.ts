// The live timeline the failover view plays (simulator/timeline.ts): items that
// no longer apply are dropped, the first `position` kept items are applied, the
// state and the last step are those at the position.
import { describe, expect, it } from 'vitest';
import { initialState, partitionStatus, runScenario, runTimeline, type Expectation, type ScenarioItem, type Step } from '../../simulator/index.js';
import { fail, model, orderPlatform, recover, run } from './helpers.js';

const s = (step: Step): ScenarioItem => ({ kind: 'step', step });
const e = (expectation: Expectation): ScenarioItem => ({ kind: 'expect', expectation });
const writable = (topic: string) => e({ kind: 'topic', topic, condition: 'writable' });
const leaderOf = (m: ReturnType<typeof model>, state: ReturnType<typeof initialState>) => partitionStatus(m, state, 0, 0).leader;

describe('runTimeline', () => {
    const m = model(orderPlatform());

    it('drops the steps and expectations that name what the cluster lacks, keeping the rest in order', () => {
        const items = [s(fail(1)), s(fail(9)), writable('order-created'), writable('gone'), s({ kind: 'fail-rack', rack: 'az-9' }), s(recover(1))];
        const r = runTimeline(m, items);
        expect(r.items).toEqual([items[0], items[2], items[5]]);
        expect(r.dropped).toEqual([items[1], items[3], items[4]]);
        expect(r.outcomes.map((o) => o.item)).toEqual(r.items);
        expect(r.position).toBe(3);
    });

    it('applies only the first `position` items: the state, the last step and its state before are those at the position', () => {
        const items = [s(fail(1)), writable('order-created'), s(fail(2)), s(recover(1))];
        const r = runTimeline(m, items, 2);
        expect(r.position).toBe(2);
        expect(r.outcomes.map((o) => o.applied)).toEqual([true, true, false, false]);
        expect(leaderOf(m, r.state)).toBe(leaderOf(m, run(m, fail(1))));
        expect(r.last?.step).toEqual(fail(1));
        expect(leaderOf(m, r.last!.before)).toBe(leaderOf(m, initialState(m)));
        // Steps past the position still run (to know whether they apply) but collect no events.
        const [applied, , later] = r.outcomes;
        expect(applied.kind === 'step' && applied.events.length).toBeGreaterThan(0);
        expect(later.kind === 'step' && later.events).toEqual([]);
        // An applied expectation carries its verdict, checked on the state after the step before it.
        expect(r.outcomes[1]).toMatchObject({ kind: 'expect', applied: true, passed: true });
    });

    it('position 0 is the healthy start with no last step; a position past the end applies everything', () => {
        const items = [s(fail(1)), s(fail(2))];
        const start = runTimeline(m, items, 0);
        expect(start.position).toBe(0);
        expect(start.last).toBeUndefined();
        expect(leaderOf(m, start.state)).toBe(leaderOf(m, initialState(m)));
        const all = runTimeline(m, items, 99);
        expect(all.position).toBe(2);
        expect(all.last?.step).toEqual(fail(2));
    });

    it('a step that changes nothing is kept and says so, as the scenario run does', () => {
        const items = [s(fail(1)), s(fail(1))];
        const r = runTimeline(m, items);
        const scenario = runScenario(m, items, { snapshots: false });
        expect(r.outcomes.map((o) => o.kind === 'step' && o.noEffect)).toEqual([false, true]);
        expect(scenario.outcomes.map((o) => o.kind === 'step' && o.noEffect)).toEqual([false, true]);
    });
});
