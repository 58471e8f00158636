// A failover view travels as a patch of the one before it (language-server/view-patch.ts):
// the server keeps its last answers (view-answers.ts) and, asked with the answer the
// client holds, sends only what differs; the extension and the webview rebuild the whole.
// Property: along random timelines, every patched answer rebuilds exactly the whole one.
import { afterEach, expect, test } from 'vitest';
import { generateTopology } from '../../bench/generate-topology.js';
import { FailoverRequests } from '../../language-server/failover/failover-requests.js';
import type { FailoverViewResult, TimelineItem } from '../../language-server/protocol.js';
import { applyViewPatch, diffView, sameJson } from '../../language-server/view-patch.js';
import { language, reset, services } from '../support/language.js';
import { failBroker, open, requests, step, view } from './helpers.js';
import { seededRandom } from '../support/seeded-random.js';

afterEach(reset);

/** A random step on brokers 1..brokers in racks az-1..az-3, with group g-0's members. */
function randomStep(next: () => number, brokers: number): TimelineItem {
    const broker = 1 + Math.floor(next() * brokers);
    const rack = `az-${1 + Math.floor(next() * 3)}`;
    const pick = next();
    if (pick < 0.35) return step({ kind: 'fail-broker', broker });
    if (pick < 0.6) return step({ kind: 'recover-broker', broker });
    if (pick < 0.7) return step({ kind: 'fail-rack', rack });
    if (pick < 0.8) return step({ kind: 'recover-rack', rack });
    if (pick < 0.9) return step({ kind: 'elect-preferred' });
    return step({ kind: 'stop-broker', broker });
}

/** What differs between asking twice for the same view: the server's time and the answer's name. */
const comparable = (r: FailoverViewResult) => ({ ...r, serverMs: 0, answerId: undefined });

const large = (topics: number) =>
    generateTopology({ brokers: 30, racks: 3, topics, partitionsPerTopic: 3, producers: 6, groups: 6, spreadReplicas: true, clusterName: 'large' });

test('along random timelines, each answer patched against the one before rebuilds the whole answer', async () => {
    const uri = await open(large(60));
    for (const seed of [1, 2, 3]) {
        const next = seededRandom(seed).next;
        const items: TimelineItem[] = [];
        let held = await requests.failoverView({ uri, cluster: 'large', items, patch: {} });
        expect(held.patch).toBeUndefined();
        expect(held.answerId).toBeDefined();
        let patches = 0;
        for (let i = 0; i < 12; i++) {
            items.push(randomStep(next, 30));
            // Sometimes a move back in the timeline (Undo, a scrub), not only a step forward.
            const position = next() < 0.2 ? Math.floor(next() * items.length) : items.length;
            const answer = await requests.failoverView({ uri, cluster: 'large', items, position, patch: { base: held.answerId } });
            const whole = await view(uri, 'large', items, position);
            const rebuilt = answer.patch ? applyViewPatch(answer, answer.patch, held) : answer;
            expect(rebuilt, `seed ${seed}, step ${i}`).toBeDefined();
            expect(comparable(rebuilt!)).toEqual(comparable(whole));
            if (answer.patch) {
                patches++;
                expect(answer.view!.topics).toEqual([]);
                expect(answer.patch.base).toBe(held.answerId);
            }
            held = rebuilt!;
        }
        expect(patches, `seed ${seed}: patches were exercised`).toBeGreaterThanOrEqual(4);
    }
}, 120_000);

test('diffView then applyViewPatch gives back the later view for any two views of a cluster, in either order', async () => {
    const uri = await open(large(40));
    const next = seededRandom(7).next;
    const items: TimelineItem[] = [];
    const views: FailoverViewResult[] = [await view(uri, 'large', [])];
    for (let i = 0; i < 8; i++) {
        items.push(randomStep(next, 30));
        views.push(await view(uri, 'large', [...items]));
    }
    for (const a of views) {
        for (const b of views) {
            const patched = diffView(b, a.view!, 0);
            if (!patched) continue;
            expect(applyViewPatch(patched.result, patched.patch, a)).toEqual(b);
        }
    }
});

test('a broker failure on 99 brokers × 100 topics sends only the topics with a replica on it, and no unchanged list', async () => {
    const uri = await open(generateTopology({ brokers: 99, racks: 3, topics: 100, partitionsPerTopic: 3, producers: 5, groups: 5, spreadReplicas: true, clusterName: 'large' }));
    const before = await requests.failoverView({ uri, cluster: 'large', items: [], patch: {} });
    const after = await requests.failoverView({ uri, cluster: 'large', items: [failBroker(7)], patch: { base: before.answerId } });
    const whole = after.patch && applyViewPatch(after, after.patch, before);
    const onBroker7 = whole!.view!.topics.filter((t) => t.partitions.some((p) => p.replicas.includes(7))).map((t) => t.name);
    expect(onBroker7.length).toBeGreaterThan(0);
    expect(after.patch!.topics.map(([, t]) => t.name)).toEqual(onBroker7);
    // Of each such topic, only its partitions with a replica on broker 7 travel (the whole topic when most of them do).
    let partial = 0;
    for (const entry of after.patch!.topics) {
        const partitions = whole!.view!.topics[entry[0]].partitions;
        const moved = partitions.filter((p) => p.replicas.includes(7)).map((p) => p.partition);
        expect(entry.length, entry[1].name).toBe(moved.length * 2 > partitions.length ? 2 : 3);
        if (entry.length !== 3) continue;
        partial++;
        expect(entry[1].partitions).toEqual([]);
        expect(entry[2].changed.map(([, p]) => p.partition)).toEqual(moved);
    }
    expect(partial).toBeGreaterThan(0);
    // Broker 7 is shown down: its rack travels with the brokers that changed (7, and those that lead more now); the groups and producers did not change.
    const racks = after.patch!.racks!;
    const changedBrokers = racks.changed.flatMap((entry) => (entry.length === 3 ? entry[2].changed.map(([, b]) => b.id) : entry[1].brokers.map((b) => b.id)));
    expect(changedBrokers).toContain(7);
    const beforeBrokers = new Map(before.view!.racks.flatMap((r) => r.brokers).map((b) => [b.id, JSON.stringify(b)]));
    const actuallyChanged = whole!.view!.racks.flatMap((r) => r.brokers).filter((b) => JSON.stringify(b) !== beforeBrokers.get(b.id)).map((b) => b.id);
    expect([...changedBrokers].sort((a, b) => a - b)).toEqual([...actuallyChanged].sort((a, b) => a - b));
    expect(after.patch!.groups).toBeUndefined();
    expect(after.patch!.producers).toBeUndefined();
    expect(JSON.stringify(after).length * 10).toBeLessThan(JSON.stringify(whole).length);
});

test('a whole answer when the base is not the server’s: unknown, from a restarted server, or forgotten', async () => {
    const uri = await open(large(20));
    const first = await requests.failoverView({ uri, cluster: 'large', items: [], patch: {} });
    const unknown = await requests.failoverView({ uri, cluster: 'large', items: [failBroker(1)], patch: { base: 'not-an-answer' } });
    expect(unknown.patch).toBeUndefined();
    expect(unknown.view!.topics.length).toBe(20);
    // A new server (the client restarted it) never patches against an answer of the old one.
    const restarted = new FailoverRequests(services.shared, language);
    expect((await restarted.failoverView({ uri, cluster: 'large', items: [failBroker(1)], patch: { base: first.answerId } })).patch).toBeUndefined();
    restarted.dispose();
    // The server keeps a few answers only.
    for (let i = 0; i < 10; i++) await requests.failoverView({ uri, cluster: 'large', items: [failBroker(1 + i)], patch: {} });
    expect((await requests.failoverView({ uri, cluster: 'large', items: [failBroker(1)], patch: { base: first.answerId } })).patch).toBeUndefined();
    // Without `patch`, nothing is kept and nothing is patched (the Test Explorer's runs).
    const plain = await view(uri, 'large', [failBroker(1)]);
    expect(plain.answerId).toBeUndefined();
    expect(plain.patch).toBeUndefined();
});

test('whole answers when a patch saves nothing: another number of topics, most topics changed', async () => {
    const uri = await open('cluster c { brokers 1..3 topic a { partitions 1 replication-factor 3 } topic b { partitions 1 replication-factor 3 } }');
    const before = await requests.failoverView({ uri, cluster: 'c', items: [], patch: {} });
    // Broker 1 holds a replica of both topics: everything changed.
    expect((await requests.failoverView({ uri, cluster: 'c', items: [failBroker(1)], patch: { base: before.answerId } })).patch).toBeUndefined();
    const fewer = { ...before.view!, topics: before.view!.topics.slice(1) };
    expect(diffView({ ...before, view: fewer }, before.view!, 'x')).toBeUndefined();
});

test('a patch that does not fit the answer held is refused (the receiver then asks for the whole view)', async () => {
    const uri = await open(large(20));
    const a = await view(uri, 'large', []);
    const b = await view(uri, 'large', [failBroker(2)]);
    const patched = diffView(b, a.view!, 1)!;
    expect(patched).toBeDefined();
    expect(applyViewPatch(patched.result, patched.patch, undefined)).toBeUndefined();
    const fewer = { ...a, view: { ...a.view!, topics: a.view!.topics.slice(1) } };
    expect(applyViewPatch(patched.result, patched.patch, fewer)).toBeUndefined();
    expect(applyViewPatch(patched.result, { ...patched.patch, topics: [[20, b.view!.topics[0]]] }, a)).toBeUndefined();
    // A topic patched by its partitions: the base topic must have as many partitions, the index must be one of them.
    const head = { ...b.view!.topics[0], partitions: [] };
    const partition = b.view!.topics[0].partitions[0];
    expect(applyViewPatch(patched.result, { ...patched.patch, topics: [[0, head, { count: 3, changed: [[0, partition]] }]] }, a)).toBeDefined();
    expect(applyViewPatch(patched.result, { ...patched.patch, topics: [[0, head, { count: 4, changed: [[0, partition]] }]] }, a)).toBeUndefined();
    expect(applyViewPatch(patched.result, { ...patched.patch, topics: [[0, head, { count: 3, changed: [[3, partition]] }]] }, a)).toBeUndefined();
    // Racks: as many as the patch says, each from the base or the patch.
    expect(applyViewPatch(patched.result, { ...patched.patch, racks: { count: a.view!.racks.length + 1, changed: [] } }, a)).toBeUndefined();
});

test("the server's warm-up runs a view's first answer and its steps, each step answered as a patch, one answer per turn", async () => {
    let turns = 0;
    const last = await requests.warmUp(async (action) => {
        turns++;
        action();
    });
    expect(turns).toBe(6);
    expect(last?.timeline.map((e) => e.applied)).toEqual([true]);
    // Of its 120 topics only the 30 with replicas on the failed broker changed.
    expect(last?.patch?.count).toBe(120);
    expect(last?.patch?.topics).toHaveLength(30);
});

test('sameJson compares as JSON would: undefined properties are absent, key order does not matter, arrays are ordered', () => {
    const equal: [unknown, unknown][] = [
        [{ a: 1, b: [1, 2], c: { d: 'x' } }, { c: { d: 'x' }, b: [1, 2], a: 1 }],
        [{ a: 1, note: undefined }, { a: 1 }],
        [{ a: 1 }, { a: 1, note: undefined }],
        [[], []],
        [null, null]
    ];
    for (const [a, b] of equal) expect(sameJson(a, b), JSON.stringify([a, b])).toBe(true);
    const different: [unknown, unknown][] = [
        [{ a: 1 }, { a: 2 }],
        [{ a: 1 }, { a: 1, b: 0 }],
        [{ a: 1, b: 0 }, { a: 1 }],
        [{ a: null }, { a: undefined }],
        [[1, 2], [2, 1]],
        [[1], [1, 1]],
        [[], {}],
        [{}, []],
        [{ a: [1] }, { a: { 0: 1 } }],
        [1, '1'],
        [null, {}],
        [{ a: false }, { a: 0 }]
    ];
    for (const [a, b] of different) expect(sameJson(a, b), JSON.stringify([a, b])).toBe(false);
    // The skipped key is left out of both sides.
    expect(sameJson({ name: 't', partitions: [1] }, { name: 't', partitions: [2] }, 'partitions')).toBe(true);
    expect(sameJson({ name: 't', partitions: [1] }, { name: 'u', partitions: [1] }, 'partitions')).toBe(false);
});
