// The grammar against LANGUAGE.md: every documented construct parses without a
// lexer or parser error, into the AST the validators read.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
    isActionStep, isBooleanValue, isBrokerTarget, isControllerTarget, isDataLossExpectation, isElectPreferredStep,
    isExpectStep, isGroupExpectation, isMemberTarget, isNumberValue, isQuantityValue, isQuorumExpectation, isRackTarget,
    isStringValue, isTopicExpectation, isWordValue, type AcksProperty, type AssignmentBlock, type AssignorProperty,
    type ConfigBlock, type MembersProperty, type Model, type OrderingProperty, type PartitionsProperty
} from '../../language-server/generated/ast.js';
import { kafkaFiles, REPO, SHARED } from '../support/markers.js';
import { reset, validate } from '../support/language.js';

afterEach(reset);

/** Parses `text`; fails the test on any lexer or parser error. */
async function parse(text: string): Promise<Model> {
    const { document } = await validate(text);
    const { lexerErrors, parserErrors } = document.parseResult;
    expect(lexerErrors.map((e) => e.message), 'lexer errors').toEqual([]);
    expect(parserErrors.map((e) => e.message), 'parser errors').toEqual([]);
    return document.parseResult.value;
}

/** The one cluster of a parsed file. */
async function cluster(text: string) {
    const model = await parse(text);
    expect(model.clusters).toHaveLength(1);
    return model.clusters[0];
}

describe('documented files parse', () => {
    const files = [...kafkaFiles(join(SHARED, 'spec/examples')), ...kafkaFiles(join(REPO, 'samples'))];

    test.each(files.map((f) => [relative(join(REPO, '..'), f), f]))('%s', async (_name, file) => {
        const model = await parse(readFileSync(file, 'utf8'));
        expect(model.clusters.length).toBeGreaterThan(0);
    });

    test('the canonical example of LANGUAGE.md', async () => {
        const markdown = readFileSync(join(SHARED, 'spec/LANGUAGE.md'), 'utf8');
        const example = /```kafka\n([\s\S]*?)```/.exec(markdown)?.[1];
        expect(example).toBeDefined();
        const c = await cluster(example!);
        expect(c.name).toBe('order-platform');
        expect(c.profiles[0].profile).toBe('production');
        expect(c.brokers.map((b) => [b.id, b.racks[0]?.rack])).toEqual([[1, 'az-1'], [2, 'az-2'], [3, 'az-3']]);
        expect(c.topics.map((t) => t.name)).toEqual(['order-created', 'stock-reserved', 'payment-completed']);
        expect(c.producers.map((p) => p.name)).toEqual(['order-service']);
        expect(c.groups.map((g) => g.name)).toEqual(['order-service', 'notification-service']);
        expect(c.scenarios[0].steps).toHaveLength(7);
    });

    test('an empty file and a file of comments are empty models', async () => {
        expect((await parse('')).clusters).toEqual([]);
        expect((await parse('// nothing yet\n/* still\n nothing */\n')).clusters).toEqual([]);
    });

    test('several clusters in one file', async () => {
        const model = await parse('cluster a { broker 1 }\ncluster b { broker 1 }\n');
        expect(model.clusters.map((c) => c.name)).toEqual(['a', 'b']);
    });
});

describe('names', () => {
    test('dots, dashes and underscores belong to a name', async () => {
        const c = await cluster('cluster my-cluster_1 { broker 1 topic user.events_v2-x { } }');
        expect(c.name).toBe('my-cluster_1');
        expect(c.topics[0].name).toBe('user.events_v2-x');
    });

    test('a name that starts with a keyword is still one name', async () => {
        const c = await cluster('cluster c { broker 1 topic partitions-log { } topic broker.events { } topic key_changes { } }');
        expect(c.topics.map((t) => t.name)).toEqual(['partitions-log', 'broker.events', 'key_changes']);
    });

    test('a quoted name holds any text, keywords included', async () => {
        const c = await cluster('cluster "prod cluster" { broker 1 topic "2fa-events" { } topic "partitions" { } topic "say \\"hi\\" \\\\ bye" { } }');
        expect(c.name).toBe('prod cluster');
        expect(c.topics.map((t) => t.name)).toEqual(['2fa-events', 'partitions', 'say "hi" \\ bye']);
    });

    test('an unquoted keyword is not a name', async () => {
        const { document } = await validate('cluster c { broker 1 topic partitions { } }');
        expect(document.parseResult.parserErrors.length).toBeGreaterThan(0);
    });
});

describe('cluster items', () => {
    test('profile, controllers, brokers and broker ranges with racks and hosts', async () => {
        const c = await cluster(`cluster c {
            profile development
            controllers 3
            broker 1 { rack "az-1" host "kafka-1.internal" }
            broker 2
            brokers 3..6 { racks "az-1", "az-2" }
            brokers 7 .. 8 { rack az-3 }
        }`);
        expect(c.profiles.map((p) => p.profile)).toEqual(['development']);
        expect(c.controllers.map((p) => p.count)).toEqual([3]);
        expect(c.brokers.map((b) => b.id)).toEqual([1, 2]);
        expect(c.brokers[0].hosts[0].host).toBe('kafka-1.internal');
        expect(c.brokerRanges.map((r) => [r.from, r.to])).toEqual([[3, 6], [7, 8]]);
        expect(c.brokerRanges[0].rackLists[0].racks).toEqual(['az-1', 'az-2']);
        expect(c.brokerRanges[1].racks[0].rack).toBe('az-3');
    });

    test('items of a cluster come in any order', async () => {
        const c = await cluster('cluster c { topic t { } broker 2 defaults { partitions 3 } broker 1 profile production }');
        expect(c.brokers.map((b) => b.id)).toEqual([2, 1]);
        expect(c.defaults).toHaveLength(1);
        expect(c.topics).toHaveLength(1);
    });
});

describe('topic items', () => {
    test('partitions, replication factor, min ISR, ordering and description', async () => {
        const c = await cluster(`cluster c { broker 1
            topic a { partitions 6 replication-factor 3 min-insync-replicas 2 ordering key orderId description "Orders." }
            topic b { ordering total }
            topic c { ordering none }
            topic d { ordering key }
            topic e { partitions -1 }
        }`);
        const [a, b, cc, d, e] = c.topics;
        expect(a.items.map((i) => i.$type)).toEqual([
            'PartitionsProperty', 'ReplicationFactorProperty', 'MinInsyncReplicasProperty', 'OrderingProperty', 'DescriptionProperty'
        ]);
        expect((a.items[3] as OrderingProperty).field).toBe('orderId');
        expect((b.items[0] as OrderingProperty).mode).toBe('total');
        expect((cc.items[0] as OrderingProperty).mode).toBe('none');
        expect((d.items[0] as OrderingProperty).mode).toBe('key');
        expect((d.items[0] as OrderingProperty).field).toBeUndefined();
        expect((e.items[0] as PartitionsProperty).value).toBe(-1);
    });

    test('defaults take the same items as a topic', async () => {
        const c = await cluster('cluster c { broker 1 defaults { partitions 3 replication-factor 1 min-insync-replicas 1 config { retention.ms = 1d } } }');
        expect(c.defaults[0].items.map((i) => i.$type)).toEqual([
            'PartitionsProperty', 'ReplicationFactorProperty', 'MinInsyncReplicasProperty', 'ConfigBlock'
        ]);
    });

    test('config values: numbers, negatives, durations, sizes, booleans, strings, words and lists', async () => {
        const c = await cluster(`cluster c { broker 1 topic t { config {
            retention.ms = -1
            segment.ms = 7d
            segment.bytes = 64MiB
            max.message.bytes = 1MB
            min.cleanable.dirty.ratio = 0.5
            preallocate = true
            message.timestamp.type = "LogAppendTime"
            cleanup.policy = delete, compact
            compression.type = zstd
        } } }`);
        const entries = (c.topics[0].items[0] as ConfigBlock).entries;
        expect(entries.map((e) => e.key)).toEqual([
            'retention.ms', 'segment.ms', 'segment.bytes', 'max.message.bytes', 'min.cleanable.dirty.ratio', 'preallocate',
            'message.timestamp.type', 'cleanup.policy', 'compression.type'
        ]);
        const [retention, segmentMs, segmentBytes, maxBytes, ratio, preallocate, timestamp, policy, compression] = entries.map((e) => e.values);
        expect(isNumberValue(retention[0]) && retention[0].value).toBe(-1);
        expect(isQuantityValue(segmentMs[0]) && segmentMs[0].text).toBe('7d');
        expect(isQuantityValue(segmentBytes[0]) && segmentBytes[0].text).toBe('64MiB');
        expect(isQuantityValue(maxBytes[0]) && maxBytes[0].text).toBe('1MB');
        expect(isNumberValue(ratio[0]) && ratio[0].value).toBe(0.5);
        expect(isBooleanValue(preallocate[0]) && preallocate[0].value).toBe(true);
        expect(isStringValue(timestamp[0])).toBe(true);
        expect(policy.map((v) => isWordValue(v) && v.text)).toEqual(['delete', 'compact']);
        expect(isWordValue(compression[0]) && compression[0].text).toBe('zstd');
    });

    test('an explicit assignment lists replica lists per partition', async () => {
        const c = await cluster('cluster c { broker 1 broker 2 topic t { partitions 2 assignment { 0: [1, 2] 1: [2, 1] } } }');
        const block = c.topics[0].items[1] as AssignmentBlock;
        expect(block.rows.map((r) => [r.partition, r.replicas])).toEqual([[0, [1, 2]], [1, [2, 1]]]);
    });
});

describe('producers and consumer groups', () => {
    test('produces, acks (0, 1, all), key and idempotent', async () => {
        const c = await cluster(`cluster c { broker 1 topic a { } topic b { }
            producer p { produces a, b acks all key orderId idempotent false }
            producer q { produces a acks 0 }
            producer r { produces a acks 1 }
        }`);
        const [p, q, r] = c.producers;
        expect(p.items.map((i) => i.$type)).toEqual(['ProducesProperty', 'AcksProperty', 'KeyProperty', 'IdempotentProperty']);
        expect((p.items[1] as AcksProperty).all).toBe(true);
        expect((q.items[1] as AcksProperty).value).toBe(0);
        expect((r.items[1] as AcksProperty).value).toBe(1);
    });

    test('members as a count or as named members, and every assignor', async () => {
        const c = await cluster(`cluster c { broker 1 topic t { }
            consumer-group a { consumes t members 3 assignor range }
            consumer-group b { consumes t members [A-1, A-2, "b 3"] assignor roundrobin }
            consumer-group d { consumes t assignor sticky }
            consumer-group e { consumes t assignor cooperative-sticky }
        }`);
        const members = c.groups.map((g) => g.items.find((i): i is MembersProperty => i.$type === 'MembersProperty'));
        expect(members[0]?.count).toBe(3);
        expect(members[1]?.members.map((m) => m.name)).toEqual(['A-1', 'A-2', 'b 3']);
        const assignors = c.groups.map((g) => (g.items.find((i) => i.$type === 'AssignorProperty') as AssignorProperty).assignor);
        expect(assignors).toEqual(['range', 'roundrobin', 'sticky', 'cooperative-sticky']);
    });
});

describe('scenarios', () => {
    test('every step and target', async () => {
        const c = await cluster(`cluster c { controllers 3 broker 1 { rack "a" } topic t { } consumer-group g { consumes t members [m] }
            scenario s {
                fail broker 1
                recover broker 1
                fail rack "a"
                recover rack "a"
                fail controller 2
                recover controller 2
                fail member m in g
                recover member m in g
                elect-preferred
            }
        }`);
        const steps = c.scenarios[0].steps;
        expect(steps.filter(isActionStep).map((s) => s.action)).toEqual(['fail', 'recover', 'fail', 'recover', 'fail', 'recover', 'fail', 'recover']);
        const targets = steps.filter(isActionStep).map((s) => s.target);
        expect(targets.filter(isBrokerTarget).map((t) => t.broker)).toEqual([1, 1]);
        expect(targets.filter(isRackTarget).map((t) => t.rack)).toEqual(['a', 'a']);
        expect(targets.filter(isControllerTarget).map((t) => t.controller)).toEqual([2, 2]);
        expect(targets.filter(isMemberTarget).map((t) => [t.member.$refText, t.group.$refText])).toEqual([['m', 'g'], ['m', 'g']]);
        expect(isElectPreferredStep(steps.at(-1))).toBe(true);
    });

    test('every expectation', async () => {
        const c = await cluster(`cluster c { broker 1 topic t { } consumer-group g { consumes t }
            scenario s {
                expect t writable
                expect t not writable
                expect t readable
                expect t not readable
                expect t fully-replicated
                expect t under-replicated
                expect quorum
                expect no quorum
                expect no data-loss
                expect group g balanced
            }
        }`);
        const expectations = c.scenarios[0].steps.filter(isExpectStep).map((s) => s.expectation);
        expect(expectations.filter(isTopicExpectation).map((e) => [e.negated, e.condition])).toEqual([
            [false, 'writable'], [true, 'writable'], [false, 'readable'], [true, 'readable'],
            [false, 'fully-replicated'], [false, 'under-replicated']
        ]);
        expect(expectations.filter(isQuorumExpectation).map((e) => e.negated)).toEqual([false, true]);
        expect(expectations.filter(isDataLossExpectation)).toHaveLength(1);
        expect(expectations.filter(isGroupExpectation).map((e) => e.group.$refText)).toEqual(['g']);
    });
});
