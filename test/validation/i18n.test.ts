// Messages in English and Korean (language-server/messages/{en,ko}.ts): every
// issue code has a message in both catalogues with the same placeholders, and a
// Korean run yields Korean text, every placeholder filled, for every rule.
import { afterEach, describe, expect, test } from 'vitest';
import { en } from '../../language-server/messages/en.js';
import { ko } from '../../language-server/messages/ko.js';
import { TOPIC_CONFIGS } from '../../language-server/model/topic-configs.js';
import { ALL_ISSUE_CODES } from '../../language-server/validation/issue-codes.js';
import { language, reset, validate, type Validated } from '../support/language.js';

afterEach(async () => {
    language.kafka.Locale.set('en');
    await reset();
});

const HANGUL = /[\uAC00-\uD7A3]/;
const PLACEHOLDER = /\{\w+\}/g;
const placeholders = (template: string) => [...new Set(template.match(PLACEHOLDER) ?? [])].sort();
const keysOf = (code: string, messages: Readonly<Record<string, string>>) =>
    Object.keys(messages).filter((key) => key === code || key.startsWith(`${code}/`));

describe('the catalogues', () => {
    test.each(ALL_ISSUE_CODES)('%s has an English and a Korean message', (code) => {
        expect(keysOf(code, en.messages).length).toBeGreaterThan(0);
        expect(keysOf(code, ko.messages)).toEqual(keysOf(code, en.messages));
    });

    test('both catalogues have the same keys', () => {
        expect(Object.keys(ko.messages).sort()).toEqual(Object.keys(en.messages).sort());
        expect(Object.keys(ko.terms).sort()).toEqual(Object.keys(en.terms).sort());
    });

    test.each(Object.keys(en.messages) as (keyof typeof en.messages)[])('%s: the same placeholders in both languages', (key) => {
        expect(placeholders(ko.messages[key] ?? '')).toEqual(placeholders(en.messages[key]));
    });

    test('every topic config Kafka has is documented in both catalogues, and no other', () => {
        const keys = [...TOPIC_CONFIGS.keys()].sort();
        expect(Object.keys(en.configs).sort()).toEqual(keys);
        expect(Object.keys(ko.configs).sort()).toEqual(keys);
    });

    test('every Korean message and term is written in Korean', () => {
        const notKorean = Object.entries(ko.messages).filter(([, text]) => !HANGUL.test(text)).map(([key]) => key);
        expect(notKorean).toEqual([]);
        const terms = Object.entries(ko.terms).filter(([, text]) => !HANGUL.test(text)).map(([key]) => key);
        expect(terms).toEqual([]);
    });
});

const three = 'brokers 1..3';
const good = 'defaults { replication-factor 3 min-insync-replicas 2 }';
const c = (...items: string[]) => `cluster shop {\n${items.map((i) => `    ${i}\n`).join('')}}\n`;
const drill = (...steps: string[]) => `scenario drill { ${steps.join(' ')} }`;
const entry = (text: string) => c(three, `topic t { replication-factor 3 min-insync-replicas 2 config { ${text} } }`);

/** A sample per code and message variant; each must report its code. */
const SAMPLES: Array<[code: string, text: string]> = [
    ['syntax-error', c('broker 1', 'topic t { partitions }')],
    ['syntax-error', c('broker 1 $')],
    ['syntax-error', c('broker 1 { rack "az }')],
    ['quorum-even', c('brokers 1..4')],
    ['quorum-too-small', c('broker 1')],
    ['unsupported-in-version', c('kafka-version 2.8', three)],
    ['unsupported-in-version', c('kafka-version 4.0', 'features { share.version = 1 }', three)],
    ['unsupported-in-version', c('kafka-version 4.1', 'features { share.version = 2 }', three)],
    ['unsupported-in-version', c('kafka-version 4.1', three, 'share-group s { }')],
    ['unsupported-in-version', c('kafka-version 3.9', three, good, 'topic t { }', 'consumer-group g { consumes t protocol consumer }')],
    ['too-few-brokers', c('controllers 3', 'broker 1', 'broker 2')],
    ['no-brokers', c()],
    ['duplicate-broker', c(three, 'broker 2')],
    ['rack-incomplete', c('placement admin-utils', 'broker 1 { rack "a" }', 'broker 2', 'broker 3')],
    ['rack-incomplete', c('broker 1 { rack "a" }', 'broker 2', 'broker 3')],
    ['invalid-partitions', c(three, good, 'topic t { partitions 0 }')],
    ['invalid-replication-factor', c(three, 'topic t { replication-factor 0 }')],
    ['replication-factor-exceeds-brokers', c(three, 'topic t { replication-factor 4 min-insync-replicas 2 }')],
    ['replication-factor-too-low', c(three, 'topic t { }')],
    ['replication-factor-too-low', c(three, 'topic t { replication-factor 2 min-insync-replicas 1 }')],
    ['invalid-min-insync', c(three, 'topic t { replication-factor 3 min-insync-replicas 0 }')],
    ['min-insync-exceeds-replication-factor', c(three, 'topic t { replication-factor 3 min-insync-replicas 4 }')],
    ['min-insync-equals-replication-factor', c(three, 'topic t { replication-factor 3 min-insync-replicas 3 }')],
    ['min-insync-too-low', c(three, 'topic t { replication-factor 3 min-insync-replicas 1 }')],
    ['replicas-exceed-racks', c('brokers 1..3 { racks "a", "b" }', 'topic t { replication-factor 3 min-insync-replicas 2 }')],
    ['total-order-needs-one-partition', c(three, good, 'topic t { partitions 3 ordering total }')],
    ['invalid-topic-name', c(three, good, 'topic "" { }', 'topic "." { }', `topic "${'x'.repeat(250)}" { }`, 'topic "a b" { }')],
    ['topic-name-collision', c(three, good, 'topic a.b { }', 'topic a_b { }')],
    ['reserved-topic-name', c(three, good, 'topic __t { }')],
    ['duplicate-topic', c(three, good, 'topic t { }', 'topic t { }')],
    ['unknown-config', entry('retention.msec = 1d')],
    ['unknown-config', entry('colour = blue')],
    ['invalid-config-value', entry('compression.type = brotli')],
    ['invalid-config-value', entry('cleanup.policy = shred')],
    ['invalid-config-value', entry('flush.messages = 1.5')],
    ['invalid-config-value', entry('min.cleanable.dirty.ratio = abc')],
    ['invalid-config-value', entry('preallocate = yes')],
    ['invalid-config-value', entry('retention.ms = -2')],
    ['invalid-config-value', entry('min.cleanable.dirty.ratio = 2')],
    ['invalid-config-value', entry('retention.ms = 1GiB')],
    ['invalid-config-value', entry('segment.bytes = 1d')],
    ['invalid-config-value', entry('retention.ms = 3x')],
    ['invalid-config-value', entry('compression.type = lz4, zstd')],
    ['config-shadows-property', entry('min.insync.replicas = 2')],
    ['unclean-election-enabled', entry('unclean.leader.election.enable = true')],
    ['assignment-unknown-broker', c(three, 'topic t { replication-factor 1 assignment { 0: [4] } }')],
    ['assignment-duplicate-broker', c(three, 'topic t { replication-factor 2 min-insync-replicas 1 assignment { 0: [1, 1] } }')],
    ['assignment-wrong-size', c(three, good, 'topic t { replication-factor 3 assignment { 0: [1, 2] } }')],
    ['assignment-partitions-mismatch', c(three, good, 'topic t { partitions 2 assignment { 0: [1, 2, 3] } }')],
    ['assignment-partitions-mismatch', c(three, good, 'topic t { partitions 1 assignment { 0: [1, 2, 3] 1: [2, 3, 1] } }')],
    ['assignment-partitions-mismatch', c(three, good, 'topic t { partitions 1 assignment { 0: [1, 2, 3] 0: [2, 3, 1] } }')],
    ['unused-topic', c(three, good, 'topic t { }', 'topic u { }', 'producer p { produces t }')],
    ['unresolved-reference', c(three, good, 'topic orders { }', 'producer p { produces ordrs }')],
    ['unresolved-reference', c(three, good, 'topic orders { }', 'producer p { produces zzz }')],
    ['unresolved-reference', c(three, good, 'topic t { }', 'consumer-group g { consumes t members [alice] }', drill('fail member alica in g'))],
    ['unresolved-reference', c(three, good, 'topic t { }', 'consumer-group g { consumes t members [alice] }', drill('fail member zzz in g'))],
    ['unresolved-reference', c(three, drill('fail controller 1'))],
    ['unresolved-reference', c('controllers 3', three, drill('fail controller 4'))],
    ['unresolved-reference', c(three, drill('fail broker 9'))],
    ['unresolved-reference', c('brokers 1..3 { racks "az-1", "az-2", "az-3" }', drill('fail rack "az-9"'))],
    ['acks-may-lose-data', c(three, good, 'topic t { }', 'producer p { produces t acks 1 }')],
    ['invalid-acks', c(three, good, 'topic t { }', 'producer p { produces t acks 2 }')],
    ['idempotent-needs-acks-all', c(three, good, 'topic t { }', 'producer p { produces t acks 1 idempotent true }')],
    ['missing-record-key', c(three, good, 'topic t { ordering key id }', 'producer p { produces t }')],
    ['key-field-mismatch', c(three, good, 'topic t { ordering key id }', 'producer p { produces t key other }')],
    ['idle-consumers', c(three, good, 'topic t { }', 'consumer-group g { consumes t members 2 }')],
    ['uneven-consumer-load', c(three, good, 'topic a { partitions 3 }', 'topic b { partitions 3 }', 'consumer-group g { consumes a, b members 2 }')],
    ['group-without-topics', c(three, 'consumer-group g { members 1 }')],
    ['assignor-protocol-mismatch', c(three, good, 'topic t { }', 'consumer-group g { consumes t assignor uniform }')],
    ['assignor-protocol-mismatch', c(three, good, 'topic t { }', 'consumer-group g { consumes t protocol consumer assignor sticky }')],
    ['share-group-loses-order', c(three, good, 'topic t { ordering key id }', 'share-group s { consumes t }')],
    ['share-group-loses-order', c(three, good, 'topic t { partitions 1 ordering total }', 'share-group s { consumes t }')],
    ['producer-without-topics', c(three, 'producer p { acks all }')],
    ['duplicate-producer', c(three, good, 'topic t { }', 'producer p { produces t }', 'producer p { produces t }')],
    ['duplicate-group', c(three, good, 'topic t { }', 'consumer-group g { consumes t }', 'consumer-group g { consumes t }')],
    ['duplicate-member', c(three, good, 'topic t { partitions 2 }', 'consumer-group g { consumes t members [a, a] }')],
    ['duplicate-property', c(three, good, 'topic t { partitions 1 partitions 1 }')],
    ['scenario-expectation-failed', c(three, good, 'topic t { }', drill('expect t under-replicated'))],
    ['scenario-expectation-failed', c(three, good, 'topic t { }', drill('fail broker 1', 'expect t writable', 'expect t fully-replicated', 'expect t not readable'))],
    ['scenario-expectation-failed', c(three, drill('expect no quorum'))],
    ['scenario-expectation-failed', c('controllers 3', three, good, 'topic t { replication-factor 2 min-insync-replicas 1 assignment { 0: [1, 2] } config { unclean.leader.election.enable = true } }', drill('fail broker 2', 'fail broker 1', 'recover broker 2', 'expect no data-loss'))],
    ['scenario-expectation-failed', c(three, good, 'topic t { }', 'consumer-group g { consumes t members 2 }', drill('expect group g balanced'))],
    ['scenario-no-effect', c(three, drill('fail broker 1', 'fail broker 1', 'recover broker 2'))],
    ['scenario-no-effect', c('brokers 1..3 { racks "a", "b", "c" }', drill('recover rack "a"', 'fail rack "a"', 'fail rack "a"'))],
    ['scenario-no-effect', c('controllers 3', three, drill('recover controller 1', 'fail controller 1', 'fail controller 1'))],
    ['scenario-no-effect', c(three, good, 'topic t { }', 'consumer-group g { consumes t members 1 }', drill('recover member g-1 in g', 'fail member g-1 in g', 'fail member g-1 in g'))],
    ['value-out-of-range', c(three, 'broker -1', 'brokers 9..7', 'brokers 20..20000', 'controllers 0', good, 'topic t { partitions 3000000000 }', 'consumer-group g { consumes t members 0 }', 'consumer-group h { consumes t members 20000 }')],
    ['value-out-of-range', c('controllers 20000', three)],
    ['value-out-of-range', c(three, good, 'topic t { partitions 1000001 }')],
    ['invalid-name', c(three, good, 'topic t { }', 'consumer-group "" { consumes t members ["", b] }', 'producer "" { produces t }', 'scenario "" { }')],
    ['expectation-not-evaluated', c(three, good, 'topic t { partitions 1000001 }', drill('expect t writable'))],
    ['expectation-not-evaluated', c('controllers 0', three, good, 'topic t { }', drill('expect quorum'))],
    ['expectation-depends-on-placement', c('profile development', 'controllers 3', three, 'topic orders { partitions 1 replication-factor 2 }', drill('fail broker 1', 'fail broker 2', 'expect orders readable'))],
    ['expectation-depends-on-placement', c('profile development', 'placement admin-utils', 'controllers 3', three, 'topic orders { partitions 1 replication-factor 2 }', drill('fail broker 3', 'expect orders fully-replicated'))],
    ['assignment-in-defaults', c(three, 'defaults { replication-factor 3 min-insync-replicas 2 assignment { 0: [1, 2, 3] } }', 'topic t { }')],
    ['diagnostics-truncated', c(three, '$ '.repeat(10_001))]
];

test('the samples cover every issue code', () => {
    expect([...new Set(SAMPLES.map(([code]) => code))].sort()).toEqual([...ALL_ISSUE_CODES].sort());
});

describe.each(SAMPLES.map(([code, text], i) => [`${code} #${i}`, code, text] as const))('%s', (_name, code, text) => {
    const messages = (v: Validated) => v.diagnostics.filter((d) => d.code === code).map((d) => d.message);

    test('English: every placeholder filled, no Korean', async () => {
        const found = messages(await validate(text, 'en'));
        expect(found.length).toBeGreaterThan(0);
        for (const message of found) {
            expect(message).not.toMatch(PLACEHOLDER);
            expect(message).not.toMatch(HANGUL);
        }
    });

    test('Korean: every placeholder filled, in Korean, and not the English text', async () => {
        const english = messages(await validate(text, 'en'));
        await reset();
        const korean = messages(await validate(text, 'ko'));
        expect(korean).toHaveLength(english.length);
        korean.forEach((message, i) => {
            expect(message).not.toMatch(PLACEHOLDER);
            expect(message).toMatch(HANGUL);
            expect(message).not.toBe(english[i]);
        });
    });
});
