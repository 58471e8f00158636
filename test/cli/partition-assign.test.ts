// `kafka-topology partition` and `assign` against the public Kafka vectors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toPositive } from '../../simulator/partitioner.js';
import { runCli } from '../support/cli.js';
import { SHARED } from '../support/markers.js';

const vectors = JSON.parse(readFileSync(join(SHARED, 'vectors/kafka-vectors.json'), 'utf8'));

describe('kafka-topology partition', () => {
    test('routes keys as Kafka does: toPositive(murmur2(utf8(key))) mod N', () => {
        const cases: Array<{ input: string; expected: number }> = vectors.murmur2[0].cases;
        const n = 7;
        const result = runCli(['partition', '--partitions', String(n), '--format', 'json', '--', ...cases.map((c) => c.input)]);
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout)).toEqual(cases.map((c) => ({ key: c.input, partition: toPositive(c.expected) % n })));
    });

    test('keys after -- may be empty or start with a dash', () => {
        const result = runCli(['partition', '--partitions', '3', '--format', 'json', '--', '', '-x']);
        expect(JSON.parse(result.stdout).map((r: { key: string }) => r.key)).toEqual(['', '-x']);
    });

    test('text output names each key and its partition', () => {
        const result = runCli(['partition', '--partitions', '3', 'order-1']);
        expect(result.stdout).toMatch(/^"order-1" -> [0-2]$/m);
    });

    test.each([[['partition', 'k']], [['partition', '--partitions', '0', 'k']], [['partition', '--partitions', 'x', 'k']], [['partition', '--partitions', '3']]])('bad arguments exit 2: %j', (args) => {
        const result = runCli(args);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/^kafka-topology: partition: /);
    });
});

describe('kafka-topology assign --protocol consumer', () => {
    const run = (args: string[]) => JSON.parse(runCli(['assign', '--protocol', 'consumer', ...args, '--format', 'json']).stdout);
    test('uniform is the default; 4.1+ gives the extra partitions to the last members, 4.0 to the first (KAFKA-18688)', () => {
        expect(run(['--members', 'A,B,C', '--topics', 't:2'])).toEqual({ A: [], B: ['t-0'], C: ['t-1'] });
        expect(run(['--members', 'A,B,C', '--topics', 't:2', '--kafka-version', '4.0'])).toEqual({ A: ['t-0'], B: ['t-1'], C: [] });
    });
    test('--current: the target assignment starts from it (a member leaves, the others keep theirs)', () => {
        const after = run(['--members', 'A,B', '--topics', 't:6', '--current', 'A=t-0+t-1,B=t-2+t-3']);
        expect(after.A).toEqual(expect.arrayContaining(['t-0', 't-1']));
        expect(after.B).toEqual(expect.arrayContaining(['t-2', 't-3']));
        expect([...after.A, ...after.B]).toHaveLength(6);
    });
    test('the broker range assignor: members sorted, contiguous ranges', () => {
        expect(run(['--assignor', 'range', '--members', 'B,A', '--topics', 't:3'])).toEqual({ B: ['t-2'], A: ['t-0', 't-1'] });
    });
    test.each([
        [['--assignor', 'sticky', '--members', 'a', '--topics', 't:1']],
        [['--members', 'a', '--topics', 't:1', '--current', 'a=t-5']],
        [['--members', 'a,b', '--topics', 't:2', '--current', 'a=t-0,b=t-0']],
        [['--members', 'a', '--topics', 't:1', '--kafka-version', 'latest']]
    ])('usage error %j: exit 2, one line', (args) => {
        const r = runCli(['assign', '--protocol', 'consumer', ...args]);
        expect(r.status).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
});

describe('kafka-topology assign --protocol share', () => {
    const run = (args: string[]) => JSON.parse(runCli(['assign', '--protocol', 'share', ...args, '--format', 'json']).stdout) as Record<string, string[]>;
    const membersOf = (assignment: Record<string, string[]>, tp: string) => Object.keys(assignment).filter((m) => assignment[m].includes(tp));
    test.each([
        [3, 2],
        [3, 3],
        [3, 5],
        [2, 7],
        [6, 4]
    ])('simple (the default) on %i partitions and %i members: each partition to ceil(members / partitions) members, nobody idle when members outnumber partitions', (partitions, memberCount) => {
        const members = Array.from({ length: memberCount }, (_, i) => `m${i}`);
        const assignment = run(['--members', members.join(','), '--topics', `t:${partitions}`]);
        const sharing = Math.ceil(memberCount / partitions);
        for (let p = 0; p < partitions; p++) expect(membersOf(assignment, `t-${p}`)).toHaveLength(sharing);
        const counts = members.map((m) => assignment[m].length);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        if (memberCount >= partitions) expect(counts.every((n) => n >= 1)).toBe(true);
    });
    test('--current: members keep what they hold when the sharing does not change', () => {
        const assignment = run(['--members', 'A,B,C,D', '--topics', 't:2', '--current', 'A=t-1,B=t-0,C=t-1,D=t-0']);
        expect(assignment).toEqual({ A: ['t-1'], B: ['t-0'], C: ['t-1'], D: ['t-0'] });
    });
    test.each([
        [['--assignor', 'uniform', '--members', 'a', '--topics', 't:1']],
        [['--members', 'a,b', '--topics', 't:1', '--subscriptions', 'a=t']],
        [['--members', 'a', '--topics', 't:1', '--kafka-version', '4.0']],
        [['--members', 'a', '--topics', 't:2', '--current', 'a=t-0+t-0']]
    ])('usage error %j: exit 2, one line', (args) => {
        const r = runCli(['assign', '--protocol', 'share', ...args]);
        expect(r.status).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
});

describe('kafka-topology assign', () => {
    type AssignorVector = { name: string; partitionsPerTopic: Record<string, number>; members: Record<string, { topics: string[]; groupInstanceId?: string }>; expected: Record<string, string[]> };
    const sortTp = (tps: string[]) => [...tps].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

    for (const [assignor, key] of [['range', 'rangeAssignor'], ['roundrobin', 'roundRobinAssignor']] as const) {
        const cases = (vectors[key] as AssignorVector[]).filter((v) => Object.values(v.members).every((m) => m.groupInstanceId === undefined));
        test.each(cases.map((v) => [v.name, v]))(`${assignor}: %s`, (_name, v) => {
            const members = Object.keys(v.members);
            const topics = Object.entries(v.partitionsPerTopic).map(([t, n]) => `${t}:${n}`);
            const subscriptions = members.map((m) => `${m}=${v.members[m].topics.join('+')}`);
            const args = ['assign', '--assignor', assignor, '--members', members.join(','), '--subscriptions', subscriptions.join(','), '--format', 'json'];
            if (topics.length > 0) args.push('--topics', topics.join(','));
            const result = runCli(topics.length > 0 ? args : [...args, '--topics', 'unused:1']);
            expect(result.status, result.stderr).toBe(0);
            const actual = JSON.parse(result.stdout);
            for (const m of members) expect(sortTp(actual[m])).toEqual(sortTp(v.expected[m]));
        });
    }

    test('without --subscriptions every member subscribes to every topic; idle members are listed empty', () => {
        const result = runCli(['assign', '--assignor', 'range', '--members', 'c1,c2,c3', '--topics', 't:2', '--format', 'json']);
        expect(JSON.parse(result.stdout)).toEqual({ c1: ['t-0'], c2: ['t-1'], c3: [] });
    });

    test('sticky and cooperative-sticky balance a fresh group', () => {
        for (const assignor of ['sticky', 'cooperative-sticky']) {
            const result = runCli(['assign', '--assignor', assignor, '--members', 'a,b', '--topics', 't1:3,t2:3', '--format', 'json']);
            expect(JSON.parse(result.stdout)).toEqual({ a: ['t1-0', 't1-2', 't2-1'], b: ['t1-1', 't2-0', 't2-2'] });
        }
    });

    test.each([
        [['assign', '--members', 'a', '--topics', 't:1']],
        [['assign', '--assignor', 'uniform', '--members', 'a', '--topics', 't:1']],
        [['assign', '--assignor', 'range', '--topics', 't:1']],
        [['assign', '--assignor', 'range', '--members', 'a', '--topics', 't']],
        [['assign', '--assignor', 'range', '--members', 'a,a', '--topics', 't:1']],
        [['assign', '--assignor', 'range', '--members', 'a', '--topics', 't:1', '--subscriptions', 'b=t']]
    ])('bad arguments exit 2: %j', (args) => {
        const result = runCli(args);
        expect(result.status).toBe(2);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
});
