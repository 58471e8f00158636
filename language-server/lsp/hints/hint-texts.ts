// The words of inlay hints and code lenses, in English and Korean. Kept short:
// they sit inside the code.
import type { Locale } from '../../messages/locale.js';
import { describeSkippedTopic, type ToleranceBound, type TopicFaultTolerance, type SkippedTopicReason } from '../../../simulator/index.js';
import type { Origin } from '../../model/topic-settings.js';

export type InheritedSetting = 'partitions' | 'replicationFactor' | 'minInsyncReplicas';

export interface HintTexts {
    /** `partitions 3`: a setting without its origin... */
    setting(setting: InheritedSetting, value: number): string;
    /** ...which follows the last setting of a run with the same origin: `(defaults)`. Short: VS Code cuts hints at 43 characters. */
    origin(origin: Exclude<Origin, 'topic'>): string;
    inheritedTooltip: string;
    idle: string;
    /** A list cut short: `+3 more`. */
    more(count: number, of: 'members' | 'partitions'): string;
    simulateFailover: string;
    runScenario: string;
    tolerance(t: TopicFaultTolerance): string;
    notModelled(reason: SkippedTopicReason): string;
    /** The cluster as a whole cannot be modelled (the simulator's reason follows). */
    clusterNotModelled(reason: string): string;
    duplicateTopic: string;
    noAssignment: string;
}

const bound = (b: ToleranceBound, atLeast: string): string => (b.exact ? String(b.value) : `${atLeast} ${b.value}`);

const en: HintTexts = {
    setting: (setting, value) => `${{ partitions: 'partitions', replicationFactor: 'RF', minInsyncReplicas: 'min ISR' }[setting]} ${value}`,
    origin: (origin) => `(${origin === 'defaults' ? 'defaults' : 'Kafka'})`,
    inheritedTooltip: "Effective values this topic does not set itself: from the cluster's `defaults` block, else Kafka's broker defaults.",
    idle: 'idle',
    more: (count) => `+${count} more`,
    simulateFailover: '▶ Simulate failover',
    runScenario: '▶ Run scenario',
    tolerance: (t) => {
        const w = t.brokers.writable;
        const brokers = `Survives ${bound(w, 'at least')} broker failure${w.value === 1 && w.exact ? '' : 's'} for acks=all writes, ${bound(t.brokers.readable, 'at least')} for reads`;
        if (!t.racks) return brokers;
        const rw = t.racks.writable;
        return `${brokers} · ${bound(rw, 'at least')} rack failure${rw.value === 1 && rw.exact ? '' : 's'} for writes, ${bound(t.racks.readable, 'at least')} for reads`;
    },
    notModelled: (reason) => `Not simulated: ${describeSkippedTopic(reason, 'en')}`,
    clusterNotModelled: (reason) => `Not simulated: ${reason}`,
    duplicateTopic: 'Declared twice: the first declaration counts',
    noAssignment: 'No assignment: the group consumes no declared topic with partitions'
};

const ko: HintTexts = {
    setting: (setting, value) => `${{ partitions: '파티션', replicationFactor: 'RF', minInsyncReplicas: 'min ISR' }[setting]} ${value}`,
    origin: (origin) => `(${origin === 'defaults' ? 'defaults' : 'Kafka 기본값'})`,
    inheritedTooltip: '이 토픽이 직접 정하지 않은 실제 값: 클러스터의 `defaults` 블록, 없으면 Kafka 브로커 기본값에서 옵니다.',
    idle: '유휴',
    more: (count, of) => `외 ${count}${of === 'members' ? '명' : '개'}`,
    simulateFailover: '▶ 장애 조치 시뮬레이션',
    runScenario: '▶ 시나리오 실행',
    tolerance: (t) => {
        const brokers = `브로커 장애 ${bound(t.brokers.writable, '최소')}대까지 acks=all 쓰기 가능, 읽기는 ${bound(t.brokers.readable, '최소')}대까지`;
        if (!t.racks) return brokers;
        return `${brokers} · 랙 장애 ${bound(t.racks.writable, '최소')}개까지 쓰기 가능, 읽기는 ${bound(t.racks.readable, '최소')}개까지`;
    },
    notModelled: (reason) => `시뮬레이션 불가: ${describeSkippedTopic(reason, 'ko')}`,
    clusterNotModelled: (reason) => `시뮬레이션 불가: ${reason}`,
    duplicateTopic: '두 번 선언됨: 첫 번째 선언만 적용됩니다',
    noAssignment: '할당 없음: 이 그룹은 파티션이 있는 선언된 토픽을 구독하지 않습니다'
};

export function hintTexts(locale: Locale): HintTexts {
    return locale === 'ko' ? ko : en;
}
