// The failover view's own words in Korean.
import type { Step } from '../../../../language-server/protocol.js';
import { MARKS } from './marks.js';
import type { Labels } from './shape.js';

const stepText = (s: Step): string => {
    switch (s.kind) {
        case 'fail-broker':
            return `브로커 ${s.broker} 장애`;
        case 'recover-broker':
            return `브로커 ${s.broker} 복구`;
        case 'stop-broker':
            return `브로커 ${s.broker} 정상 종료`;
        case 'fail-rack':
            return '랙 장애';
        case 'recover-rack':
            return '랙 복구';
        case 'fail-controller':
            return `컨트롤러 ${s.controller} 장애`;
        case 'recover-controller':
            return `컨트롤러 ${s.controller} 복구`;
        case 'member-leave':
            return '제거';
        case 'member-join':
            return `${s.member} 재참여`;
        case 'elect-preferred':
            return '선호 리더 선출';
    }
};

export const ko: Labels = {
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
    action: (s) => stepText(s),
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