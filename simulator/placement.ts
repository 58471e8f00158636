// Replica placement at topic creation.
// Source: apache/kafka server-common/src/main/java/org/apache/kafka/admin/AdminUtils.java
// (assignReplicasToBrokers, assignReplicasToBrokersRackUnaware/RackAware,
// getRackAlternatedBrokerList, replicaIndex). Kafka draws a random start index
// when none is fixed; the simulator is deterministic and always uses a fixed one.

import { err, ok, type AssignmentProblem, type BrokerId, type BrokerSpec, type PlacementError, type Placer, type Result, type TopicSpec } from './model.js';
import { stripedLayout, topicPlacementSeed } from './placement/topic-layout.js';

const byId = (a: BrokerSpec, b: BrokerSpec): number => a.id - b.id;

/** `AdminUtils.replicaIndex`: the follower shift never lands on the first replica's index. */
function replicaIndex(firstReplicaIndex: number, secondReplicaShift: number, replicaIdx: number, nBrokers: number): number {
    const shift = 1 + ((secondReplicaShift + replicaIdx) % (nBrokers - 1));
    return (firstReplicaIndex + shift) % nBrokers;
}

/**
 * `AdminUtils.getRackAlternatedBrokerList`: racks in string order, each rack's
 * brokers in id order, dealt one rack at a time. Brokers without a rack are ignored.
 */
export function rackAlternatedBrokerList(brokers: readonly BrokerSpec[]): BrokerId[] {
    const byRack = new Map<string, BrokerId[]>();
    for (const b of brokers) {
        if (b.rack === undefined) continue;
        const list = byRack.get(b.rack);
        if (list) list.push(b.id);
        else byRack.set(b.rack, [b.id]);
    }
    const racks = [...byRack.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const lists = racks.map((r) => byRack.get(r)!.sort((a, b) => a - b));
    const cursors = lists.map(() => 0);
    const total = lists.reduce((n, l) => n + l.length, 0);
    const result: BrokerId[] = [];
    for (let rack = 0; result.length < total; rack = (rack + 1) % lists.length) {
        if (cursors[rack] < lists[rack].length) result.push(lists[rack][cursors[rack]++]);
    }
    return result;
}

/**
 * `AdminUtils.assignReplicasToBrokers` with the brokers sorted by id. Element i of
 * the result is partition `max(0, startPartitionId) + i`; its first replica is the
 * preferred leader. Validation follows Kafka's order: partitions, replication
 * factor, RF > brokers, then racks (some but not all brokers with a rack).
 * A negative `fixedStartIndex` (Kafka: random) is treated as 0.
 */
export function assignReplicasToBrokers(
    brokers: readonly BrokerSpec[],
    nPartitions: number,
    replicationFactor: number,
    fixedStartIndex = 0,
    startPartitionId = -1
): Result<BrokerId[][], PlacementError> {
    if (!(nPartitions > 0)) return err({ kind: 'invalid-partitions', partitions: nPartitions });
    if (!(replicationFactor > 0)) return err({ kind: 'invalid-replication-factor', replicationFactor });
    if (replicationFactor > brokers.length) {
        return err({ kind: 'replication-factor-exceeds-brokers', replicationFactor, brokers: brokers.length });
    }
    const sorted = [...brokers].sort(byId);
    const startIndex = Math.max(0, fixedStartIndex);
    const firstPartition = Math.max(0, startPartitionId);
    if (sorted.every((b) => b.rack === undefined)) {
        return ok(rackUnaware(sorted.map((b) => b.id), nPartitions, replicationFactor, startIndex, firstPartition));
    }
    const withoutRack = sorted.filter((b) => b.rack === undefined).map((b) => b.id);
    if (withoutRack.length > 0) return err({ kind: 'rack-incomplete', withoutRack });
    return ok(rackAware(sorted, nPartitions, replicationFactor, startIndex, firstPartition));
}

function rackUnaware(brokerList: readonly BrokerId[], nPartitions: number, rf: number, startIndex: number, firstPartition: number): BrokerId[][] {
    const n = brokerList.length;
    const result = new Array<BrokerId[]>(nPartitions);
    let nextReplicaShift = startIndex;
    for (let i = 0, p = firstPartition; i < nPartitions; i++, p++) {
        if (p > 0 && p % n === 0) nextReplicaShift += 1;
        const first = (p + startIndex) % n;
        const replicas = [brokerList[first]];
        for (let j = 0; j < rf - 1; j++) replicas.push(brokerList[replicaIndex(first, nextReplicaShift, j, n)]);
        result[i] = replicas;
    }
    return result;
}

function rackAware(brokers: readonly BrokerSpec[], nPartitions: number, rf: number, startIndex: number, firstPartition: number): BrokerId[][] {
    const rackOf = new Map(brokers.map((b) => [b.id, b.rack!] as const));
    const numRacks = new Set(rackOf.values()).size;
    const arranged = rackAlternatedBrokerList(brokers);
    const n = arranged.length;
    const result = new Array<BrokerId[]>(nPartitions);
    let nextReplicaShift = startIndex;
    for (let i = 0, p = firstPartition; i < nPartitions; i++, p++) {
        if (p > 0 && p % n === 0) nextReplicaShift += 1;
        const first = (p + startIndex) % n;
        const leader = arranged[first];
        const replicas = [leader];
        const racksWithReplicas = new Set([rackOf.get(leader)!]);
        const brokersWithReplicas = new Set([leader]);
        // k is not reset between replica slots: it keeps counting across skips.
        let k = 0;
        for (let j = 0; j < rf - 1; j++) {
            for (;;) {
                const broker = arranged[replicaIndex(first, nextReplicaShift * numRacks, k, n)];
                const rack = rackOf.get(broker)!;
                k += 1;
                // Skip a broker whose rack already has a replica while some rack has none,
                // or a broker that already has a replica while some broker has none.
                if ((!racksWithReplicas.has(rack) || racksWithReplicas.size === numRacks) &&
                    (!brokersWithReplicas.has(broker) || brokersWithReplicas.size === n)) {
                    replicas.push(broker);
                    racksWithReplicas.add(rack);
                    brokersWithReplicas.add(broker);
                    break;
                }
            }
        }
        result[i] = replicas;
    }
    return result;
}

/**
 * The replica lists of a topic: its explicit `assignment` used as given (after
 * the checks of RULES.md assignment-*), else the cluster's placer: KRaft's
 * StripedReplicaPlacer seeded from the topic name (`striped`, the default) or
 * `assignReplicasToBrokers` with fixed start index 0 (`admin-utils`).
 */
export function placeTopic(brokers: readonly BrokerSpec[], topic: TopicSpec, placer: Placer = 'striped'): Result<BrokerId[][], PlacementError> {
    if (topic.assignment === undefined) {
        return placer === 'admin-utils'
            ? assignReplicasToBrokers(brokers, topic.partitions, topic.replicationFactor)
            : stripedLayout(brokers, topic.partitions, topic.replicationFactor, topicPlacementSeed(topic.name));
    }
    if (!(topic.partitions > 0)) return err({ kind: 'invalid-partitions', partitions: topic.partitions });
    if (!(topic.replicationFactor > 0)) return err({ kind: 'invalid-replication-factor', replicationFactor: topic.replicationFactor });
    if (topic.replicationFactor > brokers.length) {
        return err({ kind: 'replication-factor-exceeds-brokers', replicationFactor: topic.replicationFactor, brokers: brokers.length });
    }
    const problem = explicitAssignmentProblem(brokers, topic);
    if (problem) return err({ kind: 'invalid-assignment', reason: describeAssignmentProblem(problem), problem });
    return ok(topic.assignment.map((replicas) => [...replicas]));
}

/** The first rule an explicit assignment breaks, in the order: partitions listed, then per partition size, unknown, duplicate. */
export function explicitAssignmentProblem(brokers: readonly BrokerSpec[], topic: TopicSpec): AssignmentProblem | undefined {
    const assignment = topic.assignment ?? [];
    const listed = assignment.flatMap((replicas, p) => (replicas === undefined ? [] : [p]));
    if (assignment.length !== topic.partitions || listed.length !== assignment.length) {
        return { kind: 'partitions-mismatch', expected: topic.partitions, listed };
    }
    const known = new Set(brokers.map((b) => b.id));
    for (let partition = 0; partition < assignment.length; partition++) {
        const replicas = assignment[partition];
        if (replicas.length !== topic.replicationFactor) {
            return { kind: 'wrong-size', partition, size: replicas.length, replicationFactor: topic.replicationFactor };
        }
        const unknown = replicas.find((b) => !known.has(b));
        if (unknown !== undefined) return { kind: 'unknown-broker', partition, broker: unknown };
        const seen = new Set<BrokerId>();
        for (const b of replicas) {
            if (seen.has(b)) return { kind: 'duplicate-broker', partition, broker: b };
            seen.add(b);
        }
    }
    return undefined;
}

function describeAssignmentProblem(p: AssignmentProblem): string {
    switch (p.kind) {
        case 'partitions-mismatch':
            return `the assignment lists partitions [${p.listed.join(', ')}] but the topic has partitions 0..${p.expected - 1}`;
        case 'wrong-size':
            return `partition ${p.partition} lists ${p.size} replicas but the replication factor is ${p.replicationFactor}`;
        case 'unknown-broker':
            return `partition ${p.partition} names broker ${p.broker}, which is not declared`;
        case 'duplicate-broker':
            return `partition ${p.partition} lists broker ${p.broker} twice`;
    }
}
