// unresolved-reference: names that do not resolve (topic, group, member, broker,
// rack, controller), reported on the reference, with the nearest name as a
// "did you mean" suggestion (in `data` for the quick fix, and in the message).
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver';
import { reset, validate, withCode, type Validated } from '../support/language.js';
import { at } from '../support/positions.js';

afterEach(reset);

const { Error: E } = DiagnosticSeverity;
const CODE = 'unresolved-reference';

/** Exactly one unresolved reference, starting at `start`, as an error; returned for further checks. */
function expectUnresolved(v: Validated, start: Position): Diagnostic {
    const found = withCode(v, CODE);
    expect(found.map((d) => ({ start: d.range.start, severity: d.severity }))).toEqual([{ start, severity: E }]);
    return found[0];
}

const suggestionOf = (d: Diagnostic) => (d.data as { suggestion?: string } | undefined)?.suggestion;

/** Three racked brokers, topics `orders` and `payments`, group `billing` with members alice and bob. */
const cluster = (...items: string[]) => `cluster shop {
    broker 1 { rack "az-1" }
    broker 2 { rack "az-2" }
    broker 3 { rack "az-3" }
    defaults { replication-factor 3 min-insync-replicas 2 }
    topic orders { }
    topic payments { }
    producer checkout { produces orders }
    consumer-group billing { consumes payments members [alice, bob] }
${items.map((i) => `    ${i}\n`).join('')}}
`;
const scenario = (...steps: string[]) => cluster(`scenario drill {\n${steps.map((s) => `        ${s}\n`).join('')}    }`);

test('a file whose names all resolve', async () => {
    const text = scenario('fail broker 2', 'fail rack "az-1"', 'fail member bob in billing', 'expect orders writable', 'expect group billing balanced');
    expect(withCode(await validate(text), CODE)).toEqual([]);
});

describe('topics', () => {
    test('in produces: on the reference, suggesting the nearest topic', async () => {
        const text = cluster('producer refunds { produces ordrs }');
        const d = expectUnresolved(await validate(text), at(text, 'ordrs'));
        expect(suggestionOf(d)).toBe('orders');
        expect(d.message).toContain("'orders'");
    });

    test('in consumes, as the second of a list', async () => {
        const text = cluster('consumer-group audit { consumes orders, paymnets }');
        const d = expectUnresolved(await validate(text), at(text, 'paymnets'));
        expect(suggestionOf(d)).toBe('payments');
    });

    test('in an expectation', async () => {
        const text = scenario('expect payment writable');
        expect(suggestionOf(expectUnresolved(await validate(text), at(text, 'payment writable')))).toBe('payments');
    });

    test('nothing close: no suggestion', async () => {
        const text = cluster('producer refunds { produces inventory }');
        expect(suggestionOf(expectUnresolved(await validate(text), at(text, 'inventory')))).toBeUndefined();
    });

    test('a topic of another cluster does not resolve', async () => {
        const text = `${cluster()}cluster other {\n    broker 1\n    producer p { produces orders }\n}\n`;
        expectUnresolved(await validate(text), at(text, 'produces orders', 2, 'produces '.length));
    });
});

describe('groups', () => {
    test('in expect group … balanced', async () => {
        const text = scenario('expect group biling balanced');
        expect(suggestionOf(expectUnresolved(await validate(text), at(text, 'biling')))).toBe('billing');
    });

    test('in member … in: on the group reference', async () => {
        const text = scenario('fail member alice in biling');
        const found = withCode(await validate(text), CODE);
        // Only the group: "biling has no member alice" would follow from it and say nothing new.
        expect(found.map((d) => d.range.start)).toEqual([at(text, 'biling')]);
    });
});

describe('members', () => {
    test('a named member the group does not have: on the member, suggesting the nearest', async () => {
        const text = scenario('fail member alicia in billing');
        const d = expectUnresolved(await validate(text), at(text, 'alicia'));
        expect(suggestionOf(d)).toBe('alice');
    });

    test('a counted member beyond the count', async () => {
        const text = cluster('consumer-group readers { consumes orders members 2 }', 'scenario drill { fail member readers-3 in readers }');
        expectUnresolved(await validate(text), at(text, 'readers-3'));
    });

    test('a counted member within the count', async () => {
        const text = cluster('consumer-group readers { consumes orders members 2 }', 'scenario drill { fail member readers-2 in readers }');
        expect(withCode(await validate(text), CODE)).toEqual([]);
    });
});

describe('brokers, racks and controllers in scenario steps', () => {
    test('an undeclared broker: on the broker id', async () => {
        const text = scenario('fail broker 7');
        expectUnresolved(await validate(text), at(text, '7'));
    });

    test('an undeclared rack: on the rack, suggesting the nearest', async () => {
        const text = scenario('fail rack "az-4"');
        const d = expectUnresolved(await validate(text), at(text, '"az-4"'));
        expect(['az-1', 'az-2', 'az-3']).toContain(suggestionOf(d));
    });

    test('a misspelt rack', async () => {
        const text = scenario('recover rack "az2"');
        expect(suggestionOf(expectUnresolved(await validate(text), at(text, '"az2"')))).toBe('az-2');
    });

    test('a controller where the brokers are the voters', async () => {
        const text = scenario('fail controller 1');
        expectUnresolved(await validate(text), at(text, 'controller 1', 1, 'controller '.length));
    });

    test('a controller beyond `controllers N`', async () => {
        const text = scenario('fail controller 4').replace('broker 1 {', 'controllers 3\n    broker 1 {');
        expectUnresolved(await validate(text), at(text, 'controller 4', 1, 'controller '.length));
    });

    test('a controller within `controllers N`', async () => {
        const text = scenario('fail controller 3').replace('broker 1 {', 'controllers 3\n    broker 1 {');
        expect(withCode(await validate(text), CODE)).toEqual([]);
    });

    test('an unresolved step is skipped, the rest of the drill still runs', async () => {
        const text = scenario('fail broker 7', 'fail broker 1', 'expect orders fully-replicated');
        const v = await validate(text);
        expectUnresolved(v, at(text, '7'));
        expect(withCode(v, 'scenario-expectation-failed').map((d) => d.range.start)).toEqual([at(text, 'expect orders fully-replicated')]);
    });
});

test('unresolved references stay errors in the development profile', async () => {
    const text = cluster('profile development', 'producer refunds { produces ordrs }');
    expectUnresolved(await validate(text), at(text, 'ordrs'));
});
