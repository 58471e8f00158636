// Topic names as Kafka's Topic.validate sees them (validation/topic-names.ts):
// reported on the name; for a collision or a duplicate, on the later declaration.
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { reset, validate, withCode } from '../support/language.js';
import { at, expectOne } from '../support/positions.js';

afterEach(reset);

const { Error: E, Warning: W } = DiagnosticSeverity;

const cluster = (...items: string[]) =>
    `cluster shop {\n    brokers 1..3\n    defaults { replication-factor 3 min-insync-replicas 2 }\n${items.map((i) => `    ${i}\n`).join('')}}\n`;

describe('invalid-topic-name', () => {
    test.each([
        ['a space', '"order events"'],
        ['a slash', '"orders/v2"'],
        ['a non-ASCII letter', '"주문"'],
        ['a single dot', '"."'],
        ['two dots', '".."'],
        ['nothing', '""'],
        ['250 characters', `"${'x'.repeat(250)}"`]
    ])('%s: error on the name', async (_what, name) => {
        const text = cluster(`topic ${name} { }`);
        expectOne(await validate(text), 'invalid-topic-name', E, at(text, name));
    });

    test.each([
        ['letters, digits, dots, dashes, underscores', 'Order.events_v2-eu'],
        ['a quoted name starting with a digit', '"2fa-events"'],
        ['a keyword in quotes', '"partitions"'],
        ['three dots', '"..."'],
        ['249 characters', `"${'x'.repeat(249)}"`]
    ])('%s: valid', async (_what, name) => {
        expect((await validate(cluster(`topic ${name} { }`))).codes).toEqual([]);
    });
});

describe('reserved-topic-name', () => {
    test('a name starting with "__": warning on the name', async () => {
        const text = cluster('topic __audit { }');
        expectOne(await validate(text), 'reserved-topic-name', W, at(text, '__audit'));
    });

    test('one underscore, or "__" inside the name, is not reserved', async () => {
        expect((await validate(cluster('topic _audit { }', 'topic audit__log { }'))).codes).toEqual([]);
    });

    test('an invalid name is reported as invalid, not also as reserved', async () => {
        const v = await validate(cluster('topic "__a b" { }'));
        expect(v.codes).toEqual(['4:invalid-topic-name']);
    });
});

describe('topic-name-collision', () => {
    test("'.' and '_' at the same place collide: error on the later one", async () => {
        const text = cluster('topic user.events { }', 'topic user_events { }');
        expectOne(await validate(text), 'topic-name-collision', E, at(text, 'user_events'));
    });

    test('the order of declaration decides which one is reported', async () => {
        const text = cluster('topic user_events { }', 'topic user.events { }');
        expectOne(await validate(text), 'topic-name-collision', E, at(text, 'user.events'));
    });

    test("names that differ otherwise, or only in a '-', do not collide", async () => {
        expect((await validate(cluster('topic user.events { }', 'topic user-events { }', 'topic user_event { }'))).codes).toEqual([]);
    });
});

describe('duplicate-topic', () => {
    test('the same name twice: error on the later name, not also a collision', async () => {
        const text = cluster('topic orders { partitions 3 }', 'topic orders { partitions 6 }');
        const v = await validate(text);
        expectOne(v, 'duplicate-topic', E, at(text, 'orders', 2));
        expect(withCode(v, 'topic-name-collision')).toEqual([]);
    });

    test('a quoted and an unquoted spelling are the same name', async () => {
        const text = cluster('topic orders { }', 'topic "orders" { }');
        expectOne(await validate(text), 'duplicate-topic', E, at(text, '"orders"'));
    });

    test('the same topic name in two clusters is fine', async () => {
        const one = cluster('topic orders { }');
        expect((await validate(`${one}${one.replace('shop', 'warehouse')}`)).codes).toEqual([]);
    });

    test('names differing in case are different topics', async () => {
        expect((await validate(cluster('topic orders { }', 'topic Orders { }'))).codes).toEqual([]);
    });
});
