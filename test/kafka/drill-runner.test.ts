// The drill runner's own logic, without brokers: step → real action, the
// kafka-version injection, the comparison and the shape grouping.
import { describe, expect, it } from 'vitest';
import { actionOf } from './drill/actions.js';
import { shapeOf } from './drill/catalogue.js';
import { compareFeatures, compareStep, diffTable } from './drill/compare.js';
import { normaliseStep, type DrillCluster } from './drill/load.js';
import { withVersion, type ModelStep } from './drill/simulate.js';
import type { KafkaCluster } from './harness/cluster.js';
import type { RealState } from './harness/state.js';

const spec = { name: 'c', brokers: [{ id: 1, rack: 'a' }, { id: 2, rack: 'a' }, { id: 3, rack: 'b' }], controllers: 3, topics: [], producers: [], groups: [] };
const cluster = { controllerNodeId: (c: number) => 3000 + c } as unknown as KafkaCluster;

describe('a step done to the real cluster', () => {
    it('fail is SIGKILL, stop is SIGTERM, recover restarts, a rack is all its brokers at once', () => {
        expect(actionOf('fail broker 2', spec, cluster)).toEqual({ kind: 'kill', nodes: [2] });
        expect(actionOf('stop broker 2', spec, cluster)).toEqual({ kind: 'stop', nodes: [2] });
        expect(actionOf('recover broker 2', spec, cluster)).toEqual({ kind: 'restart', nodes: [2] });
        expect(actionOf('fail rack "a"', spec, cluster)).toEqual({ kind: 'kill', nodes: [1, 2] });
        expect(actionOf('recover rack a', spec, cluster)).toEqual({ kind: 'restart', nodes: [1, 2] });
        expect(actionOf('fail controller 2', spec, cluster)).toEqual({ kind: 'kill', nodes: [3002] });
        expect(actionOf('elect-preferred', spec, cluster)).toEqual({ kind: 'elect-preferred' });
        expect(actionOf('fail member A-1 in g', spec, cluster)).toEqual({ kind: 'none' });
        // An unresolved broker (the checker's unresolved-reference): no broker to touch, no model step.
        expect(actionOf('fail broker 7', spec, cluster)).toEqual({ kind: 'absent' });
    });

    it('refuses what it cannot do, in one clear sentence', () => {
        expect(() => actionOf('fail rack "z"', spec, cluster)).toThrow('no broker is in rack z');
        expect(() => actionOf('fail controller 1', { ...spec, controllers: undefined }, cluster)).toThrow('no dedicated controllers');
        expect(() => actionOf('explode broker 1', spec, cluster)).toThrow("does not know how to do 'explode broker 1'");
    });

    it('compares step text without quotes, comments or extra blanks', () => {
        expect(normaliseStep('fail   rack "az-1"   // the zone')).toBe('fail rack az-1');
    });
});

describe('the model of another release', () => {
    it("sets kafka-version as the cluster's first item, replacing the file's own", () => {
        const text = 'cluster a {\n    kafka-version 4.0\n    broker 1\n}\ncluster b { broker 1 }\n';
        const out = withVersion(text, 'a', '4.2');
        expect(out).toContain('cluster a {\n    kafka-version 4.2\n');
        expect(out).not.toContain('4.0');
        expect(out).toContain('cluster b { broker 1 }');
    });
});

describe('a step compared', () => {
    const model: ModelStep = {
        step: 'fail broker 1',
        quorum: { voters: 3, alive: 2, majority: 2, hasQuorum: true },
        brokers: [],
        partitions: [{ topic: 't', partition: 0, replicas: [1, 2, 3], leader: 2, isr: [2, 3], elr: [], lastKnownElr: [], writable: true, readable: true }],
        dataLoss: false
    };
    const real = (over: Partial<RealState['partitions'][number]>, rest: Partial<RealState> = {}): RealState => ({
        partitions: [{ topic: 't', partition: 0, replicas: [1, 2, 3], leader: 2, isr: [2, 3], elr: [], lastKnownElr: [], writable: true, readable: true, ...over }],
        brokers: [2, 3],
        quorum: { voters: 3, alive: 2, majority: 2, hasQuorum: true, leaderId: 2 },
        settled: true,
        settleMillis: 1000,
        brokersRunning: 2,
        ...rest
    });

    it('agrees field by field', () => {
        expect(compareStep(model, real({}))).toEqual([]);
    });

    it('names every field that differs, with the probe’s words', () => {
        const diffs = compareStep(model, real({ leader: null, isr: [3], elr: [2], writable: false, produceError: 'NotEnoughReplicas' }));
        expect(diffs.map((d) => [d.field, d.model, d.real])).toEqual([
            ['leader', '2', 'none'], ['isr', '[2,3]', '[3]'], ['elr', '[]', '[2]'], ['writable', 'true', 'false']
        ]);
        expect(diffs.find((d) => d.field === 'writable')?.detail).toBe('NotEnoughReplicas');
        expect(diffTable(diffs.map((d) => ({ ...d, step: model.step })))).toMatch(/fail broker 1 \| t-0\s+\| leader/);
    });

    it('reports a state that did not settle and a lost quorum', () => {
        const diffs = compareStep(model, real({}, { settled: false, quorum: { voters: 3, alive: 1, majority: 2, hasQuorum: false, leaderId: null } }));
        expect(diffs.map((d) => `${d.subject}.${d.field}`)).toEqual(['state.settled', 'quorum.hasQuorum']);
    });

    it('with every broker down keeps only "not writable, not readable"', () => {
        const diffs = compareStep(model, { ...real({}), partitions: [], brokersRunning: 0 });
        expect(diffs.map((d) => d.field)).toEqual(['writable', 'readable']);
    });

    it("compares the model's feature levels with the finalized ones", () => {
        expect(compareFeatures({ 'eligible.leader.replicas.version': 1 }, { 'eligible.leader.replicas.version': 0 })).toHaveLength(1);
        expect(compareFeatures({ 'share.version': 0 }, {})).toEqual([]);
        expect(compareFeatures(undefined, {})).toEqual([]);
    });
});

describe('drills of one shape share a cluster', () => {
    const drill = (brokers: { id: number; rack?: string }[], features: Record<string, number> = {}): DrillCluster =>
        ({ file: 'f', name: 'n', spec: { ...spec, brokers, controllers: undefined }, features, scenarios: [], steps: {} });
    it('same brokers, racks, controllers and features: same shape; any difference: another cluster', () => {
        expect(shapeOf(drill([{ id: 2 }, { id: 1 }]))).toBe(shapeOf(drill([{ id: 1 }, { id: 2 }])));
        expect(shapeOf(drill([{ id: 1 }, { id: 2 }]))).not.toBe(shapeOf(drill([{ id: 1, rack: 'a' }, { id: 2 }])));
        expect(shapeOf(drill([{ id: 1 }]))).not.toBe(shapeOf(drill([{ id: 1 }], { 'eligible.leader.replicas.version': 0 })));
    });
});
