// `kafka-topology place`: both placers, Kafka's own messages, exit codes (SIMULATION.md §5).
import { describe, expect, test } from 'vitest';
import { MockRandom, stripedPlace } from '../../simulator/index.js';
import { runCli } from '../support/cli.js';

describe('kafka-topology place', () => {
    test('striped: the brokers in --brokers order, MockRandom(17) by default (StripedReplicaPlacer vector, 4.1.1)', () => {
        const r = runCli(['place', '--brokers', '0,1,2,3', '--racks', '0=r1,1=r1,2=r2,3=r2', '--partitions', '4', '--replication-factor', '3', '--format', 'json']);
        expect(r.status).toBe(0);
        expect(JSON.parse(r.stdout)).toEqual([[1, 3, 0], [2, 0, 3], [1, 3, 0], [2, 0, 3]]);
    });

    test('--seed and --fenced reach the placer: a fenced broker never leads', () => {
        const args = ['place', '--brokers', '5,3,1,2', '--fenced', '3', '--partitions', '12', '--replication-factor', '2', '--seed', '99', '--format', 'json'];
        const r = runCli(args);
        expect(r.status).toBe(0);
        const lists: number[][] = JSON.parse(r.stdout);
        const expected = stripedPlace([{ id: 5 }, { id: 3, fenced: true }, { id: 1 }, { id: 2 }], 12, 2, new MockRandom(99n));
        expect(expected.ok && lists).toEqual(expected.ok && expected.value);
        expect(lists.every((l) => l[0] !== 3)).toBe(true);
    });

    test('admin-utils: brokers by id, the start index, a partly racked cluster refused with AdminUtils\' message', () => {
        const r = runCli(['place', '--placer', 'admin-utils', '--brokers', '3,1,2', '--partitions', '3', '--replication-factor', '2', '--start-index', '1', '--format', 'json']);
        expect(JSON.parse(r.stdout)).toEqual([[2, 1], [3, 2], [1, 3]]);
        const partly = runCli(['place', '--placer', 'admin-utils', '--brokers', '1,2,3', '--racks', '1=a', '--partitions', '2', '--replication-factor', '2']);
        expect(partly.status).toBe(1);
        expect(partly.stderr.trim()).toBe('kafka-topology: Not all brokers have rack information for replica rack aware assignment.');
    });

    test("Kafka's messages exit 1: RF > brokers, all brokers fenced, RF < 1", () => {
        const few = runCli(['place', '--kafka-version', '4.2', '--brokers', '1,2', '--partitions', '2', '--replication-factor', '3']);
        expect([few.status, few.stderr.trim()]).toEqual([1, 'kafka-topology: The target replication factor of 3 cannot be reached because only 2 broker(s) are registered.']);
        const fenced = runCli(['place', '--kafka-version', '4.2', '--brokers', '1,2', '--fenced', '1,2', '--partitions', '2', '--replication-factor', '1']);
        expect([fenced.status, fenced.stderr.trim()]).toEqual([1, 'kafka-topology: All brokers are currently fenced.']);
        // From 4.3 (KIP-1066) the placer also names cordoned log directories; the newest release is the default.
        const fewNewest = runCli(['place', '--brokers', '1,2', '--partitions', '2', '--replication-factor', '3']);
        expect(fewNewest.stderr.trim()).toBe(
            'kafka-topology: The target replication factor of 3 cannot be reached because only 2 broker(s) are registered or some brokers have all their log directories cordoned.'
        );
        const fenced43 = runCli(['place', '--kafka-version', '4.3', '--brokers', '1,2', '--fenced', '1,2', '--partitions', '2', '--replication-factor', '1']);
        expect(fenced43.stderr.trim()).toBe('kafka-topology: All brokers are currently fenced, or have all their log directories cordoned.');
        const zero = runCli(['place', '--brokers', '1,2', '--partitions', '2', '--replication-factor', '0']);
        expect([zero.status, zero.stderr.trim()]).toEqual([1, 'kafka-topology: Invalid replication factor 0: the replication factor must be positive.']);
        const admin = runCli(['place', '--placer', 'admin-utils', '--brokers', '1,2', '--partitions', '2', '--replication-factor', '3']);
        expect([admin.status, admin.stderr.trim()]).toEqual([1, 'kafka-topology: Replication factor: 3 larger than available brokers: 2.']);
    });

    test.each([
        [['place', '--partitions', '1', '--replication-factor', '1']],
        [['place', '--brokers', '1,x', '--partitions', '1', '--replication-factor', '1']],
        [['place', '--brokers', '1,1', '--partitions', '1', '--replication-factor', '1']],
        [['place', '--brokers', '1', '--placer', 'random', '--partitions', '1', '--replication-factor', '1']],
        [['place', '--brokers', '1', '--racks', '7=a', '--partitions', '1', '--replication-factor', '1']],
        [['place', '--brokers', '1', '--partitions', '99999999', '--replication-factor', '1']]
    ])('usage error %j: exit 2, one line', (args) => {
        const r = runCli(args);
        expect(r.status).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).not.toMatch(/^\s+at /m);
    });
});
