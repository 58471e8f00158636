// Scenarios run on the simulator (validation/scenarios.ts): a failed `expect` and
// a step that changes nothing are reported on that step. Topic conditions hold
// for every partition (writable = writable with acks=all); `not writable`,
// `not readable` and `under-replicated` are their negations.
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { reset, validate, withCode, type Validated } from '../support/language.js';
import { at } from '../support/positions.js';

afterEach(reset);

const { Error: E, Hint: H } = DiagnosticSeverity;

const FAILED = 'scenario-expectation-failed';

/** The starts of the failed expectations. */
const failed = (v: Validated) => withCode(v, FAILED).map((d) => d.range.start);

/** The study notes' cluster: 3 brokers (the quorum voters), RF 3, min ISR 2, 3 partitions. */
const platform = (...steps: string[]) => `cluster shop {
    brokers 1..3
    defaults { partitions 3 replication-factor 3 min-insync-replicas 2 }
    topic orders { }
    consumer-group readers { consumes orders members 3 }
    scenario drill {
${steps.map((s) => `        ${s}\n`).join('')}    }
}
`;

/** Dedicated controllers, so that brokers can fail without losing the quorum; partitions placed by hand. */
const placed = (topic: string, ...steps: string[]) => `cluster shop {
    controllers 3
    brokers 1..3
    ${topic}
    scenario drill {
${steps.map((s) => `        ${s}\n`).join('')}    }
}
`;

/** P0 on brokers 1,2 and P1 on brokers 2,3, RF 2, min ISR 2. */
const twoPartitions = 'topic t { partitions 2 replication-factor 2 min-insync-replicas 2 assignment { 0: [1, 2] 1: [2, 3] } }';

describe('scenario-expectation-failed', () => {
    test('the canonical drill passes', async () => {
        const v = await validate(platform(
            'fail broker 1', 'expect orders writable', 'expect quorum', 'expect no data-loss',
            'fail broker 2', 'expect no quorum', 'expect orders not writable'
        ));
        expect(failed(v)).toEqual([]);
    });

    test('a wrong expectation: error on that expect step', async () => {
        const text = platform('fail broker 1', 'expect orders fully-replicated');
        const v = await validate(text);
        expect(withCode(v, FAILED).map((d) => ({ start: d.range.start, severity: d.severity }))).toEqual([
            { start: at(text, 'expect orders fully-replicated'), severity: E }
        ]);
    });

    test('each expectation is checked at its own point of the drill', async () => {
        const text = platform('expect orders fully-replicated', 'fail broker 1', 'expect orders under-replicated', 'recover broker 1', 'expect orders fully-replicated');
        expect(failed(await validate(text))).toEqual([]);
        await reset();
        const wrong = platform('expect orders under-replicated', 'fail broker 1', 'expect orders fully-replicated');
        expect(failed(await validate(wrong))).toEqual([at(wrong, 'expect orders under-replicated'), at(wrong, 'expect orders fully-replicated')]);
    });

    test('every scenario starts from the healthy cluster', async () => {
        const text = platform('fail broker 1').replace('    }\n}', '    }\n    scenario second {\n        expect orders fully-replicated\n    }\n}');
        expect(failed(await validate(text))).toEqual([]);
    });

    describe('writable: every partition takes acks=all writes', () => {
        test('one partition below min ISR: the topic is not writable', async () => {
            const text = placed(twoPartitions, 'fail broker 3', 'expect t not writable', 'expect t writable');
            expect(failed(await validate(text))).toEqual([at(text, 'expect t writable')]);
        });

        test('all partitions with a full ISR: writable', async () => {
            const text = placed(twoPartitions, 'expect t writable', 'expect t not writable');
            expect(failed(await validate(text))).toEqual([at(text, 'expect t not writable')]);
        });

        test('without a quorum nothing is re-elected: the dead leader blocks writes', async () => {
            const text = platform('fail broker 1', 'fail broker 2', 'expect orders not writable', 'expect no quorum');
            expect(failed(await validate(text))).toEqual([]);
        });
    });

    describe('readable: every partition has a live leader', () => {
        const single = 'topic t { partitions 2 replication-factor 1 assignment { 0: [1] 1: [2] } }';

        test('one partition offline: not readable', async () => {
            const text = placed(single, 'fail broker 1', 'expect t not readable', 'expect t readable');
            expect(failed(await validate(text))).toEqual([at(text, 'expect t readable')]);
        });

        test('below min ISR but led: still readable', async () => {
            const text = placed(twoPartitions, 'fail broker 3', 'expect t readable', 'expect t not readable');
            expect(failed(await validate(text))).toEqual([at(text, 'expect t not readable')]);
        });
    });

    describe('fully-replicated: every ISR holds every replica', () => {
        test('after a failure: under-replicated', async () => {
            const text = placed(twoPartitions, 'fail broker 1', 'expect t under-replicated', 'expect t fully-replicated');
            expect(failed(await validate(text))).toEqual([at(text, 'expect t fully-replicated')]);
        });

        test('after recovery the replica catches up', async () => {
            const text = placed(twoPartitions, 'fail broker 1', 'recover broker 1', 'expect t fully-replicated', 'expect t under-replicated');
            expect(failed(await validate(text))).toEqual([at(text, 'expect t under-replicated')]);
        });
    });

    describe('quorum', () => {
        test('brokers as voters: one of three may fail', async () => {
            const text = platform('fail broker 1', 'expect quorum', 'expect no quorum');
            expect(failed(await validate(text))).toEqual([at(text, 'expect no quorum')]);
        });

        test('dedicated controllers: two of three down is no quorum', async () => {
            const text = placed('', 'fail controller 1', 'fail controller 2', 'expect no quorum', 'expect quorum');
            expect(failed(await validate(text))).toEqual([at(text, 'expect quorum')]);
        });

        test('dedicated controllers keep the quorum when brokers fail', async () => {
            const text = placed('', 'fail broker 1', 'fail broker 2', 'expect quorum');
            expect(failed(await validate(text))).toEqual([]);
        });
    });

    describe('no data-loss', () => {
        const unclean = (enabled: boolean) =>
            `topic t { partitions 1 replication-factor 2 min-insync-replicas 1 assignment { 0: [1, 2] } config { unclean.leader.election.enable = ${enabled} } }`;

        test('an unclean election loses data', async () => {
            const text = placed(unclean(true), 'fail broker 2', 'fail broker 1', 'expect no data-loss', 'recover broker 2', 'expect no data-loss');
            expect(failed(await validate(text))).toEqual([at(text, 'expect no data-loss', 2)]);
        });

        test('without unclean election the partition waits for its ISR', async () => {
            const text = placed(unclean(false), 'fail broker 2', 'fail broker 1', 'recover broker 2', 'expect no data-loss', 'expect t not readable');
            expect(failed(await validate(text))).toEqual([]);
        });
    });

    describe('group balanced: no idle member and no stalled partition', () => {
        test('a balanced group', async () => {
            expect(failed(await validate(platform('expect group readers balanced')))).toEqual([]);
        });

        test('an idle member', async () => {
            const text = platform('expect group readers balanced').replace('members 3', 'members 4');
            expect(failed(await validate(text))).toEqual([at(text, 'expect group readers balanced')]);
        });

        test('a stalled partition (its leader is dead)', async () => {
            const text = `cluster shop {
    controllers 3
    brokers 1..3
    topic t { partitions 2 replication-factor 1 assignment { 0: [1] 1: [2] } }
    consumer-group g { consumes t members 2 }
    scenario drill {
        expect group g balanced
        fail broker 1
        expect group g balanced
    }
}
`;
            expect(failed(await validate(text))).toEqual([at(text, 'expect group g balanced', 2)]);
        });

        test('a member that leaves hands its partitions over', async () => {
            expect(failed(await validate(platform('fail member readers-3 in readers', 'expect group readers balanced')))).toEqual([]);
        });
    });
});

describe('scenario-no-effect', () => {
    const noEffect = (v: Validated) => withCode(v, 'scenario-no-effect').map((d) => ({ start: d.range.start, severity: d.severity }));

    test('failing a failed broker: hint on the step', async () => {
        const text = platform('fail broker 1', 'fail broker 1');
        expect(noEffect(await validate(text))).toEqual([{ start: at(text, 'fail broker 1', 2), severity: H }]);
    });

    test('recovering a live broker', async () => {
        const text = platform('recover broker 1');
        expect(noEffect(await validate(text))).toEqual([{ start: at(text, 'recover broker 1'), severity: H }]);
    });

    test('failing, then recovering: both change something', async () => {
        expect(noEffect(await validate(platform('fail broker 1', 'recover broker 1', 'fail broker 1')))).toEqual([]);
    });

    test('racks: failing a failed rack, recovering a live one', async () => {
        const text = `cluster shop {
    brokers 1..3 { racks "a", "b", "c" }
    scenario drill {
        recover rack "a"
        fail rack "a"
        fail rack "a"
    }
}
`;
        expect(noEffect(await validate(text))).toEqual([
            { start: at(text, 'recover rack "a"'), severity: H },
            { start: at(text, 'fail rack "a"', 2), severity: H }
        ]);
    });

    test('controllers', async () => {
        const text = placed('', 'fail controller 1', 'fail controller 1', 'recover controller 2');
        expect(noEffect(await validate(text))).toEqual([
            { start: at(text, 'fail controller 1', 2), severity: H },
            { start: at(text, 'recover controller 2'), severity: H }
        ]);
    });

    test('members: leaving twice, rejoining while present', async () => {
        const text = platform('recover member readers-1 in readers', 'fail member readers-1 in readers', 'fail member readers-1 in readers');
        expect(noEffect(await validate(text))).toEqual([
            { start: at(text, 'recover member readers-1'), severity: H },
            { start: at(text, 'fail member readers-1', 2), severity: H }
        ]);
    });

    test('elect-preferred is not a fail/recover step and is never reported', async () => {
        expect(noEffect(await validate(platform('elect-preferred', 'elect-preferred')))).toEqual([]);
    });
});
