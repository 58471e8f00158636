// Results kept across builds by their inputs (model/analysis-cache.ts): an edit
// that leaves a result's inputs alone reuses the very object; a change of any
// input gives a new result (never a stale one); results go with their document.
import { afterEach, describe, expect, test } from 'vitest';
import { translateScenario } from '../../language-server/model/scenario-items.js';
import { language, lineOf, reset, services, validate, withCode, type Validated } from '../support/language.js';

afterEach(reset);

const FAILED = 'scenario-expectation-failed';

interface Options {
    readonly minIsr?: number;
    readonly rf?: number;
    readonly brokers?: string;
    readonly retention?: string;
    readonly description?: string;
    readonly members?: number;
    readonly consumes?: string;
    readonly assignor?: string;
    readonly steps?: readonly string[];
    readonly extraTopic?: string;
}

/** Dedicated controllers (brokers may all fail without losing the quorum), topics of 3 partitions. */
const topology = (o: Options = {}) => `cluster shop {
    controllers 3
    brokers ${o.brokers ?? '1..3'}
    defaults { partitions 3 replication-factor ${o.rf ?? 3} min-insync-replicas ${o.minIsr ?? 2} }
    topic orders {
        ${o.description === undefined ? '' : `description "${o.description}"`}
        config { retention.ms = ${o.retention ?? '7d'} }
    }
    topic audit { partitions 1 }
    topic ledger { partitions 1 }
    ${o.extraTopic ?? ''}
    producer app { produces orders, audit, ledger }
    consumer-group readers {
        consumes ${o.consumes ?? 'orders'}
        members ${o.members ?? 3}
        ${o.assignor === undefined ? '' : `assignor ${o.assignor}`}
    }
    scenario drill {
${(o.steps ?? ['fail broker 1', 'expect orders writable', 'fail broker 2', 'expect orders writable']).map((s) => `        ${s}\n`).join('')}    }
}
`;

/** What the cluster's facts computed for this validated document. */
function results(v: Validated) {
    const cluster = v.document.parseResult.value.clusters[0];
    const facts = language.kafka.ClusterFacts.get(cluster);
    const items = translateScenario(cluster.scenarios[0], facts).items;
    return {
        model: facts.model,
        verdicts: facts.scenarioVerdicts(items),
        layouts: facts.layoutDependence(items),
        assignment: facts.assignmentOf(cluster.groups[0]),
        tolerance: facts.faultToleranceOf('orders')
    };
}

const failedLines = (v: Validated) => withCode(v, FAILED).map((d) => d.range.start.line + 1);

describe('an edit that leaves the inputs alone reuses the results', () => {
    test('a retention value, a description: the same model, verdicts, assignment and analysis objects', async () => {
        const before = results(await validate(topology()));
        for (const edit of [{ retention: '2d' }, { description: 'Orders.' }, { retention: '30d', description: 'Other.' }]) {
            const after = results(await validate(topology(edit)));
            expect(after.model).toBe(before.model);
            expect(after.verdicts).toBe(before.verdicts);
            expect(after.layouts).toBe(before.layouts);
            expect(after.assignment).toBe(before.assignment);
            expect(after.tolerance).toBe(before.tolerance);
        }
    });

    test('lines shifted above the scenario: the verdicts are reused and reported at the new lines', async () => {
        const text = topology();
        const first = await validate(text);
        expect(failedLines(first)).toEqual([lineOf(text, 'expect orders writable', 2)]);
        const shifted = topology({ description: 'Orders\\nwith more lines' }).replace('topic audit', '\n\n\n    topic audit');
        const v = await validate(shifted);
        expect(results(v).verdicts).toBe(results(first).verdicts);
        expect(results(v).layouts).toBe(results(first).layouts);
        expect(failedLines(v)).toEqual([lineOf(shifted, 'expect orders writable', 2)]);
    });
});

describe('a change of any input gives a new result', () => {
    test('min ISR: a new model, and the scenario verdict follows it', async () => {
        const strict = await validate(topology({ minIsr: 2 }));
        expect(failedLines(strict)).toHaveLength(1);
        const relaxed = await validate(topology({ minIsr: 1 }));
        expect(results(relaxed).model).not.toBe(results(strict).model);
        expect(failedLines(relaxed)).toEqual([]);
        // And back: the kept result of the first spec is still right.
        expect(failedLines(await validate(topology({ minIsr: 2 })))).toHaveLength(1);
    });

    test('the scenario steps: new verdicts on the same model', async () => {
        const before = await validate(topology());
        const steps = ['fail broker 1', 'expect orders writable', 'recover broker 1', 'expect orders writable'];
        const after = await validate(topology({ steps }));
        expect(results(after).model).toBe(results(before).model);
        expect(results(after).verdicts).not.toBe(results(before).verdicts);
        expect(results(after).layouts).not.toBe(results(before).layouts);
        expect(failedLines(after)).toEqual([]);
    });

    test('the replication factor: a new fault-tolerance analysis', async () => {
        const rf3 = results(await validate(topology({ rf: 3, minIsr: 1 })));
        const rf2 = results(await validate(topology({ rf: 2, minIsr: 1 })));
        expect(rf2.model).not.toBe(rf3.model);
        expect(rf2.tolerance).not.toEqual(rf3.tolerance);
    });

    test('the brokers and the topics: a new model', async () => {
        const base = results(await validate(topology()));
        expect(results(await validate(topology({ brokers: '1..4' }))).model).not.toBe(base.model);
        expect(results(await validate(topology({ extraTopic: 'topic more { }' }))).model).not.toBe(base.model);
    });

    test('the members: 3 then 4 members on 3 partitions, the fourth is idle', async () => {
        const three = await validate(topology({ members: 3 }));
        expect(withCode(three, 'idle-consumers')).toEqual([]);
        const four = await validate(topology({ members: 4 }));
        expect(results(four).assignment).not.toBe(results(three).assignment);
        expect(withCode(four, 'idle-consumers')).toHaveLength(1);
    });

    test('the partitions consumed: 4 members on 3, then on 3 + 1 partitions', async () => {
        expect(withCode(await validate(topology({ members: 4, assignor: 'roundrobin' })), 'idle-consumers')).toHaveLength(1);
        expect(withCode(await validate(topology({ members: 4, assignor: 'roundrobin', consumes: 'orders, audit' })), 'idle-consumers')).toEqual([]);
    });

    test('the assignor: range leaves a member idle on two 1-partition topics, roundrobin does not', async () => {
        const range = await validate(topology({ members: 2, consumes: 'audit, ledger', assignor: 'range' }));
        expect(withCode(range, 'idle-consumers')).toHaveLength(1);
        const roundrobin = await validate(topology({ members: 2, consumes: 'audit, ledger', assignor: 'roundrobin' }));
        expect(results(roundrobin).assignment).not.toBe(results(range).assignment);
        expect(withCode(roundrobin, 'idle-consumers')).toEqual([]);
    });
});

test('results are dropped with their document', async () => {
    const text = topology({ retention: '11d', brokers: '1..5' });
    const first = await validate(text);
    const kept = results(first);
    expect(results(await validate(text)).model).toBe(kept.model);
    const before = language.kafka.ClusterFacts.analyses.counts;
    await services.shared.workspace.DocumentBuilder.update([], [first.document.uri]);
    const after = language.kafka.ClusterFacts.analyses.counts;
    expect(after.models).toBeLessThan(before.models);
    expect(after.assignments).toBeLessThan(before.assignments);
    expect(results(await validate(text)).model).not.toBe(kept.model);
});
