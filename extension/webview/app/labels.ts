// The failover view's own words (buttons, headings, badges) in English and
// Korean; the event log and the expectation results come from the server,
// already in the chosen language.
import type { Locale, PartitionHealth, ReplicaRole, Step } from '../../../language-server/protocol.js';

export interface Labels {
    title(cluster: string): string;
    quorum(alive: number, voters: number, majority: number, has: boolean): string;
    combinedMode: string;
    controllers: string;
    controller(id: number): string;
    brokers(count: number): string;
    rack(name: string): string;
    noRack: string;
    broker(id: number): string;
    brokerStats(leaders: number, replicas: number): string;
    alive: string;
    down: string;
    fencedButRunning: string;
    downNotFenced: string;
    voter: string;
    topics(topics: number, partitions: number): string;
    health: Readonly<Record<PartitionHealth, string>>;
    role: Readonly<Record<ReplicaRole, string>>;
    replicaLabel(broker: number, role: ReplicaRole, alive: boolean): string;
    isr(size: number, rf: number, minIsr: number): string;
    topicFacts(partitions: number, rf: number, minIsr: number): string;
    filter: string;
    problemsOnly: string;
    expandAll: string;
    collapseAll: string;
    noTopicMatches: string;
    producers: string;
    producer(name: string, acks: string): string;
    canWrite: string;
    cannotWrite(blocked: number, sample: readonly string[]): string;
    missingTopics(topics: readonly string[]): string;
    groups: string;
    /** The assignor and member count; a share group says that it is one. */
    groupFacts(assignor: string, members: number, protocol: string): string;
    balanced: string;
    idleCount(n: number): string;
    stalledCount(n: number): string;
    idle: string;
    stalled(partitions: readonly string[]): string;
    departed: string;
    moreMembers(n: number): string;
    action(step: Step): string;
    toolbar: string;
    undo: string;
    next: string;
    restart: string;
    reset: string;
    electPreferred: string;
    saveScenario: string;
    scenario: string;
    play: string;
    noScenario: string;
    language: string;
    timeline: string;
    timelineEmpty: string;
    healthyStart: string;
    line(n: number): string;
    passed: string;
    failed: string;
    pending: string;
    noEffect: string;
    dropped(steps: readonly string[]): string;
    dataLoss: string;
    skipped(topic: string, reason: string): string;
    legend: string;
    failedToLoad(message: string): string;
    roleMark: Readonly<Record<ReplicaRole, string>>;
    cellLabel(topic: string, partition: number, broker: number, role: ReplicaRole, alive: boolean, was: ReplicaRole | 'none' | undefined): string;
    notReplica: string;
    offlineMark: string;
    leadsHere(leaders: number, replicas: number): string;
    matrix: string;
    matrixHint(brokers: number, racks: number): string;
    partitionLabel(p: number): string;
    partitionSummary(p: number, leader: number | null, isr: readonly number[], replicas: readonly number[]): string;
    producesInto(names: readonly string[]): string;
    readBy(names: readonly string[]): string;
    startSummary(brokers: number, partitions: number): string;
    expectationsSummary(passed: number, failed: number): string;
    pause: string;
    speed: string;
    undoTip: string;
    nextTip: string;
    restartTip: string;
    resetTip: string;
    playTip: string;
    loadScenario: string;
    loadScenarioTip: string;
    electTip: string;
    saveTip: string;
    scrub: string;
    scrubValue(step: number, steps: number): string;
    markerStep(ordinal: number, text: string, manual: boolean): string;
    markerExpect(text: string, state: 'passed' | 'failed' | 'pending', line: number | undefined): string;
    sideTabs: string;
    eventLog: string;
    dataFlow: string;
    clients: string;
    clusterWide: string;
    flowProducers: string;
    flowTopics: string;
    flowGroups: string;
    flowEdge(from: string, to: string, ok: boolean): string;
    flowMore(n: number): string;
    flowEmpty: string;
    flowOpen(name: string): string;
    manual: string;
    changed: string;
}

/** Marks that differ in shape, not only in colour. */
const MARKS: Readonly<Record<ReplicaRole, string>> = { leader: '★', 'in-sync': '●', 'out-of-sync': '○', elr: '◐' };

const stepText = (s: Step, en: boolean): string => {
    switch (s.kind) {
        case 'fail-broker':
            return en ? `Fail broker ${s.broker}` : `브로커 ${s.broker} 장애`;
        case 'recover-broker':
            return en ? `Recover broker ${s.broker}` : `브로커 ${s.broker} 복구`;
        case 'stop-broker':
            return en ? `Stop broker ${s.broker}` : `브로커 ${s.broker} 정상 종료`;
        case 'fail-rack':
            return en ? 'Fail rack' : '랙 장애';
        case 'recover-rack':
            return en ? 'Recover rack' : '랙 복구';
        case 'fail-controller':
            return en ? `Fail controller ${s.controller}` : `컨트롤러 ${s.controller} 장애`;
        case 'recover-controller':
            return en ? `Recover controller ${s.controller}` : `컨트롤러 ${s.controller} 복구`;
        case 'member-leave':
            return en ? 'Remove' : '제거';
        case 'member-join':
            return en ? `Rejoin ${s.member}` : `${s.member} 재참여`;
        case 'elect-preferred':
            return en ? 'Elect preferred leaders' : '선호 리더 선출';
    }
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en: Labels = {
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
    action: (s) => stepText(s, true),
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

const ko: Labels = {
    title: (c) => `장애 조치 시뮬레이션: ${c}`,
    quorum: (alive, voters, majority, has) => `쿼럼 ${has ? '유지' : '상실'}: 투표자 ${voters}개 중 ${alive}개 동작, 과반수 ${majority}`,
    combinedMode: '결합 모드: 브로커가 KRaft 투표자입니다.',
    controllers: '컨트롤러',
    controller: (id) => `컨트롤러 ${id}`,
    brokers: (n) => `브로커 (${n})`,
    rack: (name) => `랙 ${name}`,
    noRack: '랙 없음',
    broker: (id) => `브로커 ${id}`,
    brokerStats: (l, r) => `리더 ${l} · 복제본 ${r}`,
    alive: '동작',
    down: '중단',
    fencedButRunning: '실행 중, 아직 펜싱됨 (쿼럼 없음)',
    downNotFenced: '중단, 펜싱 안 됨 (쿼럼 없음)',
    voter: '투표자',
    topics: (t, p) => `토픽 (${t}개 · 파티션 ${p}개)`,
    health: { healthy: '정상', 'under-replicated': '복제 부족', 'not-writable': '쓰기 불가', offline: '오프라인' },
    role: { leader: '리더', 'in-sync': 'ISR 팔로워', 'out-of-sync': 'ISR 밖 팔로워', elr: '리더 적격 복제본 (ELR)' },
    replicaLabel: (b, role, alive) => `브로커 ${b}: ${ko.role[role]}${alive ? '' : ', 중단'}`,
    isr: (size, rf, min) => `ISR ${size}/${rf} · 최소 ${min}`,
    topicFacts: (p, rf, min) => `파티션 ${p}개 · RF ${rf} · min ISR ${min}`,
    filter: '토픽 필터',
    problemsOnly: '문제 있는 토픽만',
    expandAll: '모두 펼치기',
    collapseAll: '모두 접기',
    noTopicMatches: '일치하는 토픽이 없습니다.',
    producers: '프로듀서',
    producer: (name, acks) => `${name} (acks=${acks})`,
    canWrite: '쓰기 가능',
    cannotWrite: (n, sample) => `파티션 ${n}개에 쓰기 불가: ${sample.join(', ')}${n > sample.length ? ', …' : ''}`,
    missingTopics: (t) => `시뮬레이션되지 않음: ${t.join(', ')}`,
    groups: '컨슈머 그룹',
    groupFacts: (a, m, p) => `${p === 'share' ? '공유 그룹 · ' : ''}${a} · 멤버 ${m}명`,
    balanced: '균형',
    idleCount: (n) => `유휴 ${n}`,
    stalledCount: (n) => `정체 ${n}`,
    idle: '유휴',
    stalled: (p) => `정체: ${p.join(', ')}`,
    departed: '그룹을 떠난 멤버:',
    moreMembers: (n) => `… 외 멤버 ${n}명`,
    action: (s) => stepText(s, false),
    toolbar: '시뮬레이션',
    undo: '되돌리기',
    next: '다음 단계',
    restart: '처음부터',
    reset: '초기화',
    electPreferred: '선호 리더 선출',
    saveScenario: '시나리오로 저장…',
    scenario: '시나리오',
    play: '재생',
    noScenario: '(시나리오 선택)',
    language: '언어',
    timeline: '타임라인과 이벤트 로그',
    timelineEmpty: '정상 클러스터입니다. 브로커, 랙, 컨트롤러를 장애 내거나 시나리오를 재생하세요.',
    healthyStart: '시작: 모든 브로커 동작, 모든 복제본 동기화',
    line: (n) => `${n}행`,
    passed: '통과',
    failed: '실패',
    pending: '아직 재생 안 됨',
    noEffect: '효과 없음',
    dropped: (s) => `파일에 더 이상 맞지 않아 제외됨: ${s.join('; ')}`,
    dataLoss: '언클린 선출이 일어났습니다: 커밋된 데이터가 유실될 수 있습니다.',
    skipped: (t, r) => `토픽 ${t}은(는) 시뮬레이션되지 않습니다: ${r}`,
    legend: '복제본:',
    failedToLoad: (m) => `언어 서버가 응답하지 않았습니다: ${m}`,
    roleMark: MARKS,
    cellLabel: (t, p, b, role, alive, was) =>
        `${t} P${p}, 브로커 ${b}: ${ko.role[role]}${alive ? '' : ' (브로커 중단)'}${was === undefined ? '' : was === 'none' ? ', 새로 추가' : `, 이전 ${ko.role[was]}`}`,
    notReplica: '복제본 없음',
    offlineMark: '오프라인',
    leadsHere: (l, r) => `리더 ${l}, 복제본 ${r}`,
    matrix: '브로커별 복제본',
    matrixHint: (b, r) => `브로커 ${b}개${r > 0 ? ` · 랙 ${r}개` : ''} · 브로커나 랙을 눌러 장애/복구`,
    partitionLabel: (p) => `P${p}`,
    partitionSummary: (p, l, isr, replicas) => `P${p}: 리더 ${l ?? '없음'}, ISR [${isr.join(',')}] / 복제본 [${replicas.join(',')}]`,
    producesInto: (n) => `← ${n.join(', ')}`,
    readBy: (n) => `→ ${n.join(', ')}`,
    startSummary: (b, p) => `정상 클러스터: 브로커 ${b}개 동작, 파티션 ${p}개, 모든 복제본 동기화. 브로커를 눌러 장애를 내거나 시나리오를 재생하세요.`,
    expectationsSummary: (ok, bad) => (bad > 0 ? `✖ 기대 ${ok + bad}개 중 ${bad}개 실패` : `✔ 기대 ${ok}개 통과`),
    pause: '일시 정지',
    speed: '속도',
    undoTip: '마지막 단계 되돌리기: 클러스터가 한 단계 전으로 돌아가고, 그 단계는 타임라인에 남아 다음 단계로 다시 적용할 수 있습니다.',
    nextTip: '타임라인의 다음 단계(와 그 뒤의 기대)를 적용합니다.',
    restartTip: '정상 클러스터로 돌아갑니다. 타임라인의 단계는 다시 재생할 수 있게 남습니다.',
    resetTip: '타임라인을 비웁니다: 단계 없는 정상 클러스터로 돌아갑니다.',
    playTip: '여기서부터 타임라인을 한 단계씩 재생합니다 (끝에 있으면 처음부터).',
    loadScenario: '타임라인에 추가',
    loadScenarioTip: '지금까지 적용한 단계 뒤에 시나리오의 단계를 붙여 재생할 수 있게 합니다.',
    electTip: '살아 있고 ISR에 있는 선호 복제본에게 각 파티션의 리더를 돌려줍니다.',
    saveTip: '적용한 단계를 파일에 새 시나리오로 씁니다.',
    scrub: '타임라인 위치',
    scrubValue: (s, n) => `${n}단계 중 ${s}단계`,
    markerStep: (o, t, manual) => `${o}단계: ${t}${manual ? ' (직접 실행)' : ''}`,
    markerExpect: (t, state, line) => `${t}: ${state === 'passed' ? '통과' : state === 'failed' ? '실패' : '아직 재생 안 됨'}${line === undefined ? '' : ` (${line}행)`}`,
    sideTabs: '세부 정보',
    eventLog: '이벤트 로그',
    dataFlow: '데이터 흐름',
    clients: '그룹',
    clusterWide: '클러스터',
    flowProducers: '프로듀서',
    flowTopics: '토픽',
    flowGroups: '그룹',
    flowEdge: (a, b, ok) => `${a} → ${b}: ${ok ? '흐름 정상' : '막힘'}`,
    flowMore: (n) => `+ ${n}개 더`,
    flowEmpty: '이 클러스터에는 프로듀서나 그룹이 없습니다.',
    flowOpen: (n) => `${n}: 파일에서 보기`,
    manual: '직접 실행',
    changed: '마지막 단계에서 바뀜'
};

export const labelsFor = (locale: Locale): Labels => (locale === 'ko' ? ko : en);
