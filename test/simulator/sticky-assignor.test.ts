// The sticky assignors beyond the public vectors: upstream assertions from
// AbstractStickyAssignorTest / StickyAssignor's javadoc, and Kafka's own
// validity-and-balance check as a property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPartitions, formatTopicPartition, parseTopicPartition, type MemberSubscription, type TopicPartition } from '../../simulator/index.js';
import { JavaHashOrder, javaStringHashCode } from '../../simulator/java-hash-order.js';

const tps = (...names: string[]): TopicPartition[] => names.map((n) => parseTopicPartition(n)!);
const names = (list: readonly TopicPartition[]): string[] => list.map(formatTopicPartition);
const member = (memberId: string, topics: string[], owned: string[] = [], generation?: number): MemberSubscription => ({ memberId, topics, owned: tps(...owned), generation });

describe('Java HashMap order (the constrained path visits members in it)', () => {
    it('String.hashCode matches Java', () => {
        expect(javaStringHashCode('consumer1')).toBe(-421004549);
        expect(javaStringHashCode('')).toBe(0);
        expect(javaStringHashCode('hello')).toBe(99162322);
    });
    it('iterates by bucket, not by insertion', () => {
        expect(JavaHashOrder.ofStrings(['consumer1', 'consumer2', 'consumer3']).keys()).toEqual(['consumer3', 'consumer2', 'consumer1']);
    });
    it('keeps insertion order within a bucket and re-appends a key put again', () => {
        // "Aa" and "BB" share a hash code in Java.
        const order = JavaHashOrder.ofStrings(['Aa', 'BB']);
        expect(order.keys()).toEqual(['Aa', 'BB']);
        order.delete('Aa');
        order.add('Aa');
        expect(order.keys()).toEqual(['BB', 'Aa']);
    });
});

describe('sticky general path (unequal subscriptions)', () => {
    it('testMultipleConsumersMixedTopicSubscriptions', () => {
        const r = assignPartitions('sticky', { topic1: 3, topic2: 2 }, [
            member('consumer1', ['topic1']),
            member('consumer2', ['topic1', 'topic2']),
            member('consumer3', ['topic1'])
        ]);
        expect(r.stickyPath).toBe('general');
        expect(names(r.assignment.consumer1)).toEqual(['topic1-0', 'topic1-2']);
        expect(names(r.assignment.consumer2)).toEqual(['topic2-0', 'topic2-1']);
        expect(names(r.assignment.consumer3)).toEqual(['topic1-1']);
    });

    it("StickyAssignor javadoc example 2: balanced, then keeps 5 of 6 assignments when C0 leaves", () => {
        const ppt = { t0: 1, t1: 2, t2: 3 };
        const first = assignPartitions('sticky', ppt, [member('C0', ['t0']), member('C1', ['t0', 't1']), member('C2', ['t0', 't1', 't2'])]);
        expect(names(first.assignment.C0)).toEqual(['t0-0']);
        expect(names(first.assignment.C1).sort()).toEqual(['t1-0', 't1-1']);
        expect(names(first.assignment.C2).sort()).toEqual(['t2-0', 't2-1', 't2-2']);
        const second = assignPartitions('sticky', ppt, [
            member('C1', ['t0', 't1'], names(first.assignment.C1), 1),
            member('C2', ['t0', 't1', 't2'], names(first.assignment.C2), 1)
        ]);
        expect(names(second.assignment.C1).sort()).toEqual(['t0-0', 't1-0', 't1-1']);
        expect(names(second.assignment.C2).sort()).toEqual(['t2-0', 't2-1', 't2-2']);
    });

    it('moves a partition back to its previous owner of an older generation when that balances', () => {
        // consumer2 (generation 1) owned topic-1; consumer1 (generation 2) now claims nothing of it.
        const r = assignPartitions('sticky', { topic: 4, other: 1 }, [
            member('consumer1', ['topic', 'other'], ['topic-0', 'topic-1', 'topic-2', 'topic-3'], 2),
            member('consumer2', ['topic'], ['topic-1'], 1)
        ]);
        const c1 = names(r.assignment.consumer1);
        const c2 = names(r.assignment.consumer2);
        expect(c2).toContain('topic-1');
        expect(Math.abs(c1.length - c2.length)).toBeLessThanOrEqual(1);
    });
});

describe('sticky constrained path (upstream assertions)', () => {
    it('testAddRemoveTwoConsumersTwoTopics: joins move the fewest partitions, in Kafka order', () => {
        const ppt = { topic1: 3, topic2: 4 };
        const all = ['topic1', 'topic2'];
        const r1 = assignPartitions('sticky', ppt, [member('consumer1', all), member('consumer2', all)]);
        expect(names(r1.assignment.consumer1)).toEqual(['topic1-0', 'topic1-2', 'topic2-1', 'topic2-3']);
        expect(names(r1.assignment.consumer2)).toEqual(['topic1-1', 'topic2-0', 'topic2-2']);
        const r2 = assignPartitions('sticky', ppt, [
            member('consumer1', all, names(r1.assignment.consumer1), 1),
            member('consumer2', all, names(r1.assignment.consumer2), 1),
            member('consumer3', all, [], 1),
            member('consumer4', all, [], 1)
        ]);
        expect(r2.partitionsTransferringOwnership).toEqual({ 'topic1-2': 'consumer3', 'topic2-3': 'consumer3', 'topic2-2': 'consumer4' });
        expect(names(r2.assignment.consumer1)).toEqual(['topic1-0', 'topic2-1']);
        expect(names(r2.assignment.consumer2)).toEqual(['topic2-0', 'topic1-1']);
        expect(names(r2.assignment.consumer3)).toEqual(['topic1-2', 'topic2-3']);
        expect(names(r2.assignment.consumer4)).toEqual(['topic2-2']);
        const r3 = assignPartitions('sticky', ppt, [
            member('consumer3', all, names(r2.assignment.consumer3), 1),
            member('consumer4', all, names(r2.assignment.consumer4), 1)
        ]);
        expect(names(r3.assignment.consumer3)).toEqual(['topic1-2', 'topic2-3', 'topic1-0', 'topic2-1']);
        expect(names(r3.assignment.consumer4)).toEqual(['topic2-2', 'topic1-1', 'topic2-0']);
        expect(r3.partitionsTransferringOwnership).toEqual({});
    });

    it('testAllConsumersReachExpectedQuotaAndAreConsideredFilled', () => {
        const r = assignPartitions('sticky', { topic: 4 }, [
            member('consumer1', ['topic'], ['topic-0', 'topic-1'], 1),
            member('consumer2', ['topic'], ['topic-2'], 1),
            member('consumer3', ['topic'], [], 1)
        ]);
        expect(names(r.assignment.consumer1)).toEqual(['topic-0', 'topic-1']);
        expect(names(r.assignment.consumer2)).toEqual(['topic-2']);
        expect(names(r.assignment.consumer3)).toEqual(['topic-3']);
    });

    it('testOwnedPartitionsAreInvalidatedForConsumerWithStaleGeneration', () => {
        const owned = ['topic-0', 'topic-2', 'topic2-1'];
        const r = assignPartitions('sticky', { topic: 3, topic2: 3 }, [
            member('consumer1', ['topic', 'topic2'], owned, 10),
            member('consumer2', ['topic', 'topic2'], owned, 9)
        ]);
        expect(names(r.assignment.consumer1).sort()).toEqual([...owned].sort());
        expect(names(r.assignment.consumer2).sort()).toEqual(['topic-1', 'topic2-0', 'topic2-2']);
    });

    it('cooperative-sticky withholds moving partitions until the follow-up rebalance', () => {
        const owned = { consumer1: ['topic-0', 'topic-1', 'topic-2'] };
        const members = [member('consumer1', ['topic'], owned.consumer1, 1), member('consumer2', ['topic'], [], 1)];
        expect(names(assignPartitions('sticky', { topic: 3 }, members).assignment.consumer2)).toEqual(['topic-2']);
        const coop = assignPartitions('cooperative-sticky', { topic: 3 }, members);
        expect(names(coop.assignment.consumer1)).toEqual(['topic-0', 'topic-1']);
        expect(names(coop.assignment.consumer2)).toEqual([]);
        expect(coop.partitionsTransferringOwnership).toEqual({ 'topic-2': 'consumer2' });
    });
});

// AbstractStickyAssignorTest#verifyValidityAndBalance, as a property over random groups.
function verifyValidityAndBalance(members: readonly MemberSubscription[], assignment: Readonly<Record<string, readonly TopicPartition[]>>): void {
    const ids = members.map((m) => m.memberId).sort();
    const topicsOf = new Map(members.map((m) => [m.memberId, new Set(m.topics)] as const));
    for (let i = 0; i < ids.length; i++) {
        const mine = assignment[ids[i]];
        for (const tp of mine) expect(topicsOf.get(ids[i])!.has(tp.topic)).toBe(true);
        for (let j = i + 1; j < ids.length; j++) {
            const other = assignment[ids[j]];
            const otherKeys = new Set(other.map(formatTopicPartition));
            expect(mine.filter((tp) => otherKeys.has(formatTopicPartition(tp)))).toEqual([]);
            if (Math.abs(mine.length - other.length) <= 1) continue;
            const [more, less] = mine.length > other.length ? [mine, other] : [other, mine];
            const lessTopics = new Set(less.map((tp) => tp.topic));
            for (const tp of more) expect(lessTopics.has(tp.topic)).toBe(false);
        }
    }
}

describe('sticky assignors: validity and balance (property)', () => {
    const topicNames = ['t0', 't1', 't2', 't3'];
    const groupArb = fc.record({
        counts: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 4, maxLength: 4 }),
        subs: fc.array(fc.subarray(topicNames, { minLength: 1 }), { minLength: 1, maxLength: 6 }),
        equal: fc.boolean()
    });
    for (const assignor of ['sticky', 'cooperative-sticky'] as const) {
        it(`${assignor}: every subscribed partition assigned once, balanced; a second round keeps it so`, () => {
            fc.assert(
                fc.property(groupArb, ({ counts, subs, equal }) => {
                    const ppt = Object.fromEntries(topicNames.map((t, i) => [t, counts[i]]));
                    const members = subs.map((topics, i) => member(`c${i}`, equal ? topicNames : topics));
                    const r1 = assignPartitions('sticky', ppt, members);
                    verifyValidityAndBalance(members, r1.assignment);
                    const subscribed = new Set(members.flatMap((m) => m.topics));
                    const total = [...subscribed].reduce((n, t) => n + ppt[t], 0);
                    expect(Object.values(r1.assignment).reduce((n, l) => n + l.length, 0)).toBe(total);
                    // Next generation: one member leaves, the rest report what they own.
                    const rest = members.slice(1).map((m) => ({ ...m, owned: r1.assignment[m.memberId], generation: 1 }));
                    if (rest.length === 0) return;
                    const r2 = assignPartitions(assignor, ppt, rest);
                    if (assignor === 'sticky') verifyValidityAndBalance(rest, r2.assignment);
                    for (const m of rest) {
                        // What a member keeps is a subset of what it may consume.
                        for (const tp of r2.assignment[m.memberId]) expect(m.topics).toContain(tp.topic);
                    }
                })
            );
        });
    }
});
