// Name resolution (KafkaTopologyScopeProvider): topics and groups resolve inside
// their own cluster, members inside their group, the first declaration of a
// name wins, and a file sees nothing of another file.
import { afterEach, describe, expect, test } from 'vitest';
import {
    isExpectStep, isGroupExpectation, isMemberTarget, isActionStep, isTopicExpectation, type Cluster, type ConsumesProperty,
    type ProducesProperty
} from '../../language-server/generated/ast.js';
import { reset, validate } from '../support/language.js';

afterEach(reset);

async function linked(text: string) {
    const validated = await validate(text);
    return { ...validated, clusters: validated.document.parseResult.value.clusters };
}

const produces = (c: Cluster, i = 0) => c.producers[i].items.find((item) => item.$type === 'ProducesProperty') as ProducesProperty;
const consumes = (c: Cluster, i = 0) => c.groups[i].items.find((item) => item.$type === 'ConsumesProperty') as ConsumesProperty;
const memberTargets = (c: Cluster) => c.scenarios[0].steps.filter(isActionStep).map((s) => s.target).filter(isMemberTarget);

describe('topic references', () => {
    test('produces, consumes and expect resolve to the topic declaration', async () => {
        const { clusters: [c], diagnostics } = await linked(`cluster c { broker 1
            topic orders { } topic payments { }
            producer p { produces orders, payments }
            consumer-group g { consumes payments }
            scenario s { expect orders writable }
        }`);
        const [orders, payments] = c.topics;
        expect(produces(c).topics.map((r) => r.ref)).toEqual([orders, payments]);
        expect(consumes(c).topics.map((r) => r.ref)).toEqual([payments]);
        const expectation = c.scenarios[0].steps.filter(isExpectStep)[0].expectation;
        expect(isTopicExpectation(expectation) && expectation.topic.ref).toBe(orders);
        expect(diagnostics.filter((d) => d.code === 'unresolved-reference')).toEqual([]);
    });

    test('a quoted reference resolves like the unquoted name, and keyword-named topics are reachable', async () => {
        const { clusters: [c] } = await linked('cluster c { broker 1 topic plain { } topic "partitions" { } producer p { produces "plain", "partitions" } }');
        expect(produces(c).topics.map((r) => r.ref)).toEqual(c.topics);
    });

    test('a topic resolves only inside its own cluster', async () => {
        const { clusters: [a, b], diagnostics } = await linked(`cluster a { broker 1 topic only-in-a { } }
cluster b { broker 1 topic only-in-b { } producer p { produces only-in-a, only-in-b } }`);
        const [inA, inB] = produces(b).topics;
        expect(inA.ref).toBeUndefined();
        expect(inB.ref).toBe(b.topics[0]);
        expect(a.topics[0].name).toBe('only-in-a');
        expect(diagnostics.filter((d) => d.code === 'unresolved-reference').map((d) => d.range.start.line)).toEqual([1]);
    });

    test('the first declaration of a duplicated topic is the one referenced', async () => {
        const { clusters: [c] } = await linked('cluster c { broker 1 topic t { partitions 1 } topic t { partitions 2 } producer p { produces t } }');
        expect(produces(c).topics[0].ref).toBe(c.topics[0]);
    });

    test('a reference is not resolved against a producer or group of the same name', async () => {
        const { clusters: [c] } = await linked('cluster c { broker 1 topic t { } producer orders { produces t } consumer-group g { consumes orders } }');
        expect(consumes(c).topics[0].ref).toBeUndefined();
    });
});

describe('group and member references', () => {
    test('expect group G balanced and member M in G resolve to the group and its named member', async () => {
        const { clusters: [c] } = await linked(`cluster c { broker 1 topic t { }
            consumer-group g { consumes t members [alice, bob] }
            scenario s { fail member bob in g expect group g balanced }
        }`);
        const [target] = memberTargets(c);
        expect(target.group.ref).toBe(c.groups[0]);
        expect(target.member.ref?.$type).toBe('Member');
        expect(target.member.ref && 'name' in target.member.ref && target.member.ref.name).toBe('bob');
        const expectation = c.scenarios[0].steps.filter(isExpectStep)[0].expectation;
        expect(isGroupExpectation(expectation) && expectation.group.ref).toBe(c.groups[0]);
    });

    test('counted members are <group>-1 .. <group>-n; without `members` the group has <group>-1', async () => {
        const { clusters: [c], diagnostics } = await linked(`cluster c { broker 1 topic t { }
            consumer-group counted { consumes t members 3 }
            consumer-group single { consumes t }
            scenario s {
                fail member counted-3 in counted
                fail member counted-4 in counted
                fail member single-1 in single
                fail member single-2 in single
            }
        }`);
        const [three, four, one, two] = memberTargets(c);
        expect(three.member.ref).toBeDefined();
        expect(four.member.ref).toBeUndefined();
        expect(one.member.ref).toBeDefined();
        expect(two.member.ref).toBeUndefined();
        expect(diagnostics.filter((d) => d.code === 'unresolved-reference').map((d) => d.range.start.line)).toEqual([5, 7]);
    });

    test('a member is looked up in the named group only', async () => {
        const { clusters: [c] } = await linked(`cluster c { broker 1 topic t { }
            consumer-group a { consumes t members [x] }
            consumer-group b { consumes t members [y] }
            scenario s { fail member x in b }
        }`);
        expect(memberTargets(c)[0].member.ref).toBeUndefined();
    });
});

describe('documents', () => {
    test('nothing of one file is visible in another', async () => {
        await validate('cluster c { broker 1 topic shared-name { } }');
        const { clusters: [c] } = await linked('cluster c { broker 1 producer p { produces shared-name } }');
        expect(produces(c).topics[0].ref).toBeUndefined();
    });

    test('a file with a syntax error still links what parses', async () => {
        const { clusters: [c], diagnostics } = await linked(`cluster c { broker 1
            topic orders { partitions }
            producer p { produces orders }
        }`);
        expect(diagnostics.some((d) => d.code === 'syntax-error')).toBe(true);
        expect(produces(c).topics[0].ref).toBe(c.topics[0]);
    });
});
