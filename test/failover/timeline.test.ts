// The timeline: moving through it (undo, next, jump, restart, reset, scenarios)
// and keeping, after an edit of the file, exactly the steps that still apply.
import { afterEach, describe, expect, test } from 'vitest';
import type { TimelineItem } from '../../language-server/protocol.js';
import type { PanelState } from '../../extension/webview/messages.js';
import { addStep, appendScenario, back, canGoBack, canGoNext, goTo, loadScenario, next, reloadScenario, reset, restart, settle } from '../../extension/webview/timeline-navigation.js';
import { reset as resetDocuments } from '../support/language.js';
import { expectation, failBroker, open, partition, recoverBroker, requests, sample, step, view } from './helpers.js';

afterEach(resetDocuments);

const quorum = expectation({ kind: 'quorum', present: true });
const noLoss = expectation({ kind: 'no-data-loss' });
const state = (items: TimelineItem[], position: number): PanelState => ({ uri: 'file:///x.kafka', cluster: 'c', items, position });

describe('navigation', () => {
    const items = [quorum, failBroker(1), quorum, noLoss, failBroker(2), quorum, recoverBroker(1)];

    test('a position settles after the expectations that follow it', () => {
        expect(settle(items, 0)).toBe(1);
        expect(settle(items, 2)).toBe(4);
        expect(settle(items, 99)).toBe(items.length);
    });

    test('next applies one step with its checks; back un-applies it and keeps it ahead', () => {
        let s = restart(state(items, 0));
        expect(s.position).toBe(1);
        expect(canGoBack(s)).toBe(false);
        s = next(s);
        expect(s.position).toBe(4);
        s = next(s);
        expect(s.position).toBe(6);
        s = back(s);
        expect(s.position).toBe(4);
        expect(s.items).toHaveLength(items.length);
        s = back(s);
        expect(s.position).toBe(1);
        expect(back(s).position).toBe(0);
        s = goTo(s, items.length - 1);
        expect(s.position).toBe(items.length);
        expect(canGoNext(s)).toBe(false);
        expect(next(s)).toBe(s);
    });

    test('a step by hand replaces what was ahead and ends the scenario', () => {
        const played = { ...state(items, 4), scenario: 'drill' };
        const s = addStep(played, { kind: 'fail-broker', broker: 3 });
        expect(s.items).toEqual([...items.slice(0, 4), failBroker(3)]);
        expect(s.position).toBe(5);
        expect(s.scenario).toBeUndefined();
    });

    test('a scenario edited while it plays keeps as many steps applied', () => {
        const playing = { ...state(items, 4), scenario: 'drill' };
        // A step and a check inserted at the start: one step was applied, so the new first step and the checks after it are.
        const edited = [failBroker(3), quorum, ...items];
        expect(reloadScenario(playing, edited)).toMatchObject({ items: edited, position: 3, scenario: 'drill' });
        // The block shrank to one check: nothing to apply beyond it.
        expect(reloadScenario(playing, [quorum]).position).toBe(1);
    });

    test('a scenario added after steps done by hand: one timeline, the steps by hand kept, what was ahead replaced', () => {
        const byHand = state([failBroker(3), recoverBroker(3), failBroker(2)], 2);
        const s = appendScenario(byHand, 'drill', items);
        expect(s.items).toEqual([failBroker(3), recoverBroker(3), ...items]);
        // Ready to play right after the steps by hand (the scenario's leading check is applied with them).
        expect(s).toMatchObject({ position: 3, scenario: 'drill', scenarioStart: 2 });
        expect(next(s).position).toBe(6);
        // An edit of the scenario's block replaces its part only, keeping as many steps applied.
        const edited = reloadScenario(next(s), [failBroker(1), noLoss]);
        expect(edited.items).toEqual([failBroker(3), recoverBroker(3), failBroker(1), noLoss]);
        expect(edited.position).toBe(4);
        // A step by hand, a reset: the timeline is no longer the scenario.
        expect(addStep(s, { kind: 'fail-broker', broker: 1 })).toMatchObject({ scenario: undefined, scenarioStart: undefined });
        expect(reset(s)).toMatchObject({ items: [], scenario: undefined, scenarioStart: undefined });
    });

    test('reset empties the timeline; a scenario loads ready to play or already run', () => {
        expect(reset({ ...state(items, 3), scenario: 'drill' })).toMatchObject({ items: [], position: 0, scenario: undefined });
        expect(loadScenario(state([], 0), 'drill', items, false)).toMatchObject({ position: 1, scenario: 'drill' });
        expect(loadScenario(state([], 0), 'drill', items, true).position).toBe(items.length);
    });
});

describe('the server runs the timeline up to the position', () => {
    test('items past the position are listed but not applied', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const r = await view(uri, 'order-platform', [failBroker(1), quorum, failBroker(2)], 2);
        expect(r.position).toBe(2);
        expect(r.timeline.map((e) => [e.text, e.applied])).toEqual([
            ['fail broker 1', true],
            ['expect quorum', true],
            ['fail broker 2', false]
        ]);
        expect(r.timeline[2].log).toEqual([]);
        expect(r.view!.quorum.alive).toBe(2);
        expect(partition(r, 'order-created', 0).leader).toBe(2);
    });

    test('position 0 is the healthy cluster; an out-of-range position is clamped', async () => {
        const uri = await open(sample('order-platform.kafka'));
        expect(partition(await view(uri, 'order-platform', [failBroker(1)], 0), 'order-created', 0).leader).toBe(1);
        expect((await view(uri, 'order-platform', [failBroker(1)], 7)).position).toBe(1);
    });
});

describe('live refresh keeps the steps that still apply', () => {
    const before = `cluster c {
    profile development
    broker 1
    broker 2
    broker 3
    broker 4
    topic orders { partitions 2 replication-factor 3 }
    topic audit { partitions 1 replication-factor 2 }
    consumer-group g { consumes orders members [m1, m2] }
}`;

    test('an edit that removes broker 4 and topic audit drops their items and moves the position back', async () => {
        const items = [
            failBroker(4),
            expectation({ kind: 'topic', topic: 'audit', condition: 'writable' }),
            failBroker(1),
            step({ kind: 'member-leave', group: 'g', member: 'm2' }),
            recoverBroker(4)
        ];
        const first = await view(await open(before), 'c', items, 4);
        expect(first.items).toHaveLength(5);
        expect(first.dropped).toEqual([]);

        const after = before.replace('    broker 4\n', '').replace('    topic audit { partitions 1 replication-factor 2 }\n', '');
        const r = await view(await open(after), 'c', items, 4);
        expect(r.dropped).toEqual(['fail broker 4', 'expect audit writable', 'recover broker 4']);
        expect(r.items).toEqual([failBroker(1), step({ kind: 'member-leave', group: 'g', member: 'm2' })]);
        expect(r.position).toBe(2);
        expect(r.view!.racks[0].brokers.map((b) => [b.id, b.alive])).toEqual([[1, false], [2, true], [3, true]]);
        expect(r.view!.groups[0].members.map((m) => m.id)).toEqual(['m1']);
    });

    test('renaming a group drops the member steps that name it; the other steps stay', async () => {
        const items = [failBroker(1), step({ kind: 'member-leave', group: 'g', member: 'm2' })];
        const r = await view(await open(before.replace('consumer-group g ', 'consumer-group readers ')), 'c', items);
        expect(r.dropped).toEqual(['fail member m2 in g']);
        expect(r.items).toEqual([failBroker(1)]);
    });

    test('an unchanged file keeps every item, including steps without effect', async () => {
        const items = [failBroker(1), failBroker(1), recoverBroker(1)];
        const r = await view(await open(before), 'c', items);
        expect(r.items).toEqual(items);
        expect(r.dropped).toEqual([]);
    });
});

describe('scenarios as timeline items', () => {
    test('scenarioSteps returns the block\'s steps and expectations with their lines', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const { items, problem } = await requests.scenarioSteps({ uri, cluster: 'order-platform', scenario: 'two-brokers-die' });
        expect(problem).toBeUndefined();
        expect(items!.map((i) => [i.kind, i.line])).toEqual([
            ['step', 97],
            ['step', 98],
            ['expect', 99],
            ['expect', 100]
        ]);
        expect(items![0]).toMatchObject({ kind: 'step', step: { kind: 'fail-broker', broker: 1 } });
        const missing = await requests.scenarioSteps({ uri, cluster: 'order-platform', scenario: 'nope' });
        expect(missing).toEqual({ problem: 'The cluster has no scenario named nope.' });
    });

    test('clusters lists every cluster with its scenarios', async () => {
        const uri = await open(`${sample('order-platform.kafka')}\ncluster lab {\n    profile development\n    broker 1\n}\n`);
        const { clusters } = await requests.clusters({ uri });
        expect(clusters.map((c) => [c.name, c.line, c.scenarios.map((s) => s.name)])).toEqual([
            ['order-platform', 5, ['leader-broker-dies', 'two-brokers-die', 'consumer-leaves']],
            ['lab', 110, []]
        ]);
    });

    test('a file of the "Tools for Apache Kafka" format has no cluster to simulate', async () => {
        const uri = await open('PRODUCER keyed-message\ntopic: my_topic\nkey: mykeyq\n{"message": "hello"}\n');
        expect((await requests.clusters({ uri })).clusters).toEqual([]);
    });
});
