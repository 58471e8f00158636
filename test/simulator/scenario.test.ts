import { describe, expect, it } from 'vitest';
import { describeObservation, runScenario, type ScenarioItem, type Step, type Expectation } from '../../simulator/index.js';
import { dedicatedControllers, model, orderPlatform } from './helpers.js';

const s = (step: Step, line?: number): ScenarioItem => ({ kind: 'step', step, line });
const e = (expectation: Expectation, line?: number): ScenarioItem => ({ kind: 'expect', expectation, line });
const topicExpect = (topic: string, condition: Extract<Expectation, { kind: 'topic' }>['condition'], line?: number) => e({ kind: 'topic', topic, condition }, line);

describe('order-platform scenario leader-broker-dies', () => {
    const m = model(orderPlatform());
    const items: ScenarioItem[] = [
        s({ kind: 'fail-broker', broker: 1 }, 53),
        topicExpect('order-created', 'writable', 54),
        e({ kind: 'quorum', present: true }, 55),
        e({ kind: 'no-data-loss' }, 56),
        s({ kind: 'fail-broker', broker: 2 }, 57),
        e({ kind: 'quorum', present: false }, 58),
        topicExpect('order-created', 'not-writable', 59)
    ];
    const result = runScenario(m, items);

    it('passes every expectation of the example file', () => {
        expect(result.outcomes.map((o) => (o.kind === 'expect' ? o.passed : o.noEffect))).toEqual([false, true, true, true, false, true, true]);
        expect(result.passed).toBe(true);
    });

    it('snapshots "initial" and each step, with the expectations on the state they checked', () => {
        expect(result.snapshots.map((x) => x.step)).toEqual(['initial', 'fail broker 1', 'fail broker 2']);
        expect(result.snapshots[0].expectations).toEqual([]);
        expect(result.snapshots[1].expectations).toEqual([
            { text: 'order-created writable', line: 54, passed: true },
            { text: 'quorum', line: 55, passed: true },
            { text: 'no data-loss', line: 56, passed: true }
        ]);
        expect(result.snapshots[2].quorum).toEqual({ voters: 3, alive: 1, majority: 2, hasQuorum: false });
    });

    it('matches the JSON shape of SIMULATION.md §5 (P0 moves to broker 2, ISR [2,3])', () => {
        const initial = result.snapshots[0];
        expect(initial.brokers).toEqual([
            { id: 1, rack: 'az-1', alive: true },
            { id: 2, rack: 'az-2', alive: true },
            { id: 3, rack: 'az-3', alive: true }
        ]);
        expect(initial.partitions.map((p) => `${p.topic}-${p.partition}`)).toEqual([
            'order-created-0', 'order-created-1', 'order-created-2',
            'payment-completed-0', 'payment-completed-1', 'payment-completed-2',
            'stock-reserved-0', 'stock-reserved-1', 'stock-reserved-2'
        ]);
        expect(initial.partitions[0]).toEqual({ topic: 'order-created', partition: 0, replicas: [1, 2, 3], leader: 1, isr: [1, 2, 3], elr: [], lastKnownElr: [], writable: true, readable: true, underReplicated: false, underMinIsr: false });
        expect(initial.groups).toEqual([
            { name: 'order-service', assignment: { 'A-1': ['order-created-0'], 'A-2': ['order-created-1'], 'A-3': ['order-created-2'] }, idle: [], stalled: [] },
            { name: 'notification-service', assignment: { 'B-1': ['order-created-0', 'order-created-1'], 'B-2': ['order-created-2'] }, idle: [], stalled: [] }
        ]);
        expect(result.snapshots[1].partitions[0]).toMatchObject({ leader: 2, isr: [2, 3], writable: true, underReplicated: true, underMinIsr: false });
        expect(result.snapshots[2].partitions[0]).toMatchObject({ leader: 2, isr: [2, 3], writable: false, readable: false, underMinIsr: true });
        expect(result.snapshots[2].groups[0].stalled.length).toBeGreaterThan(0);
        expect(result.snapshots.every((x) => x.dataLoss === false)).toBe(true);
        expect(JSON.parse(JSON.stringify(result.snapshots))).toEqual(result.snapshots);
    });

    it('explains a failed expectation with the observed partition', () => {
        const wrong = runScenario(m, [s({ kind: 'fail-broker', broker: 1 }), s({ kind: 'fail-broker', broker: 2 }), topicExpect('order-created', 'writable')]);
        const outcome = wrong.outcomes[2];
        expect(outcome.kind === 'expect' && outcome.passed).toBe(false);
        if (outcome.kind !== 'expect') return;
        expect(outcome.observation).toMatchObject({ kind: 'topic', aspect: 'writable', passing: 0, partitions: 3, example: { partition: 0, leader: 2, leaderAlive: false, problem: 'leader-down' } });
        expect(describeObservation(outcome.observation, 'en')).toBe('order-created P0: leader 2 is down; ISR [2,3] (3 of 3 partitions not writable with acks=all)');
        expect(describeObservation(outcome.observation, 'ko')).toContain('리더 2');
    });
});

describe('dedicated-controllers scenarios', () => {
    const m = model(dedicatedControllers());

    it('lose-one-rack: every topic stays writable, under-replicated, quorum kept; recovery re-replicates', () => {
        const r = runScenario(m, [
            s({ kind: 'fail-rack', rack: 'rack-a' }),
            topicExpect('page-views', 'writable'),
            topicExpect('sessions', 'writable'),
            topicExpect('page-views', 'under-replicated'),
            e({ kind: 'quorum', present: true }),
            s({ kind: 'recover-rack', rack: 'rack-a' }),
            topicExpect('page-views', 'fully-replicated')
        ]);
        expect(r.outcomes.filter((o) => o.kind === 'expect').map((o) => o.kind === 'expect' && o.passed)).toEqual([true, true, true, true, true]);
        expect(r.passed).toBe(true);
    });

    it('lose-two-racks: not writable, still readable, no data loss', () => {
        const r = runScenario(m, [
            s({ kind: 'fail-rack', rack: 'rack-a' }),
            s({ kind: 'fail-rack', rack: 'rack-b' }),
            topicExpect('page-views', 'not-writable'),
            topicExpect('page-views', 'readable'),
            e({ kind: 'no-data-loss' })
        ]);
        expect(r.passed).toBe(true);
        const observed = r.outcomes[2];
        expect(observed.kind === 'expect' && observed.observation).toMatchObject({ passing: 0, example: { problem: 'isr-below-min', isr: [expect.any(Number)] } });
    });

    it('the cooperative-sticky group is balanced, and a stalled partition breaks "balanced"', () => {
        const r = runScenario(m, [
            e({ kind: 'group-balanced', group: 'sessionizer' }),
            s({ kind: 'fail-controller', controller: 1 }),
            s({ kind: 'fail-controller', controller: 2 }),
            s({ kind: 'fail-broker', broker: 1 }),
            e({ kind: 'group-balanced', group: 'sessionizer' })
        ]);
        const [first, , , , last] = r.outcomes;
        expect(first.kind === 'expect' && first.passed).toBe(true);
        expect(last.kind === 'expect' && last.passed).toBe(false);
        if (last.kind === 'expect') {
            expect(last.observation).toMatchObject({ kind: 'group', group: 'sessionizer', idle: [] });
            expect(describeObservation(last.observation)).toMatch(/^group sessionizer: stalled .*leader 1 down/);
        }
    });

    it('records step errors and no-effect steps without stopping the run', () => {
        const r = runScenario(m, [
            s({ kind: 'fail-broker', broker: 42 }),
            s({ kind: 'fail-broker', broker: 1 }),
            s({ kind: 'fail-broker', broker: 1 }),
            e({ kind: 'quorum', present: true })
        ], { snapshots: false });
        expect(r.outcomes[0]).toMatchObject({ kind: 'step', error: { kind: 'unknown-broker', broker: 42 }, noEffect: false });
        expect(r.outcomes[2]).toMatchObject({ kind: 'step', noEffect: true, changed: false, text: 'fail broker 1' });
        expect(r.outcomes[3]).toMatchObject({ kind: 'expect', passed: true, stateIndex: 3 });
        expect(r.snapshots).toEqual([]);
        expect(r.passed).toBe(false);
    });

    it('checks expectations before any step on the initial state', () => {
        const r = runScenario(m, [topicExpect('sessions', 'fully-replicated', 3), topicExpect('sessions', 'under-replicated', 4)]);
        expect(r.snapshots).toHaveLength(1);
        expect(r.snapshots[0].expectations).toEqual([
            { text: 'sessions fully-replicated', line: 3, passed: true },
            { text: 'sessions under-replicated', line: 4, passed: false }
        ]);
    });
});
