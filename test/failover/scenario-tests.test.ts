// kafkaTopology/scenarioTests: what the Test Explorer lists for a file. Each
// scenario with its `expect` lines, indexed so that the run (scenarioSteps, then
// failoverView) finds each expectation's result at that index.
import { afterEach, describe, expect, test } from 'vitest';
import { reset } from '../support/language.js';
import { open, requests, sample } from './helpers.js';

afterEach(reset);

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('scenarioTests', () => {
    test('every scenario of the file with its expectations, their lines and texts', async () => {
        const text = sample('order-platform.kafka');
        const uri = await open(text);
        const { scenarios } = await requests.scenarioTests({ uri });
        expect(scenarios.map((s) => `${s.cluster}/${s.name}:${s.line}`)).toEqual([
            `order-platform/leader-broker-dies:${lineOf(text, 'scenario leader-broker-dies')}`,
            `order-platform/two-brokers-die:${lineOf(text, 'scenario two-brokers-die')}`,
            `order-platform/consumer-leaves:${lineOf(text, 'scenario consumer-leaves')}`
        ]);
        expect(scenarios[1].expectations.map((e) => e.text)).toEqual(['expect no quorum', 'expect order-created not writable']);
        expect(scenarios[1].expectations.map((e) => e.line)).toEqual([lineOf(text, 'expect no quorum'), lineOf(text, 'expect order-created not writable')]);
        expect(scenarios[0].expectations).toHaveLength(6);
    });

    test("an expectation's index points at the same item in the scenario's timeline, even after a step that names nothing", async () => {
        const text = sample('broken-cluster.kafka');
        const uri = await open(text);
        const { scenarios } = await requests.scenarioTests({ uri });
        expect(scenarios).toHaveLength(1);
        const [scenario] = scenarios;
        // `fail broker 7` names no broker: it is not a timeline item, so `expect audit writable` is item 2.
        expect(scenario.expectations.map((e) => [e.index, e.text])).toEqual([
            [2, 'expect audit writable'],
            [3, 'expect no data-loss']
        ]);
        const steps = await requests.scenarioSteps({ uri, cluster: scenario.cluster, scenario: scenario.name });
        for (const e of scenario.expectations) {
            expect(steps.items![e.index]).toMatchObject({ kind: 'expect', line: e.line });
        }
        // And the run reports the failing one at that index.
        const run = await requests.failoverView({ uri, cluster: scenario.cluster, items: steps.items! });
        expect(run.timeline[2]).toMatchObject({ kind: 'expect', passed: false, line: lineOf(text, 'expect audit writable') });
        expect(run.timeline[3]).toMatchObject({ kind: 'expect', passed: true });
    });

    test('several clusters, a scenario without expectations, and a file without scenarios', async () => {
        const text = 'cluster a {\n    brokers 1..3\n    topic t { partitions 1 replication-factor 3 }\n    scenario only-steps {\n        fail broker 1\n    }\n}\ncluster b {\n    brokers 1..3\n    topic t { partitions 1 replication-factor 3 }\n    scenario checks {\n        fail broker 2\n        expect t writable\n    }\n}\n';
        const uri = await open(text);
        const { scenarios } = await requests.scenarioTests({ uri });
        expect(scenarios.map((s) => ({ cluster: s.cluster, name: s.name, line: s.line, expectations: s.expectations.map((e) => [e.index, e.line, e.text]) }))).toEqual([
            { cluster: 'a', name: 'only-steps', line: 4, expectations: [] },
            { cluster: 'b', name: 'checks', line: 11, expectations: [[1, 13, 'expect t writable']] }
        ]);
        const none = await open('cluster c {\n    brokers 1..3\n}\n');
        expect((await requests.scenarioTests({ uri: none })).scenarios).toEqual([]);
    });

    test('a file the server does not know and cannot read has no scenarios', async () => {
        expect((await requests.scenarioTests({ uri: 'file:///nowhere/missing.kafka' })).scenarios).toEqual([]);
    });
});
