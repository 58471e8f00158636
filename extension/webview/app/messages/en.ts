// The failover view's own words in English.
import type { Step } from '../../../../language-server/protocol.js';
import { MARKS } from './marks.js';
import type { Labels } from './shape.js';

const stepText = (s: Step): string => {
    switch (s.kind) {
        case 'fail-broker':
            return `Fail broker ${s.broker}`;
        case 'recover-broker':
            return `Recover broker ${s.broker}`;
        case 'stop-broker':
            return `Stop broker ${s.broker}`;
        case 'fail-rack':
            return 'Fail rack';
        case 'recover-rack':
            return 'Recover rack';
        case 'fail-controller':
            return `Fail controller ${s.controller}`;
        case 'recover-controller':
            return `Recover controller ${s.controller}`;
        case 'member-leave':
            return 'Remove';
        case 'member-join':
            return `Rejoin ${s.member}`;
        case 'elect-preferred':
            return 'Elect preferred leaders';
    }
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const en: Labels = {
    title: (c) => `Failover simulation: ${c}`,
    quorum: (alive, voters, majority, has) => `Quorum ${has ? 'holds' : 'LOST'}: ${alive} of ${voters} voters alive, majority ${majority}`,
    combinedMode: 'Combined mode: the brokers are the KRaft voters.',
    controllers: 'Controllers',
    controller: (id) => `Controller ${id}`,
    brokers: (n) => `Brokers (${n})`,
    rack: (name) => `Rack ${name}`,
    noRack: 'No racks',
    broker: (id) => `Broker ${id}`,
    brokerStats: (l, r) => `leads ${l} · ${r} replicas`,
    alive: 'alive',
    down: 'down',
    fencedButRunning: 'running, still fenced (no quorum)',
    downNotFenced: 'down, not fenced (no quorum)',
    voter: 'voter',
    topics: (t, p) => `Topics (${t} · ${p} partitions)`,
    health: { healthy: 'healthy', 'under-replicated': 'under-replicated', 'not-writable': 'not writable', offline: 'offline' },
    role: { leader: 'leader', 'in-sync': 'in-sync follower', 'out-of-sync': 'out-of-sync follower', elr: 'eligible leader replica (ELR)' },
    replicaLabel: (b, role, alive) => `broker ${b}: ${en.role[role]}${alive ? '' : ', down'}`,
    isr: (size, rf, min) => `ISR ${size}/${rf} · min ${min}`,
    topicFacts: (p, rf, min) => `${p} partition${p === 1 ? '' : 's'} · RF ${rf} · min ISR ${min}`,
    filter: 'Filter topics',
    problemsOnly: 'Only topics with problems',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    noTopicMatches: 'No topic matches.',
    producers: 'Producers',
    producer: (name, acks) => `${name} (acks=${acks})`,
    canWrite: 'can write',
    cannotWrite: (n, sample) => `cannot write to ${n} partition${n === 1 ? '' : 's'}: ${sample.join(', ')}${n > sample.length ? ', …' : ''}`,
    missingTopics: (t) => `not simulated: ${t.join(', ')}`,
    groups: 'Consumer groups',
    groupFacts: (a, m, p) => `${p === 'share' ? 'share group · ' : ''}${a} · ${m} member${m === 1 ? '' : 's'}`,
    balanced: 'balanced',
    idleCount: (n) => `${n} idle`,
    stalledCount: (n) => `${n} stalled`,
    idle: 'idle',
    stalled: (p) => `stalled: ${p.join(', ')}`,
    departed: 'Left the group:',
    moreMembers: (n) => `… and ${n} more members`,
    action: (s) => stepText(s),
    toolbar: 'Simulation',
    undo: 'Undo',
    next: 'Next step',
    restart: 'Restart',
    reset: 'Reset',
    electPreferred: 'Elect preferred leaders',
    saveScenario: 'Save as scenario…',
    scenario: 'Scenario',
    play: 'Play',
    noScenario: '(choose a scenario)',
    language: 'Language',
    timeline: 'Timeline and event log',
    timelineEmpty: 'Healthy cluster. Fail a broker, a rack or a controller, or play a scenario.',
    healthyStart: 'Start: every broker alive, every replica in sync',
    line: (n) => `line ${n}`,
    passed: 'passed',
    failed: 'FAILED',
    pending: 'not yet played',
    noEffect: 'no effect',
    dropped: (s) => `No longer applies to the file, dropped: ${s.join('; ')}`,
    dataLoss: 'An unclean election happened: committed data may be lost.',
    skipped: (t, r) => `Topic ${t} is not simulated: ${r}`,
    legend: 'Replicas:',
    failedToLoad: (m) => `The language server did not answer: ${m}`,
    roleMark: MARKS,
    cellLabel: (t, p, b, role, alive, was) =>
        `${t} P${p}, broker ${b}: ${en.role[role]}${alive ? '' : ' (broker down)'}${was === undefined ? '' : was === 'none' ? ', newly' : `, was ${en.role[was]}`}`,
    notReplica: 'no replica',
    offlineMark: 'offline',
    leadsHere: (l, r) => `leads ${l}, ${plural(r, 'replica', 'replicas')}`,
    matrix: 'Replicas by broker',
    matrixHint: (b, r) => `${plural(b, 'broker', 'brokers')}${r > 0 ? ` in ${plural(r, 'rack', 'racks')}` : ''} · click a broker or rack to fail or recover it`,
    partitionLabel: (p) => `P${p}`,
    partitionSummary: (p, l, isr, replicas) => `P${p}: leader ${l ?? 'none'}, ISR [${isr.join(',')}] of [${replicas.join(',')}]`,
    producesInto: (n) => `← ${n.join(', ')}`,
    readBy: (n) => `→ ${n.join(', ')}`,
    startSummary: (b, p) => `Healthy cluster: ${plural(b, 'broker', 'brokers')} alive, ${plural(p, 'partition', 'partitions')}, every replica in sync. Click a broker to fail it, or play a scenario.`,
    expectationsSummary: (ok, bad) => (bad > 0 ? `✖ ${bad} of ${ok + bad} expectations failed` : `✔ ${plural(ok, 'expectation', 'expectations')} passed`),
    pause: 'Pause',
    speed: 'Speed',
    undoTip: 'Undo the last step: the cluster goes back one step; the step stays ahead in the timeline (Next step replays it).',
    nextTip: 'Apply the next step of the timeline (and the expectations after it).',
    restartTip: 'Back to the healthy cluster, keeping every step in the timeline to replay.',
    resetTip: 'Clear the timeline: back to the healthy cluster with no steps.',
    playTip: 'Play the timeline step by step from here (from the start when it is at its end).',
    loadScenario: 'Add to timeline',
    loadScenarioTip: 'Add the scenario\'s steps after the steps applied so far, ready to play.',
    electTip: 'Move leadership back to each partition\'s preferred replica where it is alive and in sync.',
    saveTip: 'Write the applied steps into the file as a new scenario.',
    scrub: 'Timeline position',
    scrubValue: (s, n) => `step ${s} of ${n}`,
    markerStep: (o, t, manual) => `Step ${o}: ${t}${manual ? ' (by hand)' : ''}`,
    markerExpect: (t, state, line) => `${t}: ${state === 'passed' ? 'passed' : state === 'failed' ? 'FAILED' : 'not yet played'}${line === undefined ? '' : ` (line ${line})`}`,
    sideTabs: 'Details',
    eventLog: 'Event log',
    dataFlow: 'Data flow',
    clients: 'Groups',
    clusterWide: 'Cluster',
    flowProducers: 'Producers',
    flowTopics: 'Topics',
    flowGroups: 'Groups',
    flowEdge: (a, b, ok) => `${a} → ${b}: ${ok ? 'flowing' : 'blocked'}`,
    flowMore: (n) => `+ ${n} more`,
    flowEmpty: 'No producer or group in this cluster.',
    flowOpen: (n) => `${n}: show in the file`,
    manual: 'by hand',
    changed: 'changed by the last step'
};