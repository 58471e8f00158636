// `profile development` (RULES.md, severities in brackets): quorum-too-small,
// too-few-brokers, replication-factor-too-low and min-insync-too-low are silent,
// acks-may-lose-data is information; every other rule keeps its severity.
// Without a profile a cluster is a production cluster.
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { reset, validate, withCode } from '../support/language.js';

afterEach(reset);

const { Error: E, Warning: W, Information: I } = DiagnosticSeverity;

type Profile = 'production' | 'development' | undefined;

/** The cluster with `profile` (none when undefined) as its first item. */
const inProfile = (profile: Profile, ...items: string[]) =>
    `cluster shop {\n${profile ? `    profile ${profile}\n` : ''}${items.map((i) => `    ${i}\n`).join('')}}\n`;

const severities = async (code: string, profile: Profile, ...items: string[]) =>
    withCode(await validate(inProfile(profile, ...items)), code).map((d) => d.severity);

const SILENCED: Array<[code: string, items: string[]]> = [
    ['quorum-too-small', ['broker 1']],
    ['too-few-brokers', ['controllers 3', 'broker 1', 'broker 2']],
    ['replication-factor-too-low', ['brokers 1..3', 'topic t { replication-factor 2 min-insync-replicas 1 }']],
    ['min-insync-too-low', ['brokers 1..3', 'topic t { replication-factor 3 min-insync-replicas 1 }']]
];

describe.each(SILENCED)('%s', (code, items) => {
    test('a warning in production', async () => {
        expect(await severities(code, 'production', ...items)).toEqual([W]);
    });

    test('a warning without a profile (production is the default)', async () => {
        expect(await severities(code, undefined, ...items)).toEqual([W]);
    });

    test('silent in development', async () => {
        expect(await severities(code, 'development', ...items)).toEqual([]);
    });
});

describe('acks-may-lose-data', () => {
    const items = ['brokers 1..3', 'topic t { replication-factor 3 min-insync-replicas 2 }', 'producer p { produces t acks 1 }'];

    test('a warning in production', async () => {
        expect(await severities('acks-may-lose-data', 'production', ...items)).toEqual([W]);
    });

    test('information in development', async () => {
        expect(await severities('acks-may-lose-data', 'development', ...items)).toEqual([I]);
    });
});

describe('other rules keep their severity in development', () => {
    test.each([
        ['quorum-even', W, ['brokers 1..4']],
        ['replication-factor-exceeds-brokers', E, ['broker 1', 'topic t { replication-factor 3 }']],
        ['min-insync-equals-replication-factor', W, ['brokers 1..3', 'topic t { replication-factor 3 min-insync-replicas 3 }']],
        ['idle-consumers', W, ['broker 1', 'topic t { }', 'consumer-group g { consumes t members 2 }']],
        ['no-brokers', E, ['topic t { }']]
    ])('%s', async (code, severity, items) => {
        expect(await severities(code, 'development', ...items)).toEqual([severity]);
    });
});

test('the laptop cluster of the spec is quiet in development and noisy in production', async () => {
    const items = ['broker 1', 'topic demo-events { partitions 3 }', 'producer demo-app { produces demo-events }', 'consumer-group demo-readers { consumes demo-events members 3 }'];
    expect((await validate(inProfile('development', ...items))).codes).toEqual([]);
    await reset();
    expect([...new Set((await validate(inProfile('production', ...items))).codes.map((c) => c.split(':')[1]))].sort()).toEqual(['quorum-too-small', 'too-few-brokers']);
});

test('the profile is per cluster', async () => {
    const text = `${inProfile('development', 'broker 1')}${inProfile('production', 'broker 1').replace('shop', 'prod')}`;
    expect((await validate(text)).codes.map((c) => c.split(':')[1]).sort()).toEqual(['quorum-too-small', 'too-few-brokers']);
});
