// `config { key = value }` entries (validation/topic-config.ts): every config
// rule is reported on the config entry.
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { reset, validate, withCode } from '../support/language.js';
import { at, expectOne } from '../support/positions.js';

afterEach(reset);

const { Error: E, Warning: W } = DiagnosticSeverity;

/** A clean cluster with one topic whose config block holds `entry`. */
const withEntry = (entry: string, topicItems = 'replication-factor 3 min-insync-replicas 2') =>
    `cluster shop {\n    brokers 1..3\n    topic t {\n        ${topicItems}\n        config {\n            ${entry}\n        }\n    }\n}\n`;

describe('unknown-config', () => {
    test('a misspelt key: warning on the entry, with the nearest key for the fix', async () => {
        const text = withEntry('retention.msec = 7d');
        const v = await validate(text);
        expectOne(v, 'unknown-config', W, at(text, 'retention.msec'));
        expect(withCode(v, 'unknown-config')[0].data).toMatchObject({ replaceKey: 'retention.ms' });
    });

    test('a broker-level name points to the topic-level key', async () => {
        const text = withEntry('log.retention.ms = 7d');
        const v = await validate(text);
        expectOne(v, 'unknown-config', W, at(text, 'log.retention.ms'));
        expect(withCode(v, 'unknown-config')[0].data).toMatchObject({ replaceKey: 'retention.ms' });
    });

    test('a broker key in hours: the fix keeps the meaning by writing the unit', async () => {
        const text = withEntry('log.retention.hours = 168');
        const v = await validate(text);
        expect(withCode(v, 'unknown-config')[0].data).toMatchObject({ replaceKey: 'retention.ms', replaceValue: '168h' });
    });

    test('compression.type = producer (a keyword of this language) is a valid value', async () => {
        expect((await validate(withEntry('compression.type = producer'))).codes).toEqual([]);
    });

    test('a key far from every known one: no suggestion', async () => {
        const text = withEntry('colour = blue');
        const v = await validate(text);
        expectOne(v, 'unknown-config', W, at(text, 'colour'));
        expect(withCode(v, 'unknown-config')[0].data?.replaceKey).toBeUndefined();
    });

    test('the correct key', async () => {
        expect((await validate(withEntry('retention.ms = 7d'))).codes).toEqual([]);
    });
});

describe('invalid-config-value', () => {
    test.each([
        ['a policy outside {delete, compact}', 'cleanup.policy = shred'],
        ['a compression codec Kafka does not know', 'compression.type = brotli'],
        ['a word for a boolean', 'preallocate = yes'],
        ['a size for a duration', 'retention.ms = 64MiB'],
        ['a duration for a size', 'segment.bytes = 7d'],
        ['an unknown unit', 'retention.ms = 7x'],
        ['a number below the minimum', 'retention.ms = -2'],
        ['a ratio above 1', 'min.cleanable.dirty.ratio = 1.5'],
        ['a fraction for an integer', 'flush.messages = 1.5'],
        ['an int beyond 2^31-1', 'max.message.bytes = 2147483648'],
        ['a list for a single value', 'compression.type = zstd, lz4'],
        ['min.insync.replicas below 1', 'min.insync.replicas = 0']
    ])('%s: error on the entry', async (_what, entry) => {
        const text = withEntry(entry);
        expectOne(await validate(text), 'invalid-config-value', E, at(text, entry));
    });

    test.each([
        ['retention forever', 'retention.ms = -1'],
        ['a duration with a unit', 'retention.ms = 7d'],
        ['milliseconds', 'segment.ms = 500ms'],
        ['a binary size', 'segment.bytes = 64MiB'],
        ['a decimal size', 'max.message.bytes = 1MB'],
        ['both cleanup policies', 'cleanup.policy = delete, compact'],
        ['a quoted list', 'cleanup.policy = "compact,delete"'],
        ['a known codec', 'compression.type = zstd'],
        ['a quoted enum value', 'compression.type = "producer"'],
        ['a boolean', 'preallocate = true'],
        ['a ratio', 'min.cleanable.dirty.ratio = 0.5'],
        ['a case-sensitive enum value', 'message.timestamp.type = LogAppendTime']
    ])('%s: valid', async (_what, entry) => {
        expect((await validate(withEntry(entry))).codes).toEqual([]);
    });
});

describe('config-shadows-property', () => {
    test('min.insync.replicas next to min-insync-replicas: warning on the entry', async () => {
        const text = withEntry('min.insync.replicas = 2');
        expectOne(await validate(text), 'config-shadows-property', W, at(text, 'min.insync.replicas'));
    });

    test('the property wins: a config value that would be wrong on its own is not judged', async () => {
        const v = await validate(withEntry('min.insync.replicas = 3'));
        expect(withCode(v, 'min-insync-equals-replication-factor')).toEqual([]);
        expect(withCode(v, 'config-shadows-property')).toHaveLength(1);
    });

    test('the config entry alone sets min ISR, nothing is shadowed', async () => {
        expect((await validate(withEntry('min.insync.replicas = 2', 'replication-factor 3'))).codes).toEqual([]);
    });

    test('in defaults too', async () => {
        const text = 'cluster shop {\n    brokers 1..3\n    defaults {\n        replication-factor 3\n        min-insync-replicas 2\n        config { min.insync.replicas = 2 }\n    }\n}\n';
        expectOne(await validate(text), 'config-shadows-property', W, at(text, 'min.insync.replicas'));
    });

    test('a topic config entry over a defaults property is an override, not a shadow', async () => {
        const text = 'cluster shop {\n    brokers 1..3\n    defaults { replication-factor 3 min-insync-replicas 2 }\n    topic t { config { min.insync.replicas = 2 } }\n}\n';
        expect((await validate(text)).codes).toEqual([]);
    });
});

describe('unclean-election-enabled', () => {
    test('unclean.leader.election.enable = true: warning on the entry', async () => {
        const text = withEntry('unclean.leader.election.enable = true');
        expectOne(await validate(text), 'unclean-election-enabled', W, at(text, 'unclean.leader.election.enable'));
    });

    test('= false is the safe setting', async () => {
        expect((await validate(withEntry('unclean.leader.election.enable = false'))).codes).toEqual([]);
    });

    test('in defaults: on the defaults entry', async () => {
        const text = 'cluster shop {\n    brokers 1..3\n    defaults {\n        replication-factor 3\n        min-insync-replicas 2\n        config { unclean.leader.election.enable = true }\n    }\n    topic t { }\n}\n';
        expectOne(await validate(text), 'unclean-election-enabled', W, at(text, 'unclean.leader.election.enable'));
    });
});
