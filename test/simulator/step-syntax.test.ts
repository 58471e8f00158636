import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatExpectation, formatScenarioLine, formatStep, parseExpectation, parseStep, type Expectation, type Step } from '../../simulator/index.js';

describe('parseStep', () => {
    it('reads the scenario step syntax of LANGUAGE.md', () => {
        const cases: [string, Step][] = [
            ['fail broker 1', { kind: 'fail-broker', broker: 1 }],
            ['recover broker 12', { kind: 'recover-broker', broker: 12 }],
            ['fail rack "az-1"', { kind: 'fail-rack', rack: 'az-1' }],
            ['recover rack "rack a"', { kind: 'recover-rack', rack: 'rack a' }],
            ['fail rack az-1', { kind: 'fail-rack', rack: 'az-1' }],
            ['fail controller 2', { kind: 'fail-controller', controller: 2 }],
            ['recover controller 3', { kind: 'recover-controller', controller: 3 }],
            ['fail member A-1 in order-service', { kind: 'member-leave', group: 'order-service', member: 'A-1' }],
            ['recover member "B 1" in "notification-service"', { kind: 'member-join', group: 'notification-service', member: 'B 1' }],
            ['  elect-preferred  ', { kind: 'elect-preferred' }],
            ['fail rack "say \\"hi\\""', { kind: 'fail-rack', rack: 'say "hi"' }]
        ];
        for (const [text, step] of cases) expect(parseStep(text), text).toEqual({ ok: true, value: step });
    });

    it('says what is wrong', () => {
        const bad: [string, RegExp][] = [
            ['', /empty/],
            ['kill broker 1', /starts with 'fail'/],
            ['fail broker', /broker number/],
            ['fail broker one', /found 'one'/],
            ['fail host 1', /'broker', 'rack'/],
            ['fail member A-1 order-service', /'in <group>'/],
            ['fail broker 1 now', /unexpected 'now'/],
            ['fail rack "az-1', /unterminated/]
        ];
        for (const [text, message] of bad) {
            const r = parseStep(text);
            expect(r.ok, text).toBe(false);
            if (!r.ok) expect(r.error).toMatch(message);
        }
    });
});

describe('formatting', () => {
    it('writes steps and expectations back in the file syntax, quoting names when needed', () => {
        expect(formatStep({ kind: 'fail-rack', rack: 'az-1' })).toBe('fail rack "az-1"');
        expect(formatStep({ kind: 'member-join', group: 'order-service', member: 'A-1' })).toBe('recover member A-1 in order-service');
        expect(formatStep({ kind: 'member-leave', group: 'in', member: '2fa' })).toBe('fail member "2fa" in "in"');
        expect(formatExpectation({ kind: 'topic', topic: 'order-created', condition: 'not-writable' })).toBe('order-created not writable');
        expect(formatExpectation({ kind: 'topic', topic: 'partitions', condition: 'readable' })).toBe('"partitions" readable');
        expect(formatExpectation({ kind: 'quorum', present: false })).toBe('no quorum');
        expect(formatScenarioLine({ kind: 'expect', expectation: { kind: 'no-data-loss' } })).toBe('expect no data-loss');
        expect(formatScenarioLine({ kind: 'expect', expectation: { kind: 'group-balanced', group: 'g' } })).toBe('expect group g balanced');
    });

    const name = fc.oneof(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9._-]{0,8}$/), fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('in', 'broker', 'quorum', 'a"b\\c'));
    const stepArb: fc.Arbitrary<Step> = fc.oneof(
        fc.record({ kind: fc.constantFrom('fail-broker', 'recover-broker'), broker: fc.nat(1000) }) as fc.Arbitrary<Step>,
        fc.record({ kind: fc.constantFrom('fail-rack', 'recover-rack'), rack: name }) as fc.Arbitrary<Step>,
        fc.record({ kind: fc.constantFrom('fail-controller', 'recover-controller'), controller: fc.nat(9) }) as fc.Arbitrary<Step>,
        fc.record({ kind: fc.constantFrom('member-leave', 'member-join'), group: name, member: name }) as fc.Arbitrary<Step>,
        fc.constant<Step>({ kind: 'elect-preferred' })
    );
    const expectationArb: fc.Arbitrary<Expectation> = fc.oneof(
        fc.record({ kind: fc.constant('topic' as const), topic: name, condition: fc.constantFrom('writable', 'not-writable', 'readable', 'not-readable', 'fully-replicated', 'under-replicated' as const) }),
        fc.record({ kind: fc.constant('quorum' as const), present: fc.boolean() }),
        fc.constant<Expectation>({ kind: 'no-data-loss' }),
        fc.record({ kind: fc.constant('group-balanced' as const), group: name })
    );

    it('parse(format(step)) is the step (property)', () => {
        fc.assert(
            fc.property(stepArb, (step) => {
                expect(parseStep(formatStep(step))).toEqual({ ok: true, value: step });
            })
        );
    });

    it('parse(format(expectation)) is the expectation, with or without "expect" (property)', () => {
        fc.assert(
            fc.property(expectationArb, (exp) => {
                expect(parseExpectation(formatExpectation(exp))).toEqual({ ok: true, value: exp });
                expect(parseExpectation(formatScenarioLine({ kind: 'expect', expectation: exp }))).toEqual({ ok: true, value: exp });
            })
        );
    });
});
