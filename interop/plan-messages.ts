// The change plan's words, English and Korean (keyed by code, as the
// validator's catalogue is). Values arrive already formatted.
import { byLocale, type Locale } from '../simulator/index.js';
import type { ChangeCode } from './change-codes.js';

type Args = Readonly<Record<string, string | number>>;
type Catalogue = Readonly<Record<ChangeCode, (a: Args) => string>>;

const en: Catalogue = {
    'partitions-decreased': (a) =>
        `Kafka cannot remove partitions: topic '${a.topic}' currently has ${a.old} partitions, ${a.new} would not be an increase. Create a new topic and migrate instead.`,
    'keyed-topic-repartitioned': (a) =>
        `Partitions of keyed topic '${a.topic}' grow from ${a.old} to ${a.new}: ${a.share} of all keys go to another partition from then on, so their order across the change is lost.`,
    'replication-factor-changed': (a) =>
        `The replication factor of '${a.topic}' changes from ${a.old} to ${a.new}: that is a partition reassignment (kafka-reassign-partitions), not a config change.`,
    'assignment-changed': (a) => `The replica lists of '${a.topic}' change (${a.count} partition(s)): apply them with a partition reassignment.`,
    'topic-deleted': (a) => `Topic '${a.topic}' is no longer in the file: deleting it on the cluster deletes its data.`,
    'retention-shortened': (a) => `${a.key} of '${a.topic}' shrinks from ${a.old} to ${a.new}: older records are deleted on the next cleaner pass.`,
    'cleanup-policy-changed': (a) =>
        `cleanup.policy of '${a.topic}' changes from ${a.old} to ${a.new}: compaction keeps one record per key; turning it off lets old keys expire.`,
    'min-insync-raised': (a) =>
        `min.insync.replicas of '${a.topic}' rises from ${a.old} to ${a.new}, above the ${a.isr} in-sync replica(s) a partition has in this file's scenarios: acks=all writes would fail there.`,
    'topic-renamed': (a) => `Topic '${a.old}' becomes '${a.new}': Kafka has no rename, this deletes '${a.old}' with its data and creates an empty '${a.new}'.`
};

const ko: Catalogue = {
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

export function planMessage(locale: Locale, code: ChangeCode, args: Args): string {
    return byLocale({ en, ko }, locale)[code](args);
}

export function percent(share: number): string {
    return `${Math.round(share * 10000) / 100} %`;
}
