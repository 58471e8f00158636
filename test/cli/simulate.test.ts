// `kafka-topology simulate`: the JSON contract of SIMULATION.md §5 and its exit codes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';
import { REPO, SHARED } from '../support/markers.js';

// The shared example pinned to AdminUtils' layout (P0 on 1,2,3), which these assertions describe.
const orderPlatform = (() => {
    const text = readFileSync(join(SHARED, 'spec/examples/order-platform.kafka'), 'utf8').trimEnd();
    const file = join(mkdtempSync(join(tmpdir(), 'kafka-sim-')), 'order-platform.kafka');
    writeFileSync(file, `${text.slice(0, -1)}    placement admin-utils\n}\n`);
    return file;
})();
const json = (args: string[]) => {
    const result = runCli([...args, '--format', 'json']);
    return { ...result, value: result.stdout ? JSON.parse(result.stdout) : undefined };
};

describe('kafka-topology simulate', () => {
    test('a scenario: one snapshot per step, initial first, expectations on their step', () => {
        const { status, value } = json(['simulate', orderPlatform, '--scenario', 'leader-broker-dies']);
        expect(status).toBe(0);
        expect(value.cluster).toBe('order-platform');
        expect(value.steps.map((s: { step: string }) => s.step)).toEqual(['initial', 'fail broker 1', 'fail broker 2']);
        const [initial, first, second] = value.steps;
        expect(initial.quorum).toEqual({ voters: 3, alive: 3, majority: 2, hasQuorum: true });
        expect(initial.partitions[0]).toEqual({
            topic: 'order-created', partition: 0, replicas: [1, 2, 3], leader: 1, isr: [1, 2, 3], elr: [], lastKnownElr: [],
            writable: true, readable: true, underReplicated: false, underMinIsr: false
        });
        const p0 = first.partitions.find((p: { topic: string; partition: number }) => p.topic === 'order-created' && p.partition === 0);
        expect(p0).toMatchObject({ leader: 2, isr: [2, 3], writable: true, underReplicated: true });
        expect(first.expectations.map((e: { text: string; passed: boolean }) => [e.text, e.passed])).toEqual([
            ['order-created writable', true], ['quorum', true], ['no data-loss', true]
        ]);
        expect(second.quorum.hasQuorum).toBe(false);
        expect(second.expectations.every((e: { passed: boolean }) => e.passed)).toBe(true);
        const group = initial.groups.find((g: { name: string }) => g.name === 'notification-service');
        expect(group).toEqual({ name: 'notification-service', assignment: { 'B-1': ['order-created-0', 'order-created-1'], 'B-2': ['order-created-2'] }, idle: [], stalled: [] });
    });

    test('the JSON names the Kafka release and the feature levels modelled; ELR and last known ELR per partition', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kafka-sim-'));
        const file = join(dir, 'f.kafka');
        const body = (version: string) =>
            `cluster c {\n    kafka-version ${version}\n    controllers 3\n    brokers 1..3\n    topic t { partitions 1 replication-factor 3 min-insync-replicas 2 assignment { 0: [1, 2, 3] } }\n}\n`;
        writeFileSync(file, body('4.1'));
        const steps = ['--step', 'stop broker 3', '--step', 'stop broker 2', '--step', 'fail broker 1', '--step', 'recover broker 2'];
        const on = json(['simulate', file, ...steps]);
        expect(on.status).toBe(0);
        expect(on.value.kafkaVersion).toBe('4.1');
        expect(on.value.features).toEqual({ 'eligible.leader.replicas.version': 1, 'group.version': 1, 'share.version': 0 });
        const states = on.value.steps.map((s: { partitions: { leader: number | null; isr: number[]; elr: number[]; lastKnownElr: number[] }[] }) => {
            const { leader, isr, elr, lastKnownElr } = s.partitions[0];
            return { leader, isr, elr, lastKnownElr };
        });
        expect(states).toEqual([
            { leader: 1, isr: [1, 2, 3], elr: [], lastKnownElr: [] },
            { leader: 1, isr: [1, 2], elr: [], lastKnownElr: [] },
            { leader: 1, isr: [1], elr: [2], lastKnownElr: [] },
            { leader: null, isr: [], elr: [1, 2], lastKnownElr: [1] },
            // 2 was stopped cleanly: it keeps its ELR seat and is elected (ISR [2]).
            { leader: 2, isr: [2], elr: [1], lastKnownElr: [] }
        ]);
        writeFileSync(file, body('4.0'));
        const off = json(['simulate', file, ...steps]);
        expect(off.value.kafkaVersion).toBe('4.0');
        expect(off.value.features['eligible.leader.replicas.version']).toBe(0);
        // ELR off: the last ISR member (1) stays and 2, outside the ISR, is not elected.
        expect(off.value.steps[4].partitions[0]).toMatchObject({ leader: null, isr: [1], elr: [], lastKnownElr: [] });
    });

    test('partitions are sorted by topic then partition, ISR ascending, leader null when offline', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kafka-sim-'));
        const file = join(dir, 'f.kafka');
        // A dedicated controller keeps the quorum, so the failure is committed: with ELR off (4.0) the last
        // ISR member stays, leaderless (with ELR on it would leave the ISR for the ELR).
        writeFileSync(file, 'cluster c { profile development kafka-version 4.0 controllers 1 broker 1 topic zeta { partitions 2 } topic alpha { partitions 2 } }');
        const { value } = json(['simulate', file, '--step', 'fail broker 1']);
        const last = value.steps.at(-1);
        expect(last.partitions.map((p: { topic: string; partition: number }) => `${p.topic}/${p.partition}`)).toEqual(['alpha/0', 'alpha/1', 'zeta/0', 'zeta/1']);
        expect(last.partitions[0]).toMatchObject({ leader: null, isr: [1], readable: false, writable: false, underMinIsr: true });
    });

    test('while the combined-mode quorum is lost, a failed leader is not replaced', () => {
        const { value } = json(['simulate', join(SHARED, 'spec/examples/development.kafka'), '--step', 'fail broker 1']);
        const last = value.steps.at(-1);
        expect(last.quorum.hasQuorum).toBe(false);
        expect(last.partitions[0]).toMatchObject({ leader: 1, readable: false });
    });

    test('--step takes scenario step syntax, quoted names included', () => {
        const { status, value } = json(['simulate', join(SHARED, 'spec/examples/dedicated-controllers.kafka'), '--step', 'fail rack "rack-a"', '--step', 'fail controller 1', '--step', 'elect-preferred']);
        expect(status).toBe(0);
        expect(value.steps.map((s: { step: string }) => s.step)).toEqual(['initial', 'fail rack "rack-a"', 'fail controller 1', 'elect-preferred']);
        expect(value.steps[2].quorum).toMatchObject({ voters: 3, alive: 2, hasQuorum: true });
    });

    test('a failed expectation exits 1; text output marks it', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kafka-sim-'));
        const file = join(dir, 'f.kafka');
        writeFileSync(file, 'cluster c { broker 1 broker 2 broker 3 topic t { replication-factor 3 min-insync-replicas 3 } scenario s { fail broker 1 expect t writable } }');
        const result = runCli(['simulate', file, '--scenario', 's']);
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(/✗ expect t writable/);
    });

    test('a cluster that cannot be modelled exits 1 with the reason', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kafka-sim-'));
        const file = join(dir, 'f.kafka');
        writeFileSync(file, 'cluster empty { }');
        const result = runCli(['simulate', file]);
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(/cannot simulate cluster 'empty'/);
    });

    test.each([
        [['simulate']],
        [['simulate', orderPlatform, '--scenario', 'nope']],
        [['simulate', orderPlatform, '--cluster', 'nope']],
        [['simulate', orderPlatform, '--step', 'explode broker 1']],
        [['simulate', orderPlatform, '--step', 'fail broker 9']],
        [['simulate', orderPlatform, '--scenario', 'leader-broker-dies', '--step', 'fail broker 1']],
        [['simulate', join(REPO, 'no-such.kafka')]]
    ])('usage errors exit 2 with one line: %j', (args) => {
        const result = runCli(args);
        expect(result.status).toBe(2);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).not.toMatch(/\n\s+at /);
    });

    test('several clusters need --cluster', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kafka-sim-'));
        const file = join(dir, 'two.kafka');
        writeFileSync(file, 'cluster a { profile development broker 1 } cluster b { profile development broker 1 }');
        expect(runCli(['simulate', file]).status).toBe(2);
        expect(json(['simulate', file, '--cluster', 'b']).value.cluster).toBe('b');
    });
});
