// Every entry of shared/vectors/kafka-vectors.json is a test; new entries become tests
// without code changes. Sections and shapes are those of the public file.
import { describe, expect, it } from 'vitest';
import {
    assignPartitions,
    assignReplicasToBrokers,
    buildPartitionChange,
    collides,
    electLeader,
    formatTopicPartition,
    hasCollisionChars,
    murmur2,
    partitionForKey,
    parseTopicPartition,
    rackAlternatedBrokerList,
    sortMembers,
    topicNameProblem,
    unifyCollisionChars,
    utf8Bytes,
    type ClassicAssignorName,
    type BrokerSpec,
    type ElectionType,
    type MemberSubscription,
    type TopicPartition
} from '../../simulator/index.js';
import { expandName, parseAcceptableLeader, vectors, type Json } from './vectors.js';

const entries = (section: Json): Json[] => (Array.isArray(section) ? section : []);

describe('vector file', () => {
    it('has every public section with entries', () => {
        for (const key of ['murmur2', 'rangeAssignor', 'roundRobinAssignor', 'stickyAssignor', 'cooperativeStickyAssignor']) {
            expect(entries(vectors[key]).length, key).toBeGreaterThan(0);
        }
        expect(Object.keys(vectors.replicaPlacement).length).toBeGreaterThan(0);
        expect(vectors.memberOrdering.cases.length).toBeGreaterThan(0);
    });
});

describe('murmur2 vectors', () => {
    for (const group of entries(vectors.murmur2)) {
        for (const c of group.cases as Json[]) {
            const bytes: Uint8Array = Array.isArray(c.bytes) ? Uint8Array.from(c.bytes) : utf8Bytes(c.input);
            const label = JSON.stringify(c.input ?? c.bytes);
            if (c.expected !== undefined) {
                it(`murmur2(${label}) = ${c.expected} [${group.source}]`, () => {
                    expect(murmur2(bytes)).toBe(c.expected);
                });
            }
            const numPartitions = c.numPartitions ?? group.numPartitions;
            const expectedPartition = c.expectedPartition ?? c.partition;
            if (expectedPartition !== undefined && numPartitions !== undefined) {
                it(`partition of ${label} out of ${numPartitions} = ${expectedPartition}`, () => {
                    expect(partitionForKey(bytes, numPartitions)).toBe(expectedPartition);
                });
            }
        }
    }
});

function membersOf(vector: Json): MemberSubscription[] {
    const allTopics = Object.keys(vector.partitionsPerTopic);
    return Object.entries(vector.members as Record<string, Json>).map(([memberId, m]) => ({
        memberId,
        topics: m.topics ?? allTopics,
        groupInstanceId: m.groupInstanceId ?? undefined,
        owned: m.owned ? (m.owned as string[]).map((s) => parseTopicPartition(s)!) : undefined,
        generation: m.generation === undefined || m.generation === null ? undefined : m.generation
    }));
}

const formatList = (tps: readonly TopicPartition[]): string[] => tps.map(formatTopicPartition);
const sorted = (list: readonly string[]): string[] => [...list].map((s) => parseTopicPartition(s)!).sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition)).map(formatTopicPartition);

const assignorSections: [string, ClassicAssignorName][] = [
    ['rangeAssignor', 'range'],
    ['roundRobinAssignor', 'roundrobin'],
    ['stickyAssignor', 'sticky'],
    ['cooperativeStickyAssignor', 'cooperative-sticky']
];

for (const [section, assignor] of assignorSections) {
    describe(`${section} vectors`, () => {
        for (const v of entries(vectors[section])) {
            it(`${v.name}`, () => {
                const members = membersOf(v);
                const result = assignPartitions(assignor, v.partitionsPerTopic, members);
                expect(Object.keys(result.assignment).sort()).toEqual(members.map((m) => m.memberId).sort());
                for (const [member, expected] of Object.entries(v.expected as Record<string, string[]>)) {
                    const actual = formatList(result.assignment[member] ?? []);
                    if (v.orderSignificant) expect(actual, member).toEqual(expected);
                    else expect(sorted(actual), member).toEqual(sorted(expected));
                }
                if (v.expectedPartitionsTransferringOwnership && typeof v.expectedPartitionsTransferringOwnership === 'object') {
                    expect(result.partitionsTransferringOwnership).toEqual(v.expectedPartitionsTransferringOwnership);
                }
                if (v.allSubscriptionsEqual !== undefined && (assignor === 'sticky' || assignor === 'cooperative-sticky')) {
                    expect(result.stickyPath).toBe(v.allSubscriptionsEqual ? 'constrained' : 'general');
                }
            });
        }
    });
}

const brokersFrom = (ids: readonly number[] | undefined, racks: Record<string, string | null> | null | undefined): BrokerSpec[] => {
    const all = ids ?? Object.keys(racks ?? {}).map(Number);
    return all.map((id) => {
        const rack = racks ? racks[String(id)] : undefined;
        return rack === undefined || rack === null ? { id } : { id, rack };
    });
};

describe('replica placement vectors', () => {
    const placement = vectors.replicaPlacement ?? {};
    for (const v of entries(placement.adminUtils_rackAlternatedBrokerList)) {
        it(`rack-alternated list of ${JSON.stringify(v.brokerRacks)}`, () => {
            expect(rackAlternatedBrokerList(brokersFrom(undefined, v.brokerRacks))).toEqual(v.expected);
        });
    }
    for (const v of entries(placement.adminUtils_assignReplicasToBrokers)) {
        it(`${v.name}`, () => {
            const result = assignReplicasToBrokers(brokersFrom(v.brokers, v.brokerRacks), v.nPartitions, v.replicationFactor, v.fixedStartIndex, v.startPartitionId);
            if (!result.ok) throw new Error(JSON.stringify(result.error));
            const first = Math.max(0, v.startPartitionId ?? -1);
            const actual = Object.fromEntries(result.value.map((replicas, i) => [String(first + i), replicas]));
            expect(actual).toEqual(v.expected);
        });
    }
    const errorKinds: Record<string, string[]> = {
        InvalidPartitionsException: ['invalid-partitions'],
        InvalidReplicationFactorException: ['invalid-replication-factor', 'replication-factor-exceeds-brokers'],
        AdminOperationException: ['rack-incomplete']
    };
    for (const group of entries(placement.adminUtils_errors)) {
        for (const c of group.cases as Json[]) {
            it(`error ${c.expectError} for ${JSON.stringify(c)}`, () => {
                const ids = typeof c.brokers === 'number' ? Array.from({ length: c.brokers }, (_, i) => i) : c.brokers;
                const result = assignReplicasToBrokers(brokersFrom(ids, c.brokerRacks), c.nPartitions, c.replicationFactor, c.fixedStartIndex ?? 0);
                expect(result.ok).toBe(false);
                const exception = String(c.expectError).split(' ')[0];
                if (!result.ok) expect(errorKinds[exception]).toContain(result.error.kind);
            });
        }
    }
});

describe('member ordering vectors', () => {
    for (const c of vectors.memberOrdering?.cases ?? []) {
        it(`orders ${JSON.stringify(c.members)} as ${c.expectedOrder.join(',')}`, () => {
            const members = (c.members as [string, string | null][]).map(([memberId, groupInstanceId]) => ({ memberId, groupInstanceId }));
            expect(sortMembers(members).map((m) => m.memberId)).toEqual(c.expectedOrder);
        });
    }
});

describe('leader election vectors', () => {
    const electLeaderVectors = vectors.leaderElection?.partitionChangeBuilder_electLeader;
    for (const c of electLeaderVectors?.cases ?? []) {
        it(`${c.election} targetIsr=${JSON.stringify(c.targetIsr)} targetReplicas=${JSON.stringify(c.targetReplicas)} -> ${c.expectedLeader}`, () => {
            const partition = electLeaderVectors.partition;
            const input = {
                replicas: c.targetReplicas ?? partition.replicas,
                isr: c.targetIsr ?? partition.isr,
                leader: partition.leader < 0 ? null : partition.leader,
                election: c.election as ElectionType,
                isAcceptableLeader: parseAcceptableLeader(c.acceptableLeader ?? electLeaderVectors.acceptableLeader)
            };
            const result = electLeader(input);
            expect(result.leader ?? -1).toBe(c.expectedLeader);
            expect(result.unclean).toBe(c.unclean);
            // The change built from it: an unclean winner gets ISR [leader].
            const change = buildPartitionChange({ ...input, currentIsr: partition.isr });
            if (c.unclean && change.leaderChanged) expect(change.isr).toEqual([c.expectedLeader]);
        });
    }
});

describe('topic name vectors', () => {
    const t = vectors.topicNames;
    for (const name of t.valid as string[]) {
        it(`valid: ${JSON.stringify(name).slice(0, 40)}`, () => expect(topicNameProblem(expandName(name))).toBeUndefined());
    }
    for (const name of t.invalid as string[]) {
        it(`invalid: ${JSON.stringify(name).slice(0, 40)}`, () => expect(topicNameProblem(expandName(name))).toBeDefined());
    }
    const insideKey = Object.keys(t).find((k) => k.startsWith('invalidCharsInside'));
    for (const c of insideKey ? (t[insideKey] as string[]) : []) {
        it(`illegal character ${JSON.stringify(c)}`, () => expect(topicNameProblem(`Is${c}illegal`)).toBe('illegal-chars'));
    }
    for (const [expected, names] of Object.entries(t.hasCollisionChars as Record<string, string[]>)) {
        for (const name of names) it(`hasCollisionChars(${name}) = ${expected}`, () => expect(hasCollisionChars(name)).toBe(expected === 'true'));
    }
    for (const [input, output] of Object.entries(t.unifyCollisionChars as Record<string, string>)) {
        it(`unifyCollisionChars(${input}) = ${output}`, () => expect(unifyCollisionChars(input)).toBe(output));
    }
    for (const [a, b] of t.collides as [string, string][]) it(`${a} collides with ${b}`, () => expect(collides(a, b)).toBe(true));
    for (const [a, b] of t.doesNotCollide as [string, string][]) it(`${a} does not collide with ${b}`, () => expect(collides(a, b)).toBe(false));
    if (t.maxLength !== undefined) {
        it('the length limit is the vector file\'s', () => {
            expect(topicNameProblem('a'.repeat(t.maxLength))).toBeUndefined();
            expect(topicNameProblem('a'.repeat(t.maxLength + 1))).toBe('too-long');
        });
    }
});
