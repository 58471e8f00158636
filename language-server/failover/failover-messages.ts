// The failover view's own sentences (what the simulator's explain/ does not
// say: steps without effect, dropped steps, missing clusters), in English and Korean.
import type { Placer, Step } from '../../simulator/index.js';
import type { Locale } from '../protocol.js';

export interface FailoverMessages {
    clusterNotFound(cluster: string): string;
    documentNotFound(uri: string): string;
    notSimulated(reason: string): string;
    noEffect(step: Step): string;
    nothingToElect: string;
    summarised(partitionEvents: number): string;
    otherTopics(count: number): string;
    scenarioNotFound(scenario: string): string;
    scenarioExists(scenario: string): string;
    nothingToSave: string;
    clusterNotClosed(cluster: string): string;
    /** Where a topic's replica lists come from, when no `assignment` block gives them. */
    layoutNote(placer: Placer): string;
    /** The step as a short past-tense headline ("Broker 1 failed"). */
    headline(step: Step): string;
    leaderMoves(n: number): string;
    wentOffline(n: number): string;
    isrShrunk(n: number): string;
    isrGrown(n: number): string;
    /** minIsr: the effective min ISR every topic shares, undefined when they differ. */
    allWritable(minIsr: number | undefined): string;
    notWritable(topics: readonly string[], total: number): string;
    quorumLost: string;
    quorumRestored: string;
    rebalanced(groups: number): string;
    nothingChanged: string;
}

const SHOWN_TOPICS = 3;
const someOf = (topics: readonly string[], total: number): string => `${topics.slice(0, SHOWN_TOPICS).join(', ')}${total > SHOWN_TOPICS ? ', …' : ''}`;
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en: FailoverMessages = {
    clusterNotFound: (c) => `The file has no cluster named ${c}.`,
    documentNotFound: (uri) => `The language server cannot read ${uri}.`,
    notSimulated: (reason) => `This cluster cannot be simulated: ${reason}.`,
    noEffect(step) {
        switch (step.kind) {
            case 'fail-broker':
            case 'stop-broker':
                return `Broker ${step.broker} is already down: nothing changes`;
            case 'recover-broker':
                return `Broker ${step.broker} is already running: nothing changes`;
            case 'fail-rack':
                return `Every broker of rack ${step.rack} is already down: nothing changes`;
            case 'recover-rack':
                return `Every broker of rack ${step.rack} is already running: nothing changes`;
            case 'fail-controller':
                return `Controller ${step.controller} is already down: nothing changes`;
            case 'recover-controller':
                return `Controller ${step.controller} is already running: nothing changes`;
            case 'member-leave':
                return `Member ${step.member} is not in group ${step.group}: nothing changes`;
            case 'member-join':
                return `Member ${step.member} is already in group ${step.group}: nothing changes`;
            case 'elect-preferred':
                return 'Nothing changes';
        }
    },
    nothingToElect: 'Preferred leader election: every partition whose preferred replica is alive and in sync is already led by it; nothing moves',
    summarised: (n) => `${n} partition changes, summarised per topic:`,
    otherTopics: (n) => `${n} other topics`,
    scenarioNotFound: (s) => `The cluster has no scenario named ${s}.`,
    scenarioExists: (s) => `The cluster already has a scenario named ${s}.`,
    nothingToSave: 'There is no step to save.',
    clusterNotClosed: (c) => `Cluster ${c} has no closing brace; fix the file first.`,
    layoutNote: (placer) =>
        placer === 'striped'
            ? "A layout Kafka could choose: KRaft's striped placer starts from a random broker. For the real one, import it from the cluster or write an `assignment` block."
            : "AdminUtils' layout with start index 0; Kafka picks a random start. For the real one, import it from the cluster or write an `assignment` block.",
    headline(step) {
        switch (step.kind) {
            case 'fail-broker':
                return `Broker ${step.broker} failed`;
            case 'stop-broker':
                return `Broker ${step.broker} shut down`;
            case 'recover-broker':
                return `Broker ${step.broker} recovered`;
            case 'fail-rack':
                return `Rack ${step.rack} failed`;
            case 'recover-rack':
                return `Rack ${step.rack} recovered`;
            case 'fail-controller':
                return `Controller ${step.controller} failed`;
            case 'recover-controller':
                return `Controller ${step.controller} recovered`;
            case 'member-leave':
                return `${step.member} left ${step.group}`;
            case 'member-join':
                return `${step.member} joined ${step.group}`;
            case 'elect-preferred':
                return 'Preferred leaders elected';
        }
    },
    leaderMoves: (n) => `${plural(n, 'partition', 'partitions')} moved leader`,
    wentOffline: (n) => `${plural(n, 'partition', 'partitions')} went offline`,
    isrShrunk: (n) => `${plural(n, 'ISR', 'ISRs')} shrank`,
    isrGrown: (n) => `${plural(n, 'ISR', 'ISRs')} grew`,
    allWritable: (m) => `all topics still writable${m === undefined ? '' : ` (ISR ≥ min ISR ${m})`}`,
    notWritable: (t, total) => `${plural(total, 'topic', 'topics')} not writable with acks=all: ${someOf(t, total)}`,
    quorumLost: 'quorum lost',
    quorumRestored: 'quorum restored',
    rebalanced: (n) => `${plural(n, 'group', 'groups')} rebalanced`,
    nothingChanged: 'no partition changed'
};

const ko: FailoverMessages = {
    clusterNotFound: (c) => `파일에 ${c} 클러스터가 없습니다.`,
    documentNotFound: (uri) => `언어 서버가 ${uri} 파일을 읽을 수 없습니다.`,
    notSimulated: (reason) => `이 클러스터는 시뮬레이션할 수 없습니다: ${reason}.`,
    noEffect(step) {
        switch (step.kind) {
            case 'fail-broker':
            case 'stop-broker':
                return `브로커 ${step.broker}은(는) 이미 중단되어 있습니다: 바뀌는 것이 없습니다`;
            case 'recover-broker':
                return `브로커 ${step.broker}은(는) 이미 실행 중입니다: 바뀌는 것이 없습니다`;
            case 'fail-rack':
                return `랙 ${step.rack}의 브로커는 모두 이미 중단되어 있습니다: 바뀌는 것이 없습니다`;
            case 'recover-rack':
                return `랙 ${step.rack}의 브로커는 모두 이미 실행 중입니다: 바뀌는 것이 없습니다`;
            case 'fail-controller':
                return `컨트롤러 ${step.controller}은(는) 이미 중단되어 있습니다: 바뀌는 것이 없습니다`;
            case 'recover-controller':
                return `컨트롤러 ${step.controller}은(는) 이미 실행 중입니다: 바뀌는 것이 없습니다`;
            case 'member-leave':
                return `멤버 ${step.member}은(는) 그룹 ${step.group}에 없습니다: 바뀌는 것이 없습니다`;
            case 'member-join':
                return `멤버 ${step.member}은(는) 이미 그룹 ${step.group}에 있습니다: 바뀌는 것이 없습니다`;
            case 'elect-preferred':
                return '바뀌는 것이 없습니다';
        }
    },
    nothingToElect: '선호 리더 선출: 선호 복제본이 살아 있고 ISR에 있는 파티션은 이미 그 복제본이 리더입니다; 옮겨지는 리더가 없습니다',
    summarised: (n) => `파티션 변경 ${n}건, 토픽별 요약:`,
    otherTopics: (n) => `다른 토픽 ${n}개`,
    scenarioNotFound: (s) => `클러스터에 ${s} 시나리오가 없습니다.`,
    scenarioExists: (s) => `클러스터에 이미 ${s} 시나리오가 있습니다.`,
    nothingToSave: '저장할 단계가 없습니다.',
    clusterNotClosed: (c) => `${c} 클러스터에 닫는 중괄호가 없습니다; 먼저 파일을 고치세요.`,
    layoutNote: (placer) =>
        placer === 'striped'
            ? 'Kafka가 고를 수 있는 배치 중 하나입니다: KRaft의 스트라이프 배치기는 무작위 브로커에서 시작합니다. 실제 배치는 클러스터에서 가져오거나 `assignment` 블록으로 적으세요.'
            : 'AdminUtils의 시작 인덱스 0 배치입니다. Kafka는 시작 위치를 무작위로 고릅니다. 실제 배치는 클러스터에서 가져오거나 `assignment` 블록으로 적으세요.',
    headline(step) {
        switch (step.kind) {
            case 'fail-broker':
                return `브로커 ${step.broker} 장애`;
            case 'stop-broker':
                return `브로커 ${step.broker} 정상 종료`;
            case 'recover-broker':
                return `브로커 ${step.broker} 복구`;
            case 'fail-rack':
                return `랙 ${step.rack} 장애`;
            case 'recover-rack':
                return `랙 ${step.rack} 복구`;
            case 'fail-controller':
                return `컨트롤러 ${step.controller} 장애`;
            case 'recover-controller':
                return `컨트롤러 ${step.controller} 복구`;
            case 'member-leave':
                return `${step.member}이(가) ${step.group}에서 나감`;
            case 'member-join':
                return `${step.member}이(가) ${step.group}에 참여`;
            case 'elect-preferred':
                return '선호 리더 선출';
        }
    },
    leaderMoves: (n) => `파티션 ${n}개 리더 이동`,
    wentOffline: (n) => `파티션 ${n}개 오프라인`,
    isrShrunk: (n) => `ISR ${n}개 축소`,
    isrGrown: (n) => `ISR ${n}개 확장`,
    allWritable: (m) => `모든 토픽 계속 쓰기 가능${m === undefined ? '' : ` (ISR ≥ min ISR ${m})`}`,
    notWritable: (t, total) => `토픽 ${total}개 acks=all 쓰기 불가: ${someOf(t, total)}`,
    quorumLost: '쿼럼 상실',
    quorumRestored: '쿼럼 복구',
    rebalanced: (n) => `그룹 ${n}개 리밸런스`,
    nothingChanged: '바뀐 파티션 없음'
};

export const failoverMessages = (locale: Locale): FailoverMessages => (locale === 'ko' ? ko : en);
