// Releases, feature levels, ELR (SIMULATION.md §0, §2a), stop vs fail, restarts
// without quorum (§2 recover broker) and simultaneous rack outages (§2 fail rack).
import { describe, expect, it } from 'vitest';
import {
    analyzeFaultTolerance,
    applyStep,
    buildCluster,
    initialState,
    isReadable,
    isWritable,
    snapshot,
    type ClusterModel,
    type ClusterSpec,
    type ClusterState,
    type Step
} from '../../simulator/index.js';
import { COVERED_VERSIONS, effectiveFeatures, featureProblem, modelFeatureLevels, NEWEST_RELEASE, releaseOf } from '../../simulator/releases.js';
import { brokers, topic } from './helpers.js';

const spec = (over: Partial<ClusterSpec> = {}): ClusterSpec => ({
    name: 'c',
    brokers: brokers(1, 2, 3),
    controllers: 1,
    topics: [topic('t', { partitions: 1, assignment: [[1, 2, 3]] })],
    producers: [],
    groups: [],
    ...over
});

function build(s: ClusterSpec): ClusterModel {
    const built = buildCluster(s);
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    return built.value;
}

function run(m: ClusterModel, ...steps: Step[]): ClusterState {
    let s = initialState(m);
    for (const step of steps) {
        const r = applyStep(m, s, step);
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        s = r.value.state;
    }
    return s;
}

const fail = (broker: number): Step => ({ kind: 'fail-broker', broker });
const stop = (broker: number): Step => ({ kind: 'stop-broker', broker });
const recover = (broker: number): Step => ({ kind: 'recover-broker', broker });

const p0 = (m: ClusterModel, s: ClusterState) => {
    const x = snapshot(m, s, 'x').partitions[0];
    return { leader: x.leader, isr: x.isr, elr: x.elr, lastKnownElr: x.lastKnownElr };
};

describe('releases and feature levels', () => {
    it('covers 3.9 to 4.4, newest by default; a patch names its line', () => {
        expect(COVERED_VERSIONS).toEqual(['3.9', '4.0', '4.1', '4.2', '4.3', '4.4']);
        expect(NEWEST_RELEASE.version).toBe('4.4');
        expect(releaseOf('4.1.2')?.version).toBe('4.1');
        expect(releaseOf('5.0')).toBeUndefined();
        expect(build(spec()).release.version).toBe('4.4');
        expect(build(spec({ kafkaVersion: '9.9' })).release.version).toBe('4.4');
    });

    it('a new cluster has the levels kafka-storage format bootstraps (ELR from 4.1, share groups from 4.2)', () => {
        const levels = (v: string) => modelFeatureLevels(build(spec({ kafkaVersion: v })).features);
        expect(levels('3.9')).toEqual({ 'eligible.leader.replicas.version': 0, 'group.version': 0, 'share.version': 0 });
        expect(levels('4.0')).toEqual({ 'eligible.leader.replicas.version': 0, 'group.version': 1, 'share.version': 0 });
        expect(levels('4.1')).toEqual({ 'eligible.leader.replicas.version': 1, 'group.version': 1, 'share.version': 0 });
        expect(levels('4.2')).toEqual({ 'eligible.leader.replicas.version': 1, 'group.version': 1, 'share.version': 1 });
        expect(levels('4.4')).toEqual({ 'eligible.leader.replicas.version': 1, 'group.version': 1, 'share.version': 2 });
        expect(build(spec({ kafkaVersion: '4.0' })).elrEnabled).toBe(false);
        expect(build(spec({ kafkaVersion: '4.1' })).elrEnabled).toBe(true);
    });

    it('features override the defaults; unknown names and levels are refused and ignored', () => {
        const r41 = releaseOf('4.1')!;
        expect(build(spec({ kafkaVersion: '4.1', features: { 'eligible.leader.replicas.version': 0 } })).elrEnabled).toBe(false);
        expect(build(spec({ kafkaVersion: '4.0', features: { 'eligible.leader.replicas.version': 1 } })).elrEnabled).toBe(true);
        expect(featureProblem(r41, 'share.version', 1)).toBeUndefined();
        expect(featureProblem(r41, 'share.version', 2)).toEqual({ kind: 'unknown-level', feature: 'share.version', level: 2, maxLevel: 1 });
        expect(featureProblem(releaseOf('3.9')!, 'eligible.leader.replicas.version', 1)).toMatchObject({ kind: 'unknown-feature' });
        expect(effectiveFeatures(r41, { 'share.version': 7, 'no.such': 1 })['share.version']).toBe(0);
    });
});

describe('ELR (KIP-966), min ISR 2 of RF 3', () => {
    const elr = (v = '4.1') => build(spec({ kafkaVersion: v }));

    it('the last ISR member leaves the ISR too; the ISR becomes empty, the ELR keeps who had every committed record', () => {
        const m = elr();
        expect(p0(m, run(m, fail(3)))).toEqual({ leader: 1, isr: [1, 2], elr: [], lastKnownElr: [] });
        expect(p0(m, run(m, fail(3), fail(2)))).toEqual({ leader: 1, isr: [1], elr: [2], lastKnownElr: [] });
        expect(p0(m, run(m, fail(3), fail(2), fail(1)))).toEqual({ leader: null, isr: [], elr: [1, 2], lastKnownElr: [1] });
    });

    it('ELR off (4.0) keeps the last ISR member instead', () => {
        const m = elr('4.0');
        expect(p0(m, run(m, fail(3), fail(2), fail(1)))).toEqual({ leader: null, isr: [1], elr: [], lastKnownElr: [] });
        // ...and elects it when it returns alone (clean, it is in the ISR).
        const back = run(m, fail(3), fail(2), fail(1), recover(1));
        expect(p0(m, back)).toEqual({ leader: 1, isr: [1], elr: [], lastKnownElr: [] });
        expect(back.dataLoss).toBe(false);
    });

    it('a crashed broker that restarts loses its ELR seat: the last leader coming back alone stays offline', () => {
        const m = elr();
        const s = run(m, fail(3), fail(2), fail(1), recover(1));
        expect(p0(m, s)).toEqual({ leader: null, isr: [], elr: [2], lastKnownElr: [1] });
        expect(isReadable(s, 0, 0)).toBe(false);
        expect(s.dataLoss).toBe(false);
        // Broker 2 still holds its seat, but it crashed too: it loses it on restart, and the
        // last known leader (1) is then elected — an unclean election in Kafka's terms.
        const s2 = applyStep(m, s, recover(2));
        expect(s2.ok && p0(m, s2.value.state)).toEqual({ leader: 1, isr: [1, 2], elr: [], lastKnownElr: [] });
        expect(s2.ok && s2.value.state.dataLoss).toBe(true);
        expect(s2.ok && s2.value.events).toContainEqual(expect.objectContaining({ kind: 'leader-changed', reason: 'last-known-leader', to: 1 }));
    });

    it('a stopped broker restarts cleanly, keeps its seat and is elected from the ELR (no data loss)', () => {
        const m = elr();
        const s = run(m, stop(3), stop(2), stop(1));
        expect(p0(m, s)).toEqual({ leader: null, isr: [], elr: [1, 2], lastKnownElr: [1] });
        const back = applyStep(m, s, recover(2));
        expect(back.ok && p0(m, back.value.state)).toEqual({ leader: 2, isr: [2], elr: [1], lastKnownElr: [] });
        expect(back.ok && back.value.state.dataLoss).toBe(false);
        expect(back.ok && back.value.events).toContainEqual(expect.objectContaining({ kind: 'leader-changed', reason: 'elr', to: 2 }));
    });

    it('stop and fail give the same leader and ISR at the time', () => {
        for (const v of ['4.0', '4.1']) {
            const m = elr(v);
            expect(p0(m, run(m, stop(1), stop(2)))).toEqual(p0(m, run(m, fail(1), fail(2))));
        }
    });

    it('a broker back under a live leader catches up and the ELR clears once the ISR reaches min ISR', () => {
        const m = elr();
        expect(p0(m, run(m, fail(3), fail(2), recover(2)))).toEqual({ leader: 1, isr: [1, 2], elr: [], lastKnownElr: [] });
    });

    it('4.0 with ELR turned on elects a last known leader even while it is fenced (KAFKA-19522, fixed in 4.1)', () => {
        const m40 = build(spec({ kafkaVersion: '4.0', features: { 'eligible.leader.replicas.version': 1 } }));
        const m41 = elr('4.1');
        // 1 restarts after the crash: it loses its seat; 2's seat goes when 2 restarts.
        const steps = [fail(3), fail(2), fail(1), recover(3)];
        const s41 = run(m41, ...steps);
        expect(p0(m41, s41)).toEqual({ leader: null, isr: [], elr: [1, 2], lastKnownElr: [1] });
        const s40 = run(m40, ...steps);
        expect(p0(m40, s40).leader).toBe(null);
        // Unclean restart of 2 leaves ELR [1]; in 4.0 1 is then never the last known leader candidate while ELR is non-empty.
        expect(m40.release.lastKnownLeaderRule).toBe('4.0');
    });
});

describe('restart without quorum (SIMULATION.md §2 recover broker)', () => {
    it('a broker recovered while the quorum is lost serves nothing until the quorum returns, then registers', () => {
        // Combined mode: brokers 1..3 are the voters.
        const m = build(spec({ controllers: undefined, kafkaVersion: '4.0' }));
        const s = run(m, fail(2), fail(3), recover(2));
        // 2 of 3 voters are up again: the quorum is back, 2 registered.
        expect(isReadable(s, 0, 0)).toBe(true);
        const lost = run(m, fail(1), fail(2), fail(3), recover(3));
        expect(lost.waitingBrokers.has(3)).toBe(true);
        expect(lost.aliveBrokers.has(3)).toBe(true);
        expect(isReadable(lost, 0, 0)).toBe(false);
        expect(isWritable(m, lost, 0, 0, 1)).toBe(false);
    });

    it('with dedicated controllers down, a restarted broker does not lead or count in the ISR', () => {
        const m = build(spec({ kafkaVersion: '4.1', controllers: 1 }));
        let s = run(m, { kind: 'fail-controller', controller: 1 }, fail(1), recover(1));
        expect(p0(m, s)).toMatchObject({ leader: 1, isr: [1, 2, 3] });
        expect(s.waitingBrokers.has(1)).toBe(true);
        expect(isReadable(s, 0, 0)).toBe(false);
        const back = applyStep(m, s, { kind: 'recover-controller', controller: 1 });
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        s = back.value.state;
        expect(s.waitingBrokers.size).toBe(0);
        // Its old registration was still unfenced: fenced on session expiry (leadership moves to 2),
        // then the new incarnation registers and catches up.
        expect(p0(m, s)).toEqual({ leader: 2, isr: [1, 2, 3], elr: [], lastKnownElr: [] });
        expect(isWritable(m, s, 0, 0)).toBe(true);
    });
});

describe('rack outage at one instant (SIMULATION.md §2 fail rack)', () => {
    const racked = (v: string) =>
        build({
            name: 'r',
            kafkaVersion: v,
            brokers: [{ id: 1, rack: 'a' }, { id: 2, rack: 'a' }, { id: 3, rack: 'b' }],
            topics: [topic('t', { partitions: 1, assignment: [[1, 2, 3]] })],
            producers: [],
            groups: []
        });

    it('when the rack takes the voter majority, nothing is fenced: the partition keeps its dead leader', () => {
        const m = racked('4.1');
        const out = applyStep(m, initialState(m), { kind: 'fail-rack', rack: 'a' });
        expect(out.ok).toBe(true);
        if (!out.ok) return;
        expect(p0(m, out.value.state)).toEqual({ leader: 1, isr: [1, 2, 3], elr: [], lastKnownElr: [] });
        expect(out.value.state.fencedBrokers.size).toBe(0);
        expect(out.value.events[0]).toMatchObject({ kind: 'rack-failed', rack: 'a', brokers: [1, 2], committed: false });
    });

    it('one broker at a time would have moved the leadership first (the old, wrong model)', () => {
        const m = racked('4.1');
        expect(p0(m, run(m, fail(1), fail(2))).leader).toBe(2);
    });

    it('with the quorum intact, the rack is fenced in id order', () => {
        const m = build({ ...spec({ kafkaVersion: '4.0' }), brokers: [{ id: 1, rack: 'a' }, { id: 2, rack: 'a' }, { id: 3, rack: 'b' }] });
        const out = applyStep(m, initialState(m), { kind: 'fail-rack', rack: 'a' });
        expect(out.ok && p0(m, out.value.state)).toEqual({ leader: 3, isr: [3], elr: [], lastKnownElr: [] });
    });

    it('the per-rack fault tolerance follows: losing rack a loses the quorum and the topic', () => {
        const m = racked('4.1');
        const [t] = analyzeFaultTolerance(m);
        expect(t.racks?.readable).toMatchObject({ value: 0, exact: true, brokenBy: ['a'] });
    });
});
