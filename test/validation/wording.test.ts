// Kafka-accurate words (issue 9, item 9): acks -1 is all, acks 0 has nobody
// confirming, the RF advice names the topic's own min ISR, English counts take
// the right plural and Korean particles the right form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { resolveParticles, resolvePlurals } from '../../language-server/messages/grammar-forms.js';
import { kafkaFiles, REPO } from '../support/markers.js';
import { reset, validate, withCode } from '../support/language.js';

afterEach(reset);

describe('plurals and particles', () => {
    test.each([
        ['Only 1 quorum voter(s) (brokers)', 'Only 1 quorum voter (brokers)'],
        ['3 quorum voter(s)', '3 quorum voters'],
        ['survive only 0 failure(s)', 'survive only 0 failures'],
        ['has 1 replica(s) but', 'has 1 replica but'],
        ['1,000 partition(s)', '1,000 partitions']
    ])('%s', (written, expected) => {
        expect(resolvePlurals(written)).toBe(expected);
    });

    test.each([
        ["토픽 'checkout'이(가) 없습니다", "토픽 'checkout'이 없습니다"],
        ["토픽 'orders'은(는)", "토픽 'orders'는"],
        ["토픽 'order'을(를)", "토픽 'order'를"],
        ['브로커 1이(가)', '브로커 1이'],
        ['브로커 2이(가)', '브로커 2가'],
        ['컨트롤러을(를)', '컨트롤러를'],
        ['브로커을(를)', '브로커를'],
        ['주문(으)로', '주문으로'],
        ['서울(으)로', '서울로'],
        ["'mail'(으)로", "'mail'로"],
        ["그룹 'payments'와(과)", "그룹 'payments'와"],
        ["토픽 'stream'와(과)", "토픽 'stream'과"]
    ])('%s', (written, expected) => {
        expect(resolveParticles(written)).toBe(expected);
    });

    test.each(kafkaFiles(join(REPO, 'samples')))('%s: no lazy plural in English, no two-way particle in Korean', async (file) => {
        const text = readFileSync(file, 'utf8');
        const english = (await validate(text, 'en')).diagnostics.map((d) => d.message);
        await reset();
        const korean = (await validate(text, 'ko')).diagnostics.map((d) => d.message);
        expect(english.filter((m) => /\w\(s\)/.test(m))).toEqual([]);
        expect(korean.filter((m) => /이\(가\)|은\(는\)|을\(를\)|와\(과\)|과\(와\)|\(으\)로/.test(m))).toEqual([]);
    });
});

const cluster = (...items: string[]) => `cluster c {\n    brokers 1..3\n${items.map((i) => `    ${i}\n`).join('')}}\n`;

describe('acks', () => {
    test('acks -1 is all: neither invalid-acks nor acks-may-lose-data', async () => {
        const v = await validate(cluster('topic t { replication-factor 3 min-insync-replicas 2 }', 'producer p { produces t acks -1 }'));
        expect(withCode(v, 'invalid-acks')).toEqual([]);
        expect(withCode(v, 'acks-may-lose-data')).toEqual([]);
    });

    test('acks -2 is invalid-acks', async () => {
        const v = await validate(cluster('topic t { replication-factor 3 min-insync-replicas 2 }', 'producer p { produces t acks -2 }'));
        expect(withCode(v, 'invalid-acks')).toHaveLength(1);
    });

    test('acks 0: nobody confirms, and the message does not say the leader does', async () => {
        const v = await validate(cluster('topic t { replication-factor 3 min-insync-replicas 2 }', 'producer p { produces t acks 0 }'));
        const [message] = withCode(v, 'acks-may-lose-data').map((d) => d.message);
        expect(message).toMatch(/does not wait for any broker/);
        expect(message).not.toMatch(/leader confirms/);
    });
});

test('replication factor 2 with min ISR 1: the advice speaks of min ISR 1, not 2', async () => {
    const v = await validate(cluster('topic t { replication-factor 2 min-insync-replicas 1 }'));
    const [message] = withCode(v, 'replication-factor-too-low').map((d) => d.message);
    expect(message).toMatch(/min ISR 1/);
    expect(message).not.toMatch(/min ISR 2/);
});
