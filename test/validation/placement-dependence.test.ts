// expectation-depends-on-placement (validation/placement-dependence.ts over
// simulator/layout-dependence.ts): a topic expectation that holds for the modelled
// layout but fails for other layouts Kafka's placer could choose.
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { buildCluster, layoutDependence, type ScenarioItem } from '../../simulator/index.js';
import { reset, validate, withCode } from '../support/language.js';
import { at, expectOne } from '../support/positions.js';

afterEach(reset);

const { Information: I } = DiagnosticSeverity;
const CODE = 'expectation-depends-on-placement';

/** Three brokers, three dedicated controllers (so failing two brokers still commits), one topic of RF 2. */
const cluster = (topic: string, ...items: string[]) => `cluster c {
    profile development
    controllers 3
    brokers 1..3
    topic ${topic} { partitions 1 replication-factor 2 min-insync-replicas 1 }
${items.map((i) => `    ${i}\n`).join('')}    scenario drill {
        fail broker 1
        fail broker 2
        expect ${topic} readable
    }
}
`;

describe('expectation-depends-on-placement', () => {
    test('striped: `orders` is modelled on [3, 1] and stays readable, but a layout on [1, 2] would not be', async () => {
        const text = cluster('orders');
        const v = await validate(text);
        expectOne(v, CODE, I, at(text, 'expect orders readable'));
        const d = withCode(v, CODE)[0];
        expect(d.message).toMatch(/1 of 3 layouts/);
        expect(d.message).toContain('P0 on [1, 2]');
        expect(d.data).toMatchObject({ pinTopic: 'orders', assignment: [[3, 1]] });
    });

    test('an explicit assignment is the truth: nothing to report', async () => {
        const pinned = cluster('orders').replace('min-insync-replicas 1 }', 'min-insync-replicas 1 assignment { 0: [3, 1] } }');
        const v = await validate(pinned);
        expect(v.codes).toEqual([]);
    });

    test('an expectation that already fails for the modelled layout is scenario-expectation-failed only', async () => {
        const v = await validate(cluster('events'));
        expect(v.codes.map((c) => c.replace(/^\d+:/, ''))).toEqual(['scenario-expectation-failed']);
    });

    test('admin-utils: the other start indexes are the other layouts', async () => {
        const text = cluster('orders').replace('profile development', 'profile development\n    placement admin-utils');
        const v = await validate(text);
        // AdminUtils with start index 0 puts P0 on [1, 2]: the drill fails as modelled, no dependence.
        expect(v.codes.map((c) => c.replace(/^\d+:/, ''))).toEqual(['scenario-expectation-failed']);
        await reset();
        const holds = text.replace(/fail broker 1\n {8}fail broker 2\n {8}expect orders readable/, 'fail broker 3\n        expect orders fully-replicated');
        const w = await validate(holds);
        expectOne(w, CODE, I, at(holds, 'expect orders fully-replicated'));
        expect(withCode(w, CODE)[0].message).toMatch(/start index/);
    });

    test('Korean message', async () => {
        expect(withCode(await validate(cluster('orders'), 'ko'), CODE)[0].message).toContain('배치');
    });
});

describe('layoutDependence (simulator)', () => {
    const items: ScenarioItem[] = [
        { kind: 'step', step: { kind: 'fail-broker', broker: 1 } },
        { kind: 'step', step: { kind: 'fail-broker', broker: 2 } },
        { kind: 'expect', expectation: { kind: 'topic', topic: 'orders', condition: 'readable' } }
    ];
    const model = () => {
        const built = buildCluster({
            name: 'c', controllers: 3, brokers: [{ id: 1 }, { id: 2 }, { id: 3 }], producers: [], groups: [],
            topics: [{ name: 'orders', partitions: 1, replicationFactor: 2, minInsyncReplicas: 1, uncleanLeaderElection: false }]
        });
        if (!built.ok) throw new Error('model');
        return built.value;
    };

    test('distinct layouts only, the modelled one counted; the flip names the failing partition', () => {
        expect(layoutDependence(model(), items)).toEqual({
            dependences: [{ itemIndex: 2, topic: 'orders', tried: 3, disagree: 1, flip: { partition: 0, replicas: [1, 2] } }],
            skipped: []
        });
    });

    test('past the work budget a topic is skipped, and says how much work it would have been', () => {
        expect(layoutDependence(model(), items, { workBudget: 10 })).toEqual({ dependences: [], skipped: [{ topic: 'orders', work: 64 * 1 * (2 + 3), budget: 10 }] });
    });

    test('member steps and other expectations do not disturb the replay', () => {
        const withOthers: ScenarioItem[] = [{ kind: 'expect', expectation: { kind: 'quorum', present: true } }, ...items, { kind: 'expect', expectation: { kind: 'no-data-loss' } }];
        expect(layoutDependence(model(), withOthers).dependences.map((d) => [d.itemIndex, d.disagree])).toEqual([[3, 1]]);
    });
});
