// The event log: every change of a step in words (English, Korean), steps
// without effect, and per-topic summaries when a step touches many partitions.
import { afterEach, describe, expect, test } from 'vitest';
import { DETAILED_PARTITION_EVENTS, explainStep, TOPIC_LINES, toneOf } from '../../language-server/failover/failover-explanations.js';
import { reset, validate } from '../support/language.js';
import { expectation, failBroker, logOf, open, recoverBroker, requests, sample, step, view } from './helpers.js';

afterEach(reset);

const P0_FAILOVER_EN = 'Broker 1 failed → order-created P0: leader 1 → 2, the first in-sync replica in assignment order; ISR [2,3]; acks=all writes still succeed (ISR 2 ≥ min ISR 2)';

describe('one broker fails on order-platform', () => {
    test('English: the fencing, then every partition of broker 1, leader moves first-in-ISR', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const r = await view(uri, 'order-platform', [failBroker(1)], undefined, 'en');
        const entry = r.timeline[0];
        expect(entry).toMatchObject({ kind: 'step', text: 'fail broker 1', applied: true });
        expect(entry.log[0]).toEqual({ text: 'Broker 1 failed; the controller fenced it', tone: 'bad' });
        expect(entry.log.map((l) => l.text)).toContain(P0_FAILOVER_EN);
        expect(entry.log.map((l) => l.text)).toContain(
            'Broker 1 failed → order-created P1: 1 left the ISR, now [2,3]; acks=all writes still succeed (ISR 2 ≥ min ISR 2)'
        );
        // 9 partitions hold a replica of broker 1: told one by one, plus the fencing line.
        expect(entry.log).toHaveLength(10);
    });

    test('Korean: the same events in Korean', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const r = await view(uri, 'order-platform', [failBroker(1)], undefined, 'ko');
        expect(r.locale).toBe('ko');
        const lines = logOf(r);
        expect(lines[0]).toBe('브로커 1 장애; 컨트롤러가 펜싱했습니다');
        expect(lines).toContain('브로커 1 장애 → order-created P0: 리더 1 → 2 (할당 순서상 첫 번째 ISR 복제본); ISR [2,3]; acks=all 쓰기는 계속 성공합니다 (ISR 2 ≥ min ISR 2)');
    });

    test('recovery and preferred election are explained, leadership returning to broker 1', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const r = await view(uri, 'order-platform', [failBroker(1), recoverBroker(1), step({ kind: 'elect-preferred' })]);
        expect(r.timeline[1].log[0]).toEqual({ text: 'Broker 1 recovered', tone: 'good' });
        expect(r.timeline[1].log.map((l) => l.text)).toContain(
            'Broker 1 recovered → order-created P0: 1 caught up and rejoined the ISR, now [1,2,3]; acks=all writes succeed (ISR 3 ≥ min ISR 2)'
        );
        expect(r.timeline[2].log.map((l) => l.text)).toEqual([
            'Preferred leader election → order-created P0: leader 2 → 1, its preferred replica; ISR [1,2,3]',
            'Preferred leader election → stock-reserved P0: leader 2 → 1, its preferred replica; ISR [1,2,3]',
            'Preferred leader election → payment-completed P0: leader 2 → 1, its preferred replica; ISR [1,2,3]'
        ]);
    });

    test('a step that changes nothing says so, in both languages', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const en = await view(uri, 'order-platform', [failBroker(1), failBroker(1), step({ kind: 'elect-preferred' })], undefined, 'en');
        expect(en.timeline[1]).toMatchObject({ noEffect: true, log: [{ text: 'Broker 1 has already failed: nothing changes', tone: 'info' }] });
        // Broker 1 (every P0's preferred leader) is down: the preferred election moves nothing.
        expect(en.timeline[2].log.map((l) => l.text)).toEqual([
            'Preferred leader election: every partition whose preferred replica is alive and in sync is already led by it; nothing moves'
        ]);
        const ko = await view(uri, 'order-platform', [failBroker(1), failBroker(1)], undefined, 'ko');
        expect(ko.timeline[1].log[0].text).toBe('브로커 1은 이미 장애 상태입니다: 바뀌는 것이 없습니다');
    });

    test('the view gives the reason the scenario-no-effect diagnostic gives, for every kind of step', async () => {
        const text = [
            'cluster c {',
            '    brokers 1..3 { racks "a", "b", "c" }',
            '    controllers 3',
            '    defaults { replication-factor 3 min-insync-replicas 2 }',
            '    topic t { }',
            '    consumer-group g { consumes t members 1 }',
            '    scenario s {',
            '        stop broker 1', '        stop broker 1', '        recover broker 2',
            '        fail rack "b"', '        fail rack "b"', '        recover rack "c"',
            '        fail controller 1', '        fail controller 1', '        recover controller 2',
            '        fail member g-1 in g', '        fail member g-1 in g',
            '    }',
            '}',
            ''
        ].join('\n');
        for (const locale of ['en', 'ko'] as const) {
            const reasons = (await validate(text, locale)).diagnostics
                .filter((d) => d.code === 'scenario-no-effect')
                .map((d) => /: (.*)\. [^.]*\.$/.exec(d.message)?.[1]);
            expect(reasons).toHaveLength(7);
            expect(reasons.every((r) => r !== undefined && r.length > 0)).toBe(true);
            const uri = await open(text);
            const steps = (await requests.scenarioSteps({ uri, cluster: 'c', scenario: 's' })).items ?? [];
            const lines = (await view(uri, 'c', steps, undefined, locale)).timeline.filter((e) => e.noEffect).map((e) => e.log[0].text);
            const ending = locale === 'en' ? ': nothing changes' : ': 바뀌는 것이 없습니다';
            expect(lines.map((l) => l.slice(0, -ending.length).toLowerCase())).toEqual(reasons.map((r) => r?.toLowerCase()));
        }
    });

    test('losing the quorum: the failure is not committed and the log says why', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const lines = (await view(uri, 'order-platform', [failBroker(1), failBroker(2)])).timeline[1].log.map((l) => l.text);
        expect(lines).toEqual([
            'Broker 2 failed; without a controller quorum it is not fenced, so its partitions keep it as leader or in-sync replica',
            'Controller quorum lost: 1 of 3 brokers alive, majority 2; no metadata change can commit (no fencing, no election, no ISR change)',
            'Fencing of broker 2 not committed: no controller quorum (1 of 3 voters alive, majority 2)'
        ]);
    });
});

describe('expectations', () => {
    test('a scenario\'s expectations pass, each with what was seen', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const { items } = await requests.scenarioSteps({ uri, cluster: 'order-platform', scenario: 'leader-broker-dies' });
        const r = await view(uri, 'order-platform', items!);
        const expects = r.timeline.filter((e) => e.kind === 'expect');
        expect(expects.map((e) => [e.text, e.passed])).toEqual([
            ['expect order-created writable', true],
            ['expect order-created under-replicated', true],
            ['expect quorum', true],
            ['expect no data-loss', true],
            ['expect group order-service balanced', true],
            ['expect order-created fully-replicated', true]
        ]);
        expect(expects[0].observation).toBe('all 3 partitions of order-created are writable with acks=all (order-created P0: leader 2, ISR [2,3] ≥ min ISR 2)');
        expect(expects[0].line).toBe(86);
    });

    test('a failing expectation is marked failed with the partition that breaks it (English and Korean)', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const items = [failBroker(1), failBroker(3), expectation({ kind: 'topic', topic: 'order-created', condition: 'writable' })];
        const en = await view(uri, 'order-platform', items, undefined, 'en');
        expect(en.timeline[2]).toMatchObject({ kind: 'expect', passed: false, applied: true });
        expect(en.timeline[2].observation).toMatch(/^order-created P0: leader 2, ISR \[2,3\] includes broker 3, which is down/);
        const ko = await view(uri, 'order-platform', items, undefined, 'ko');
        expect(ko.timeline[2].observation).toMatch(/^order-created P0: /);
        expect(ko.timeline[2].observation).not.toBe(en.timeline[2].observation);
    });
});

describe('large steps', () => {
    test('failing a zone of payments-prod is summarised per topic after the cluster events', async () => {
        const uri = await open(sample('multi-az-production.kafka'));
        const r = await view(uri, 'payments-prod', [step({ kind: 'fail-rack', rack: 'eu-west-1a' })]);
        const log = r.timeline[0].log.map((l) => l.text);
        expect(log.slice(0, 3)).toEqual(['Broker 1 failed; the controller fenced it', 'Broker 4 failed; the controller fenced it', 'Broker 7 failed; the controller fenced it']);
        expect(log[3]).toMatch(/^\d+ partition changes, summarised per topic:$/);
        expect(Number(/^(\d+)/.exec(log[3])![1])).toBeGreaterThan(DETAILED_PARTITION_EVENTS);
        const topics = log.slice(4);
        expect(topics.map((l) => l.split(':')[0]).sort()).toEqual(['fraud-alerts', 'ledger-entries', 'payment-authorized', 'payment-requested']);
        expect(topics.find((l) => l.startsWith('ledger-entries:'))).toMatch(/^ledger-entries: \d+ leader changes, \d+ ISR shrinks over 24 partitions$/);
    });

    test('the Korean summary uses the Korean topic sentence', async () => {
        const uri = await open(sample('multi-az-production.kafka'));
        const r = await view(uri, 'payments-prod', [step({ kind: 'fail-rack', rack: 'eu-west-1a' })], undefined, 'ko');
        expect(r.timeline[0].log[3].text).toMatch(/^파티션 변경 \d+건, 토픽별 요약:$/);
    });

    test('explainStep tells up to the threshold one by one', () => {
        const events = Array.from({ length: DETAILED_PARTITION_EVENTS }, (_, p) => ({
            kind: 'isr-shrunk' as const,
            topic: 't',
            partition: p,
            cause: { kind: 'broker-fenced' as const, broker: 1, pending: false },
            leader: 2,
            removed: [1],
            isr: [2, 3],
            minIsr: 2,
            replicationFactor: 3,
            writable: true
        }));
        expect(explainStep({ kind: 'fail-broker', broker: 1 }, events, false, 'en')).toHaveLength(DETAILED_PARTITION_EVENTS);
        const more = [...events, { ...events[0], partition: DETAILED_PARTITION_EVENTS }];
        expect(explainStep({ kind: 'fail-broker', broker: 1 }, more, false, 'en').map((l) => l.text)).toEqual([
            `${DETAILED_PARTITION_EVENTS + 1} partition changes, summarised per topic:`,
            `t: ${DETAILED_PARTITION_EVENTS + 1} ISR shrinks over ${DETAILED_PARTITION_EVENTS + 1} partitions`
        ]);
    });

    test('past TOPIC_LINES topics, troubled topics come first and the others share one line', () => {
        const shrink = (topic: string, writable: boolean) => ({
            kind: 'isr-shrunk' as const,
            topic,
            partition: 0,
            cause: { kind: 'broker-fenced' as const, broker: 1, pending: false },
            leader: 2,
            removed: [1],
            isr: writable ? [2, 3] : [2],
            minIsr: 2,
            replicationFactor: 3,
            writable
        });
        const topics = Array.from({ length: TOPIC_LINES + 5 }, (_, i) => `t${String(i).padStart(2, '0')}`);
        const events = topics.map((t) => shrink(t, t !== 't24'));
        const lines = explainStep({ kind: 'fail-broker', broker: 1 }, events, false, 'en');
        expect(lines).toHaveLength(1 + TOPIC_LINES);
        expect(lines[1]).toEqual({ text: 't24: 1 ISR shrink over 1 partition; 1 partition not writable with acks=all', tone: 'bad', topic: 't24' });
        expect(lines.at(-1)).toEqual({ text: '6 other topics: 6 ISR shrinks over 6 partitions', tone: 'info' });
        expect(explainStep({ kind: 'fail-broker', broker: 1 }, events, false, 'ko').at(-1)!.text).toBe('다른 토픽 6개: 파티션 6개에서 ISR 축소 6건');
    });

    test('tones: failures are bad, recoveries good, a writable failover informative', () => {
        expect(toneOf({ kind: 'broker-failed', broker: 1, committed: true })).toBe('bad');
        expect(toneOf({ kind: 'controller-recovered', controller: 1 })).toBe('good');
        const moved = { kind: 'leader-changed' as const, topic: 't', partition: 0, cause: { kind: 'preferred-election' as const }, from: 2, to: 1, isr: [1, 2], minIsr: 2, replicationFactor: 2 };
        expect(toneOf({ ...moved, reason: 'clean', writable: true })).toBe('info');
        expect(toneOf({ ...moved, reason: 'clean', writable: false })).toBe('bad');
        expect(toneOf({ ...moved, reason: 'unclean', writable: true })).toBe('bad');
        expect(toneOf({ ...moved, reason: 'preferred', writable: true })).toBe('good');
    });
});
