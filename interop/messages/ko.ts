// The change plan's words in Korean: the same shape as en.ts (a missing entry is a compile error).
import type { PlanCatalogue } from './en.js';

export const ko: PlanCatalogue = {
    'partitions-decreased': (a) =>
        `Kafka는 파티션을 줄일 수 없습니다: 토픽 '${a.topic}'의 파티션은 현재 ${a.old}개이고 ${a.new}개는 증가가 아닙니다. 새 토픽을 만들어 옮기세요.`,
    'keyed-topic-repartitioned': (a) =>
        `키가 있는 토픽 '${a.topic}'의 파티션이 ${a.old}개에서 ${a.new}개로 늘어납니다: 전체 키의 ${a.share}가 이후 다른 파티션으로 가므로 변경 전후의 키 순서가 깨집니다.`,
    'replication-factor-changed': (a) =>
        `'${a.topic}'의 복제 계수가 ${a.old}에서 ${a.new}(으)로 바뀝니다: 설정 변경이 아니라 파티션 재할당(kafka-reassign-partitions)입니다.`,
    'assignment-changed': (a) => `'${a.topic}'의 복제본 목록이 바뀝니다 (파티션 ${a.count}개): 파티션 재할당으로 적용하세요.`,
    'topic-deleted': (a) => `토픽 '${a.topic}'이(가) 파일에서 사라졌습니다: 클러스터에서 삭제하면 데이터도 삭제됩니다.`,
    'retention-shortened': (a) => `'${a.topic}'의 ${a.key}가 ${a.old}에서 ${a.new}(으)로 줄어듭니다: 오래된 레코드는 다음 정리 때 삭제됩니다.`,
    'cleanup-policy-changed': (a) =>
        `'${a.topic}'의 cleanup.policy가 ${a.old}에서 ${a.new}(으)로 바뀝니다: 컴팩션은 키마다 레코드 하나만 남기고, 끄면 오래된 키가 만료됩니다.`,
    'min-insync-raised': (a) =>
        `'${a.topic}'의 min.insync.replicas가 ${a.old}에서 ${a.new}(으)로 올라 이 파일의 시나리오에서 파티션이 갖는 ISR ${a.isr}개보다 많아집니다: 그때 acks=all 쓰기가 실패합니다.`,
    'topic-renamed': (a) => `토픽 '${a.old}'이(가) '${a.new}'(으)로 바뀝니다: Kafka에는 이름 변경이 없어 '${a.old}'와 데이터가 삭제되고 빈 '${a.new}'가 만들어집니다.`
};