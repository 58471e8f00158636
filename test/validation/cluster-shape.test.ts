// Brokers, racks and the KRaft quorum (validation/cluster-shape.ts): each rule
// with a failing sample and a passing one that differs only in what it is about.
// Cluster-level rules are reported on the cluster's name (RULES.md).
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { reset, validate, withCode } from '../support/language.js';
import { at, expectOne } from '../support/positions.js';

afterEach(reset);

const { Error: E, Warning: W } = DiagnosticSeverity;

const NAME = 'shop';
const cluster = (...items: string[]) => `cluster ${NAME} {\n${items.map((i) => `    ${i}\n`).join('')}}\n`;
const onName = (text: string) => at(text, NAME);

describe('quorum-even', () => {
    test('four brokers as voters: warning on the cluster name', async () => {
        const text = cluster('broker 1', 'broker 2', 'broker 3', 'broker 4');
        expectOne(await validate(text), 'quorum-even', W, onName(text));
    });

    test('three or five brokers: odd, nothing reported', async () => {
        expect((await validate(cluster('broker 1', 'broker 2', 'broker 3'))).codes).toEqual([]);
        await reset();
        expect((await validate(cluster('brokers 1..5'))).codes).toEqual([]);
    });

    test('with dedicated controllers the controllers are the voters', async () => {
        const even = cluster('controllers 4', 'brokers 1..3');
        expectOne(await validate(even), 'quorum-even', W, onName(even));
        await reset();
        expect((await validate(cluster('controllers 3', 'brokers 1..4'))).codes).toEqual([]);
    });
});

describe('quorum-too-small', () => {
    test('one broker: warning on the cluster name', async () => {
        const text = cluster('broker 1');
        expectOne(await validate(text), 'quorum-too-small', W, onName(text));
    });

    test('two brokers: too small and even', async () => {
        const text = cluster('broker 1', 'broker 2');
        const v = await validate(text);
        expectOne(v, 'quorum-too-small', W, onName(text));
        expectOne(v, 'quorum-even', W, onName(text));
    });

    test('one dedicated controller is too small even over three brokers', async () => {
        const text = cluster('controllers 1', 'brokers 1..3');
        expectOne(await validate(text), 'quorum-too-small', W, onName(text));
        await reset();
        expect(withCode(await validate(cluster('controllers 3', 'brokers 1..3')), 'quorum-too-small')).toEqual([]);
    });
});

describe('too-few-brokers', () => {
    test('two brokers in production: warning on the cluster name', async () => {
        const text = cluster('controllers 3', 'broker 1', 'broker 2');
        const v = await validate(text);
        expectOne(v, 'too-few-brokers', W, onName(text));
        expect(withCode(v, 'quorum-too-small')).toEqual([]);
    });

    test('three brokers are enough', async () => {
        expect(withCode(await validate(cluster('controllers 3', 'brokers 1..3')), 'too-few-brokers')).toEqual([]);
    });
});

describe('no-brokers', () => {
    test('a cluster without brokers: error on the cluster name, and no quorum or broker-count rule on top', async () => {
        const text = cluster('profile production');
        const v = await validate(text);
        expectOne(v, 'no-brokers', E, onName(text));
        expect(v.codes).toEqual(['1:no-brokers']);
    });

    test('an empty range declares no broker', async () => {
        const text = cluster('brokers 3..1');
        expectOne(await validate(text), 'no-brokers', E, onName(text));
    });

    test('one broker is a broker', async () => {
        expect(withCode(await validate(cluster('broker 1')), 'no-brokers')).toEqual([]);
    });
});

describe('duplicate-broker', () => {
    test('a broker id declared twice: error on the later id', async () => {
        const text = cluster('broker 1', 'broker 2', 'broker 3', 'broker 2');
        expectOne(await validate(text), 'duplicate-broker', E, at(text, 'broker 2', 2, 'broker '.length));
    });

    test('a single broker inside an earlier range', async () => {
        const text = cluster('brokers 1..3', 'broker 2');
        expectOne(await validate(text), 'duplicate-broker', E, at(text, 'broker 2', 1, 'broker '.length));
    });

    test('a range overlapping an earlier declaration: on the range header, which stays on one line', async () => {
        const text = cluster('brokers 1..3', 'brokers 3..5 {', '    racks "a", "b"', '}');
        const [d] = withCode(await validate(text), 'duplicate-broker');
        expect(d.severity).toBe(E);
        expect(d.range).toEqual({ start: at(text, 'brokers 3..5'), end: at(text, 'brokers 3..5', 1, 'brokers 3..5'.length) });
    });

    test('adjacent ranges do not overlap', async () => {
        expect((await validate(cluster('brokers 1..3', 'brokers 4..5', 'broker 6', 'broker 7'))).codes).toEqual([]);
    });
});

describe('rack-incomplete', () => {
    test('some brokers with a rack and some without: error on the cluster name', async () => {
        const text = cluster('placement admin-utils', 'broker 1 { rack "az-1" }', 'broker 2 { rack "az-2" }', 'broker 3');
        expectOne(await validate(text), 'rack-incomplete', E, onName(text));
    });

    test('a rack for every broker, or for none', async () => {
        expect((await validate(cluster('broker 1 { rack "az-1" }', 'broker 2 { rack "az-2" }', 'broker 3 { rack "az-3" }'))).codes).toEqual([]);
        await reset();
        expect((await validate(cluster('brokers 1..3 { racks "az-1", "az-2", "az-3" }'))).codes).toEqual([]);
    });

    test('a range with racks next to a broker without one', async () => {
        const text = cluster('placement admin-utils', 'brokers 1..3 { racks "az-1", "az-2", "az-3" }', 'controllers 3', 'broker 4');
        expectOne(await validate(text), 'rack-incomplete', E, onName(text));
    });

    test('under placement striped (the default) a warning: the placer accepts it, the rackless brokers are one more rack', async () => {
        const text = cluster('broker 1 { rack "az-1" }', 'broker 2 { rack "az-2" }', 'broker 3');
        const v = await validate(text);
        expectOne(v, 'rack-incomplete', W, onName(text));
        expect(v.diagnostics.find((d) => d.code === 'rack-incomplete')!.message).toMatch(/striped placer accepts this/);
        await reset();
        const explicit = cluster('placement striped', 'broker 1 { rack "az-1" }', 'broker 2');
        expect((await validate(explicit)).diagnostics.filter((d) => d.code === 'rack-incomplete').map((d) => d.severity)).toEqual([2]);
    });
});
