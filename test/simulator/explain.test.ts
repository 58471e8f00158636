import { describe, expect, it } from 'vitest';
import {
    describeBuildError,
    describeEvent,
    describeObservation,
    describeStepError,
    describeTopicSummary,
    evaluateExpectation,
    initialState,
    summarizeEvents,
    type SimEvent
} from '../../simulator/index.js';
import { cluster, fail, model, orderPlatform, recover, run, step, topic } from './helpers.js';

describe('describeEvent', () => {
    const m = model(orderPlatform());
    const out = step(m, initialState(m), fail(1));
    const p0 = out.events.find((e) => e.kind === 'leader-changed' && e.topic === 'order-created' && e.partition === 0)!;

    it('tells the failover of a partition in English, as the failover log shows it', () => {
        expect(describeEvent(p0, 'en')).toBe(
            'Broker 1 failed → order-created P0: leader 1 → 2, the first in-sync replica in assignment order; ISR [2,3]; acks=all writes still succeed (ISR 2 ≥ min ISR 2)'
        );
    });

    it('and in Korean', () => {
        expect(describeEvent(p0, 'ko')).toBe(
            '브로커 1 장애 → order-created P0: 리더 1 → 2 (할당 순서상 첫 번째 ISR 복제본); ISR [2,3]; acks=all 쓰기는 계속 성공합니다 (ISR 2 ≥ min ISR 2)'
        );
    });

    it('has a sentence in both languages for every event of a rich run', () => {
        const d = model(cluster({
            controllers: 3,
            topics: [topic('t', { partitions: 2, assignment: [[1, 2, 3], [2, 3, 1]] }), topic('u', { partitions: 1, replicationFactor: 2, assignment: [[1, 2]], uncleanLeaderElection: true })],
            groups: [{ name: 'g', topics: ['t'], members: ['a', 'b'], assignor: 'cooperative-sticky' }]
        }));
        const events: SimEvent[] = [];
        let s = initialState(d);
        for (const st of [
            fail(1), fail(2), recover(1), { kind: 'elect-preferred' }, { kind: 'fail-controller', controller: 1 }, { kind: 'fail-controller', controller: 2 },
            fail(3), recover(2), { kind: 'elect-preferred' }, { kind: 'recover-controller', controller: 2 }, { kind: 'member-join', group: 'g', member: 'c' },
            { kind: 'member-leave', group: 'g', member: 'a' }, { kind: 'recover-controller', controller: 1 }, fail(1), recover(3)
        ] as const) {
            const o = step(d, s, st);
            events.push(...o.events);
            s = o.state;
        }
        const kinds = new Set(events.map((e) => e.kind));
        for (const k of ['broker-failed', 'broker-recovered', 'broker-fenced', 'controller-failed', 'controller-recovered', 'quorum-lost', 'quorum-restored', 'change-not-committed', 'pending-changes-applied', 'leader-changed', 'partition-offline', 'isr-shrunk', 'isr-expanded', 'member-joined', 'member-left', 'group-rebalanced']) {
            expect(kinds, k).toContain(k);
        }
        for (const e of events) {
            expect(describeEvent(e, 'en').length).toBeGreaterThan(10);
            expect(describeEvent(e, 'ko')).toMatch(/[가-힣]/);
        }
    });

    it('summarises many partition events per topic', () => {
        const big = model(cluster({ controllers: 1, topics: [topic('a', { partitions: 30 }), topic('b', { partitions: 30 })] }));
        const o = step(big, initialState(big), fail(1));
        const summary = summarizeEvents(o.events);
        expect(summary.cluster).toEqual([{ kind: 'broker-failed', broker: 1, committed: true }]);
        expect(summary.topics.map((t) => [t.topic, t.leaderChanges, t.isrShrunk, t.partitions])).toEqual([['a', 10, 20, 30], ['b', 10, 20, 30]]);
        expect(describeTopicSummary(summary.topics[0], 'en')).toBe('a: 10 leader changes, 20 ISR shrinks over 30 partitions');
        expect(describeTopicSummary(summary.topics[0], 'ko')).toBe('a: 파티션 30개에서 리더 변경 10건, ISR 축소 20건');
    });
});

describe('describeObservation', () => {
    it('gives the partition that breaks "writable", e.g. "leader 3, ISR [3] < min ISR 2"', () => {
        const m = model(cluster({ controllers: 1, topics: [topic('order-created', { assignment: [[1, 2, 3], [3, 1, 2], [2, 3, 1]] })] }));
        const s = run(m, fail(1), fail(2));
        const r = evaluateExpectation(m, s, { kind: 'topic', topic: 'order-created', condition: 'writable' });
        expect(r.passed).toBe(false);
        expect(describeObservation(r.observation, 'en')).toBe('order-created P0: leader 3, ISR [3] < min ISR 2 (3 of 3 partitions not writable with acks=all)');
        expect(describeObservation(r.observation, 'ko')).toBe('order-created P0: 리더 3, ISR [3] < min ISR 2 (파티션 3개 중 3개가 acks=all로 쓰기 가능 아님)');
    });

    it('covers quorum, data loss, unknown names', () => {
        const m = model(orderPlatform());
        const noQuorum = evaluateExpectation(m, run(m, fail(1), fail(2)), { kind: 'quorum', present: true });
        expect(noQuorum.passed).toBe(false);
        expect(describeObservation(noQuorum.observation)).toBe('no quorum: 1 of 3 brokers alive, majority 2; down: brokers 1, 2');
        expect(describeObservation(noQuorum.observation, 'ko')).toBe('쿼럼 없음: 브로커 3개 중 1개 동작, 과반수 2; 장애: 브로커 1, 2');
        const loss = model(cluster({ controllers: 1, topics: [topic('t', { partitions: 1, assignment: [[1, 2, 3]], uncleanLeaderElection: true })] }));
        const lost = evaluateExpectation(loss, run(loss, fail(2), fail(3), fail(1), recover(3)), { kind: 'no-data-loss' });
        expect(lost.passed).toBe(false);
        expect(describeObservation(lost.observation)).toBe('unclean election: t P0 elected broker 3, outside ISR [1]; committed events may be lost');
        expect(describeObservation(evaluateExpectation(m, initialState(m), { kind: 'topic', topic: 'nope', condition: 'readable' }).observation)).toMatch(/not part of/);
    });

    it('explains step and build errors', () => {
        expect(describeStepError({ kind: 'unknown-controller', controller: 2, reason: 'combined-mode' })).toMatch(/no dedicated controllers/);
        expect(describeStepError({ kind: 'unknown-member', group: 'g', member: 'x' }, 'ko')).toBe('그룹 g에 멤버 x이(가) 없습니다');
        expect(describeBuildError({ kind: 'rack-incomplete', withoutRack: [3] })).toMatch(/broker 3 has none/);
    });
});
