// The failover view's own words (buttons, headings, badges) in English and
// Korean; the event log and the expectation results come from the server,
// already in the chosen language.
import type { FailoverLocale, PartitionHealth, ReplicaRole } from '../../../language-server/protocol.js';
import type { Step } from '../../../simulator/model.js';

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
    groupFacts(assignor: string, members: number): string;
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
}

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
    role: { leader: 'leader', 'in-sync': 'in-sync follower', 'out-of-sync': 'out-of-sync follower' },
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
    groupFacts: (a, m) => `${a} · ${m} member${m === 1 ? '' : 's'}`,
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
    failedToLoad: (m) => `The language server did not answer: ${m}`
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
    role: { leader: '리더', 'in-sync': 'ISR 팔로워', 'out-of-sync': 'ISR 밖 팔로워' },
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
    groupFacts: (a, m) => `${a} · 멤버 ${m}명`,
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
    failedToLoad: (m) => `언어 서버가 응답하지 않았습니다: ${m}`
};

export const labelsFor = (locale: FailoverLocale): Labels => (locale === 'ko' ? ko : en);
