import { describe, expect, it } from 'vitest';
import { applyStep, initialState, isWritable, isReadable, type SimEvent } from '../../simulator/index.js';
import { brokers, cluster, dedicatedControllers, fail, model, orderPlatform, partitionOf, recover, run, step, topic } from './helpers.js';

const kinds = (events: readonly SimEvent[]): string[] => events.map((e) => e.kind);

describe('fail broker (fencing, KRaft PartitionChangeBuilder)', () => {
    it('KAFKA-SEMANTICS §2.3 testFenceMultipleBrokers: fencing 2 then 3', () => {
        const m = model(cluster({ controllers: 3, brokers: brokers(0, 1, 2, 3, 4), topics: [topic('foo', { assignment: [[1, 2, 3], [2, 3, 4], [0, 2, 1]] })] }));
        const s = run(m, fail(2), fail(3));
        expect(partitionOf(m, s, 'foo', 0)).toEqual({ leader: 1, isr: [1] });
        expect(partitionOf(m, s, 'foo', 1)).toEqual({ leader: 4, isr: [4] });
        expect(partitionOf(m, s, 'foo', 2)).toEqual({ leader: 0, isr: [0, 1] });
    });

    it('a dead leader hands over to the first in-sync replica in assignment order; a dead follower only leaves the ISR', () => {
        const m = model(cluster({ brokers: brokers(1, 2, 3, 4, 5), topics: [topic('t', { partitions: 2, assignment: [[1, 3, 2], [2, 1, 3]] })] }));
        const out = step(m, initialState(m), fail(1));
        expect(partitionOf(m, out.state, 't', 0)).toEqual({ leader: 3, isr: [2, 3] });
        expect(partitionOf(m, out.state, 't', 1)).toEqual({ leader: 2, isr: [2, 3] });
        expect(out.events).toContainEqual(expect.objectContaining({ kind: 'leader-changed', topic: 't', partition: 0, from: 1, to: 3, reason: 'clean', isr: [2, 3], writable: true }));
        expect(out.events).toContainEqual(expect.objectContaining({ kind: 'isr-shrunk', topic: 't', partition: 1, removed: [1], leader: 2 }));
    });

    it('the last in-sync replica stays in the ISR and the partition goes offline (unclean election off)', () => {
        const m = model(cluster({ topics: [topic('t', { partitions: 1, assignment: [[1, 2, 3]] })] }));
        // In combined mode the second failure breaks the quorum (1 of 3 voters), so it is not committed.
        const s = run(m, fail(2), fail(3));
        expect(partitionOf(m, s, 't', 0)).toEqual({ leader: 1, isr: [1, 3] });
        expect(isWritable(m, s, 0, 0)).toBe(false);
        // With a dedicated controller the fencing commits: the last in-sync replica stays.
        const d = model(cluster({ controllers: 1, topics: [topic('t', { partitions: 1, assignment: [[1, 2, 3]] })] }));
        const out = step(d, run(d, fail(2), fail(3)), fail(1));
        expect(partitionOf(d, out.state, 't', 0)).toEqual({ leader: null, isr: [1] });
        expect(out.events).toContainEqual(expect.objectContaining({ kind: 'partition-offline', lastLeader: 1, isr: [1] }));
        expect(out.state.dataLoss).toBe(false);
    });

    it('KAFKA-SEMANTICS §3 table, RF 3 and min ISR 2: acks=all needs 2 live in-sync replicas, acks=1 a live leader', () => {
        const m = model(cluster({ controllers: 1, topics: [topic('t', { partitions: 1, assignment: [[1, 2, 3]] })] }));
        const rows: [number[], boolean, boolean][] = [
            [[], true, true],
            [[3], true, true],
            [[3, 2], false, true],
            [[3, 2, 1], false, false]
        ];
        for (const [failed, all, one] of rows) {
            const s = run(m, ...failed.map(fail));
            expect(isWritable(m, s, 0, 0, 'all'), `acks=all after failing ${failed.join(',')}`).toBe(all);
            expect(isWritable(m, s, 0, 0, 1), `acks=1 after failing ${failed.join(',')}`).toBe(one);
            expect(isWritable(m, s, 0, 0, 0)).toBe(one);
            expect(isReadable(s, 0, 0)).toBe(one);
        }
    });

    it('caps min ISR at RF (Kafka 3.7+): min ISR 4 with RF 3 behaves as 3', () => {
        const m = model(cluster({ controllers: 1, topics: [topic('t', { partitions: 1, minInsyncReplicas: 4 })] }));
        expect(isWritable(m, initialState(m), 0, 0)).toBe(true);
        expect(isWritable(m, run(m, fail(3)), 0, 0)).toBe(false);
    });
});

describe('recover broker (unfencing)', () => {
    const spec = cluster({ controllers: 1, topics: [topic('t', { partitions: 1, assignment: [[1, 2, 3]] })] });

    it('rejoins the ISR at once under a live leader, without taking leadership back', () => {
        const m = model(spec);
        const out = step(m, run(m, fail(1)), recover(1));
        expect(partitionOf(m, out.state, 't', 0)).toEqual({ leader: 2, isr: [1, 2, 3] });
        expect(out.events).toContainEqual(expect.objectContaining({ kind: 'isr-expanded', added: [1], leader: 2 }));
    });

    it('a leaderless partition elects the returning broker when it is in the ISR, and the other live replicas catch up', () => {
        const m = model(spec);
        let s = run(m, fail(2), fail(3), fail(1));
        expect(partitionOf(m, s, 't', 0)).toEqual({ leader: null, isr: [1] });
        const back3 = step(m, s, recover(3));
        expect(partitionOf(m, back3.state, 't', 0)).toEqual({ leader: null, isr: [1] });
        expect(back3.events.filter((e) => e.kind !== 'broker-recovered')).toEqual([]);
        s = step(m, back3.state, recover(1)).state;
        expect(partitionOf(m, s, 't', 0)).toEqual({ leader: 1, isr: [1, 3] });
    });

    it('with unclean election enabled, a returning out-of-sync replica becomes leader, ISR [it], and data loss is recorded', () => {
        const m = model(cluster({ controllers: 1, topics: [topic('t', { partitions: 1, assignment: [[1, 2, 3]], uncleanLeaderElection: true })] }));
        const s = run(m, fail(2), fail(3), fail(1));
        expect(s.dataLoss).toBe(false);
        const out = step(m, s, recover(3));
        expect(partitionOf(m, out.state, 't', 0)).toEqual({ leader: 3, isr: [3] });
        expect(out.state.dataLoss).toBe(true);
        expect(out.state.uncleanElections).toEqual([{ topic: 't', partition: 0, leader: 3, previousIsr: [1] }]);
        expect(kinds(out.events)).toEqual(['broker-recovered', 'leader-changed', 'data-loss']);
        expect(out.events[1]).toMatchObject({ reason: 'unclean', from: null, to: 3 });
    });

    it('with unclean election enabled, a clean candidate still wins and nothing is lost', () => {
        const m = model(cluster({ controllers: 1, topics: [topic('t', { partitions: 1, assignment: [[1, 2, 3]], uncleanLeaderElection: true })] }));
        const s = run(m, fail(2), fail(3), recover(2));
        expect(partitionOf(m, s, 't', 0)).toEqual({ leader: 1, isr: [1, 2] });
        const out = step(m, s, fail(1));
        expect(partitionOf(m, out.state, 't', 0)).toEqual({ leader: 2, isr: [2] });
        expect(out.events).toContainEqual(expect.objectContaining({ kind: 'leader-changed', reason: 'clean' }));
        expect(out.state.dataLoss).toBe(false);
    });
});

describe('quorum', () => {
    it('combined mode (order-platform): the voter that breaks the majority is not fenced; the rest waits for the quorum', () => {
        const m = model(orderPlatform());
        const s1 = step(m, initialState(m), fail(1)).state;
        expect(partitionOf(m, s1, 'order-created', 0)).toEqual({ leader: 2, isr: [2, 3] });
        const out = step(m, s1, fail(2));
        expect(kinds(out.events)).toEqual(['broker-failed', 'quorum-lost', 'change-not-committed']);
        expect(out.events[0]).toMatchObject({ committed: false });
        // Broker 2 is still leader and in-sync replica: unreadable where it leads, not writable anywhere it is in the ISR.
        expect(partitionOf(m, out.state, 'order-created', 0)).toEqual({ leader: 2, isr: [2, 3] });
        expect(isReadable(out.state, 0, 0)).toBe(false);
        expect(isWritable(m, out.state, 0, 0)).toBe(false);
        expect(out.state.fencedBrokers.has(2)).toBe(false);
        // Broker 3 fails too: still nothing commits.
        const s3 = step(m, out.state, fail(3)).state;
        // Broker 1 returns: 1 of 3 voters, no quorum; it stays fenced.
        const back1 = step(m, s3, recover(1));
        expect(back1.events).toContainEqual(expect.objectContaining({ kind: 'change-not-committed', change: 'unfence', broker: 1 }));
        expect(back1.state.fencedBrokers.has(1)).toBe(true);
        // Broker 2 returns: quorum restored. The new active controller gives every broker the
        // metadata shows unfenced (2, 3) a fresh session (ClusterControlManager.activate); broker 1
        // (fenced) registers at once; 2's new incarnation cannot register until its old session
        // expires, so 2 and 3 are fenced first (id order), then 2 registers.
        const back2 = step(m, back1.state, recover(2));
        expect(back2.events.slice(0, 3)).toEqual([
            { kind: 'broker-recovered', broker: 2, committed: true, clean: false },
            expect.objectContaining({ kind: 'quorum-restored', alive: 2, voters: 3, majority: 2 }),
            { kind: 'pending-changes-applied', fenced: [2, 3], unfenced: [1, 2] }
        ]);
        expect([...back2.state.fencedBrokers]).toEqual([3]);
        // Fencing 2 moved the leadership to 3, which was still unfenced; fencing 3 then left
        // ISR [3] without a leader (ELR off): offline until broker 3 returns.
        for (let p = 0; p < 3; p++) {
            expect(partitionOf(m, back2.state, 'order-created', p)).toEqual({ leader: null, isr: [3] });
        }
        const back3 = step(m, back2.state, recover(3));
        for (let p = 0; p < 3; p++) {
            expect(partitionOf(m, back3.state, 'order-created', p)).toEqual({ leader: 3, isr: [1, 2, 3] });
        }
    });

    it('dedicated controllers: brokers fail uncommitted while 2 of 3 controllers are down, and are fenced when one returns', () => {
        const m = model(dedicatedControllers());
        let s = run(m, { kind: 'fail-controller', controller: 1 });
        const lost = step(m, s, { kind: 'fail-controller', controller: 2 });
        expect(kinds(lost.events)).toEqual(['controller-failed', 'quorum-lost']);
        s = step(m, lost.state, fail(1)).state;
        expect(s.fencedBrokers.size).toBe(0);
        const t = m.topicIndex.get('page-views')!;
        const ledBy1 = m.topics[t].replicas.findIndex((r) => r[0] === 1);
        expect(isReadable(s, t, ledBy1)).toBe(false);
        const preferred = step(m, s, { kind: 'elect-preferred' });
        expect(preferred.changed).toBe(false);
        expect(kinds(preferred.events)).toEqual(['change-not-committed']);
        const back = step(m, s, { kind: 'recover-controller', controller: 2 });
        expect(kinds(back.events).slice(0, 4)).toEqual(['controller-recovered', 'quorum-restored', 'pending-changes-applied', 'broker-fenced']);
        expect(isReadable(back.state, t, ledBy1)).toBe(true);
        expect(back.events).toContainEqual(expect.objectContaining({ kind: 'leader-changed', cause: { kind: 'broker-fenced', broker: 1, pending: true } }));
    });
});

describe('racks, preferred election, groups', () => {
    it('fail rack fails its brokers one at a time in id order; recovering it brings them back', () => {
        const m = model(dedicatedControllers());
        const out = step(m, initialState(m), { kind: 'fail-rack', rack: 'rack-a' });
        expect(out.events.filter((e) => e.kind === 'broker-failed').map((e) => (e as { broker: number }).broker)).toEqual([1, 4]);
        expect([...out.state.aliveBrokers].sort()).toEqual([2, 3, 5, 6]);
        const again = step(m, out.state, { kind: 'fail-rack', rack: 'rack-a' });
        expect(again.noEffect).toBe(true);
        expect(again.state).toBe(out.state);
        const back = step(m, out.state, { kind: 'recover-rack', rack: 'rack-a' });
        expect(back.state.aliveBrokers.size).toBe(6);
        expect(back.state.topics.every((t) => t.isrs.every((isr) => isr.length === 3))).toBe(true);
    });

    it('partly failed rack: failing it has an effect, recovering it too', () => {
        const m = model(dedicatedControllers());
        const s = run(m, fail(1));
        expect(step(m, s, { kind: 'fail-rack', rack: 'rack-a' }).noEffect).toBe(false);
        expect(step(m, s, { kind: 'recover-rack', rack: 'rack-a' }).noEffect).toBe(false);
    });

    it('leadership moves back only on elect-preferred', () => {
        const m = model(orderPlatform());
        const s = run(m, fail(1), recover(1));
        expect(partitionOf(m, s, 'order-created', 0)).toEqual({ leader: 2, isr: [1, 2, 3] });
        const out = step(m, s, { kind: 'elect-preferred' });
        expect(partitionOf(m, out.state, 'order-created', 0)).toEqual({ leader: 1, isr: [1, 2, 3] });
        expect(out.events).toContainEqual(expect.objectContaining({ kind: 'leader-changed', topic: 'order-created', partition: 0, from: 2, to: 1, reason: 'preferred' }));
        expect(out.noEffect).toBe(false);
        const idle = step(m, out.state, { kind: 'elect-preferred' });
        expect(idle.changed).toBe(false);
        expect(idle.noEffect).toBe(false);
    });

    it('elect-preferred skips a preferred replica that is out of the ISR or down', () => {
        const m = model(cluster({ controllers: 1, topics: [topic('t', { partitions: 1, assignment: [[1, 2, 3]] })] }));
        const out = step(m, run(m, fail(1)), { kind: 'elect-preferred' });
        expect(partitionOf(m, out.state, 't', 0).leader).toBe(2);
        expect(out.changed).toBe(false);
    });

    it('sticky groups keep what members owned when one leaves and when one joins', () => {
        const m = model(cluster({
            topics: [topic('t', { partitions: 6 })],
            groups: [{ name: 'g', topics: ['t'], members: ['a', 'b', 'c'], assignor: 'sticky' }]
        }));
        const s0 = initialState(m);
        const before = s0.groups[0].assignment;
        const left = step(m, s0, { kind: 'member-leave', group: 'g', member: 'b' });
        const after = left.state.groups[0].assignment;
        for (const member of ['a', 'c']) for (const tp of before.get(member)!) expect(after.get(member)).toContainEqual(tp);
        expect(after.get('a')!.length + after.get('c')!.length).toBe(6);
        const rebalanced = left.events.find((e) => e.kind === 'group-rebalanced')!;
        expect(rebalanced).toMatchObject({ trigger: { kind: 'member-left', member: 'b' }, idle: [] });
        expect(rebalanced.kind === 'group-rebalanced' && rebalanced.moved.every((mv) => mv.from === 'b')).toBe(true);
        const joined = step(m, left.state, { kind: 'member-join', group: 'g', member: 'd' });
        const counts = ['a', 'c', 'd'].map((x) => joined.state.groups[0].assignment.get(x)!.length);
        expect(counts).toEqual([2, 2, 2]);
        for (const tp of joined.state.groups[0].assignment.get('a')!) expect(after.get('a')).toContainEqual(tp);
    });

    it('range recomputes from scratch (member order decides, not ownership)', () => {
        const m = model(cluster({ topics: [topic('t', { partitions: 4 })], groups: [{ name: 'g', topics: ['t'], members: ['a', 'b'], assignor: 'range' }] }));
        const s = step(m, initialState(m), { kind: 'member-join', group: 'g', member: '0' }).state;
        expect(s.groups[0].assignment.get('0')!.map((tp) => tp.partition)).toEqual([0, 1]);
        expect(s.groups[0].assignment.get('a')!.map((tp) => tp.partition)).toEqual([2]);
    });

    it('cooperative-sticky settles after the follow-up rebalance and reports revoked-then-assigned partitions', () => {
        const m = model(cluster({ topics: [topic('t', { partitions: 4 })], groups: [{ name: 'g', topics: ['t'], members: ['a', 'b'], assignor: 'cooperative-sticky' }] }));
        const out = step(m, initialState(m), { kind: 'member-join', group: 'g', member: 'c' });
        const settled = out.state.groups[0].assignment;
        expect([...settled.values()].map((l) => l.length).sort()).toEqual([1, 1, 2]);
        const e = out.events.find((x) => x.kind === 'group-rebalanced') as Extract<SimEvent, { kind: 'group-rebalanced' }>;
        expect(e.revoked.length).toBeGreaterThan(0);
        expect(e.assignedInFollowUp.map((x) => x.partition).sort()).toEqual(e.revoked.map((x) => x.partition).sort());
        expect(e.assignedInFollowUp.every((x) => x.to === 'c')).toBe(true);
        // The same partitions as the eager sticky assignor would give.
        const eager = model(cluster({ topics: [topic('t', { partitions: 4 })], groups: [{ name: 'g', topics: ['t'], members: ['a', 'b'], assignor: 'sticky' }] }));
        const eagerOut = step(eager, initialState(eager), { kind: 'member-join', group: 'g', member: 'c' });
        for (const x of ['a', 'b', 'c']) expect([...settled.get(x)!].sort((p, q) => p.partition - q.partition)).toEqual([...eagerOut.state.groups[0].assignment.get(x)!].sort((p, q) => p.partition - q.partition));
    });

    it('member steps work without the controller quorum', () => {
        const m = model(orderPlatform());
        const s = run(m, fail(1), fail(2));
        const out = step(m, s, { kind: 'member-leave', group: 'order-service', member: 'A-1' });
        expect(out.state.groups[0].members).toEqual(['A-2', 'A-3']);
    });
});

describe('no effect, errors, immutability', () => {
    it('reports steps that change nothing', () => {
        const m = model(dedicatedControllers());
        const s = run(m, fail(1), { kind: 'fail-controller', controller: 2 }, { kind: 'member-leave', group: 'sessionizer', member: 'sessionizer-1' });
        const cases = [
            fail(1),
            recover(2),
            { kind: 'fail-controller', controller: 2 },
            { kind: 'recover-controller', controller: 1 },
            { kind: 'recover-rack', rack: 'rack-b' },
            { kind: 'member-leave', group: 'sessionizer', member: 'sessionizer-1' },
            { kind: 'member-join', group: 'sessionizer', member: 'sessionizer-2' }
        ] as const;
        for (const c of cases) {
            const out = step(m, s, c);
            expect(out.noEffect, JSON.stringify(c)).toBe(true);
            expect(out.changed).toBe(false);
            expect(out.state).toBe(s);
        }
        expect(step(m, s, recover(1)).noEffect).toBe(false);
        expect(step(m, s, { kind: 'member-join', group: 'sessionizer', member: 'new-member' }).noEffect).toBe(false);
    });

    it('names what does not exist', () => {
        const combined = model(orderPlatform());
        const s = initialState(combined);
        expect(applyStep(combined, s, fail(9))).toEqual({ ok: false, error: { kind: 'unknown-broker', broker: 9 } });
        expect(applyStep(combined, s, { kind: 'fail-rack', rack: 'az-9' })).toEqual({ ok: false, error: { kind: 'unknown-rack', rack: 'az-9' } });
        expect(applyStep(combined, s, { kind: 'fail-controller', controller: 1 })).toEqual({ ok: false, error: { kind: 'unknown-controller', controller: 1, reason: 'combined-mode' } });
        expect(applyStep(combined, s, { kind: 'member-join', group: 'nope', member: 'x' })).toEqual({ ok: false, error: { kind: 'unknown-group', group: 'nope' } });
        expect(applyStep(combined, s, { kind: 'member-leave', group: 'order-service', member: 'Z-9' })).toEqual({ ok: false, error: { kind: 'unknown-member', group: 'order-service', member: 'Z-9' } });
        const dedicated = model(dedicatedControllers());
        expect(applyStep(dedicated, initialState(dedicated), { kind: 'recover-controller', controller: 4 })).toEqual({ ok: false, error: { kind: 'unknown-controller', controller: 4, reason: 'out-of-range' } });
    });

    it('leaves the old state untouched and shares what the step did not touch', () => {
        const m = model(cluster({ controllers: 1, brokers: brokers(1, 2, 3, 4), topics: [topic('a', { assignment: [[1, 2, 3], [2, 3, 1], [3, 1, 2]] }), topic('b', { partitions: 1, assignment: [[2, 3, 4]] })] }));
        const s0 = initialState(m);
        const leadersBefore = [...s0.topics[0].leaders];
        const s1 = step(m, s0, fail(1)).state;
        expect([...s0.topics[0].leaders]).toEqual(leadersBefore);
        expect(s0.aliveBrokers.has(1)).toBe(true);
        expect(s1.topics[1]).toBe(s0.topics[1]);
        expect(s1.topics[0]).not.toBe(s0.topics[0]);
        expect(s1.groups).toBe(s0.groups);
        expect(s1.topics[0].isrs[1]).not.toBe(s0.topics[0].isrs[1]);
    });

    it('events can be turned off', () => {
        const m = model(orderPlatform());
        const r = applyStep(m, initialState(m), fail(1), { events: false });
        expect(r.ok && r.value.events).toEqual([]);
        expect(r.ok && r.value.changed).toBe(true);
    });
});

describe('the initial state', () => {
    it('is built once per model and no step or scenario changes it', () => {
        const m = model(orderPlatform());
        const start = initialState(m);
        expect(initialState(m)).toBe(start);
        const print = JSON.stringify(start.topics.map((t) => [Array.from(t.leaders), t.isrs, t.elrs]));
        const alive = [...start.aliveBrokers];
        const s = run(m, fail(1), fail(2), recover(1));
        expect(s).not.toBe(start);
        expect(JSON.stringify(start.topics.map((t) => [Array.from(t.leaders), t.isrs, t.elrs]))).toBe(print);
        expect([...start.aliveBrokers]).toEqual(alive);
        // Another model of the same topology starts from its own state.
        expect(initialState(model(orderPlatform()))).not.toBe(start);
    });
});
