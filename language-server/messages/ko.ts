// The server's words in Korean: the same shape as en.ts (a missing entry is a compile error).
import { describeSkippedTopic } from '../../simulator/index.js';
import type { Catalogue } from './index.js';
import { bound, code, someOf } from './wording.js';

export const ko: Catalogue = {
    // 메시지마다 무엇이 문제인지, Kafka에서 왜 중요한지, 어떻게 고치는지를 말합니다.
    messages: {
        'syntax-error': '구문 오류: {detail}',
        'syntax-error/expected': '구문 오류: {expected}이(가) 와야 하는데 {found}이(가) 있습니다.',
        'syntax-error/did-you-mean': '구문 오류: {expected}이(가) 와야 하는데 {found}이(가) 있습니다. {suggestion}을(를) 의도하셨나요?',
        'syntax-error/unexpected-character': '구문 오류: 예상하지 못한 문자 {found}입니다.',
        'syntax-error/unterminated-string': '구문 오류: 문자열이 닫히지 않았습니다. 닫는 "를 추가하세요.',
        'diagnostics-truncated': "이 파일의 문제 중 처음 {shown}개만 표시하고, 나머지 {omitted}개는 표시하지 않습니다. 먼저 이것들을 고치세요 (.kafka 토폴로지 파일이 맞나요?).",

        'unsupported-in-version/version': 'kafka-version {version}은(는) 모델이 다루는 릴리스({covered})가 아닙니다. 클러스터는 다루는 릴리스 중 가장 최신인 Kafka {newest}로 검사됩니다. 다루는 릴리스 중 하나를 지정하세요.',
        'unsupported-in-version/feature': "Kafka {version}에는 '{feature}' 기능이 없습니다 (기능 목록: {known}). `kafka-storage format`과 `kafka-features`가 거부합니다. 삭제하거나 그 기능이 있는 릴리스를 지정하세요.",
        'unsupported-in-version/level': "Kafka {version}은(는) {feature}를 레벨 {max}까지만 알고, {level}은(는) 모릅니다. `kafka-features upgrade`가 거부합니다. 릴리스가 가진 레벨이나 더 새로운 릴리스를 지정하세요.",
        'unsupported-in-version/share-group': '공유 그룹 {group}에는 share.version ≥ 1(KIP-932)이 필요하지만, 이 Kafka {version} 클러스터의 share.version은 {level}입니다. 브로커가 공유 그룹 요청을 거부합니다. `features`에 share.version = 1을 지정하거나, 기본으로 켜져 있는 릴리스(4.2)를 지정하세요.',
        'unsupported-in-version/protocol': '컨슈머 그룹 {group}은(는) `protocol consumer`(KIP-848)를 쓰는데, 이는 group.version ≥ 1이 필요합니다. 이 Kafka {version} 클러스터의 group.version은 {level}이므로 컨슈머가 이 프로토콜로 참여할 수 없습니다. group.version = 1이나 이를 가진 릴리스(4.0 이상)를 지정하세요.',
        'quorum-even': '쿼럼 투표자({kind})가 {voters}개로 짝수입니다. 과반수 {majority}개가 살아 있어야 하므로 {voters}개는 {tolerated}개 장애만 견디며, {fewer}개일 때보다 나을 것이 없습니다. 홀수({suggestion})를 사용하세요.',
        'quorum-too-small': '쿼럼 투표자({kind})가 {voters}개뿐입니다. 과반수 {majority}개가 살아 있어야 하므로 투표자 하나도 장애가 나면 안 됩니다. {kind}을(를) 3개로 구성하세요.',
        'too-few-brokers': '운영(production) 클러스터에 브로커가 {brokers}개뿐입니다. 토픽이 복제본 3개를 유지할 수 없어 브로커 하나의 장애로 acks=all 쓰기가 멈추거나 복제본을 잃습니다. 브로커를 3개 이상 두거나, 로컬 클러스터라면 `profile development`를 사용하세요.',
        'no-brokers': '클러스터 {cluster}에 브로커가 없습니다. 파티션은 브로커에 저장됩니다. `broker 1`을 추가하세요.',
        'duplicate-broker': '브로커 {id}이(가) 클러스터 {cluster}에 두 번 이상 선언되었습니다. 브로커 id는 고유해야 합니다.',
        'rack-incomplete': '일부 브로커에는 랙이 있고({withRack}) 일부에는 없습니다({withoutRack}). 일부 브로커에만 랙이 있으면 AdminUtils(placement admin-utils)는 랙 인식 복제본 배치를 거부합니다. 모든 브로커에 랙을 지정하거나 모두 지정하지 마세요.',
        'rack-incomplete/striped': '일부 브로커에는 랙이 있고({withRack}) 일부에는 없습니다({withoutRack}). KRaft의 스트라이프 배치기는 이를 받아들이지만 랙 없는 브로커들을 하나의 랙으로 취급하므로, 한 실제 랙에 복제본 두 개가 놓일 수 있고 그 랙을 잃으면 랙 구성이 보여 주는 것보다 더 많이 잃습니다. 모든 브로커에 랙을 지정하거나 모두 지정하지 마세요.',

        'invalid-partitions': 'partitions {value}: 토픽에는 파티션이 1개 이상 필요합니다 (Kafka: InvalidPartitionsException). partitions를 1 이상으로 지정하세요.',
        'invalid-replication-factor': 'replication-factor {value}: 모든 파티션에는 복제본이 1개 이상 필요합니다 (Kafka: InvalidReplicationFactorException). replication-factor {suggestion}을(를) 사용하세요.',
        'replication-factor-exceeds-brokers': '복제 계수 {rf}이(가) 사용 가능한 브로커 수 {brokers}보다 큽니다 (Replication factor: {rf} larger than available brokers: {brokers}). Kafka는 한 파티션의 복제본을 서로 다른 브로커에 둡니다. replication-factor를 {brokers}(으)로 줄이거나 브로커를 추가하세요.',
        'replication-factor-too-low': '브로커 {brokers}개인 운영 클러스터에서 replication-factor {rf}: {consequence} replication-factor 3 (min-insync-replicas 2와 함께)을 사용하세요.',
        'replication-factor-too-low/rf1': '파티션을 가진 브로커가 장애 나면 남는 복제본이 없습니다.',
        'replication-factor-too-low/rf2': '브로커 하나가 장애 나면 복제본이 하나만 남고, min ISR 2에서는 acks=all 쓰기가 멈춥니다.',
        'replication-factor-too-low/rf2-min-isr1': "브로커 하나가 장애 나면 복제본이 하나만 남고, min ISR {minIsr}에서는 acks=all 쓰기도 그 복제본 하나만 확인하므로 장애가 하나 더 나면 유실됩니다.",
        'invalid-min-insync': 'min-insync-replicas {value}: 1 이상이어야 합니다. min-insync-replicas를 1 이상으로 지정하세요.',
        'min-insync-exceeds-replication-factor': 'min-insync-replicas {minIsr}이(가) 복제 계수 {rf}보다 큽니다. Kafka 3.7 이상은 이를 {rf}(으)로 제한하므로 복제본 하나만 동기화에서 빠져도 acks=all 쓰기가 멈춥니다 (3.7 이전에는 모든 acks=all 쓰기가 실패했습니다). min-insync-replicas {suggestion}을(를) 사용하세요.',
        'min-insync-equals-replication-factor': 'min-insync-replicas {minIsr}이(가) 복제 계수와 같습니다. 파티션을 가진 브로커 {rf}개 중 하나만 장애 나도 acks=all 쓰기가 NOT_ENOUGH_REPLICAS로 실패합니다. 브로커 하나의 장애를 허용하려면 min-insync-replicas {suggestion}을(를) 사용하세요.',
        'min-insync-too-low': '복제 계수 {rf}에 min-insync-replicas 1: acks=all이 리더만 기다리므로, 팔로워가 복제하기 전에 리더가 장애 나면 이벤트가 유실됩니다. min-insync-replicas 2를 사용하세요.',
        'replicas-exceed-racks': '랙 {racks}개에 replication-factor {rf}: 어떤 파티션은 한 랙에 복제본 두 개를 두므로, 그 랙을 잃으면 복제본 두 개를 한꺼번에 잃습니다.',
        'total-order-needs-one-partition': '파티션 {partitions}개에 ordering total: Kafka는 파티션 안에서만 순서를 보장하고 토픽 전체의 순서는 보장하지 않습니다. partitions 1을 사용하거나, 키별 순서라면 `ordering key <필드>`를 사용하세요.',
        'invalid-topic-name': '토픽 이름 {name}은(는) Kafka에서 유효하지 않습니다: {reason}. 토픽 이름은 [a-zA-Z0-9._-] 문자 1~249자이며 "."이나 ".."일 수 없습니다.',
        'topic-name-collision': '토픽 {name}이(가) 토픽 {other}와(과) 충돌합니다. Kafka는 메트릭 이름에서 "."을 "_"로 바꾸므로 두 번째 토픽 생성을 거부합니다 (INVALID_TOPIC_EXCEPTION). 둘 중 하나의 이름을 바꾸세요.',
        'reserved-topic-name': '토픽 {name}은(는) "__"로 시작합니다. Kafka는 이 접두사를 내부 토픽(__consumer_offsets, __transaction_state)에 사용합니다. "__"로 시작하지 않는 이름을 사용하세요.',
        'duplicate-topic': '토픽 {name}이(가) 클러스터 {cluster}에 두 번 선언되었습니다. Kafka는 이미 있는 토픽 생성을 거부합니다 (TopicExistsException). 두 선언을 합치세요.',
        'unknown-config': '{key}은(는) Kafka 토픽 설정이 아닙니다.',
        'unknown-config/suggest': '{key}은(는) Kafka 토픽 설정이 아닙니다. {suggestion}을(를) 의도하셨나요?',
        'invalid-config-value/enum': '{key} = {value}은(는) 유효하지 않습니다: {expected} 중 하나여야 합니다.',
        'invalid-config-value/list': '{key} = {value}은(는) 유효하지 않습니다: {expected}의 부분집합이어야 합니다.',
        'invalid-config-value/integer': '{key} = {value}은(는) 유효하지 않습니다: 정수여야 합니다.',
        'invalid-config-value/number': '{key} = {value}은(는) 유효하지 않습니다: 숫자여야 합니다.',
        'invalid-config-value/boolean': '{key} = {value}은(는) 유효하지 않습니다: true 또는 false여야 합니다.',
        'invalid-config-value/min': '{key} = {value}은(는) 유효하지 않습니다: {min} 이상이어야 합니다.',
        'invalid-config-value/range': '{key} = {value}은(는) 유효하지 않습니다: {min}에서 {max} 사이여야 합니다.',
        'invalid-config-value/duration': '{key} = {value}은(는) 유효하지 않습니다: 밀리초 단위 숫자나 단위가 붙은 기간(500ms, 30s, 15m, 12h, 7d)이어야 합니다.',
        'invalid-config-value/size': '{key} = {value}은(는) 유효하지 않습니다: 바이트 단위 숫자나 단위가 붙은 크기(512B, 100KiB, 64MiB, 1GiB, 1KB, 1MB, 1GB)여야 합니다.',
        'invalid-config-value/unit': '{key} = {value}은(는) 유효하지 않습니다: {unit}은(는) 기간 단위(ms, s, m, h, d)도 크기 단위(B, KiB, MiB, GiB, KB, MB, GB)도 아닙니다.',
        'invalid-config-value/single': '{key}에는 값 하나만 지정할 수 있습니다.',
        'config-shadows-property': 'config {key} = {value}은(는) 속성 `{property} {propertyValue}`와(과) 같은 설정입니다. 속성이 우선합니다 ({propertyValue}). config 항목을 삭제하세요.',
        'unclean-election-enabled': 'unclean.leader.election.enable = true: 모든 ISR 복제본이 장애 나면 동기화되지 않은 복제본이 리더가 될 수 있고, 그 복제본이 받지 못한 커밋된 이벤트는 영구히 유실됩니다. 데이터보다 가용성이 중요하지 않다면 false로 두세요.',
        'assignment-unknown-broker': '파티션 {partition}이(가) 클러스터 {cluster}에 선언되지 않은 브로커 {broker}에 할당되었습니다.',
        'assignment-duplicate-broker': '파티션 {partition}에 브로커 {broker}이(가) 두 번 있습니다. 한 파티션의 복제본은 서로 다른 브로커에 있어야 합니다.',
        'assignment-wrong-size': '파티션 {partition}의 복제본이 {size}개인데 복제 계수는 {rf}입니다. 브로커를 정확히 {rf}개 나열하세요.',
        'assignment-partitions-mismatch': '할당은 파티션 0부터 {last}까지 정확히 나열해야 합니다 (토픽의 파티션 {partitions}개): {detail}.',
        'assignment-partitions-mismatch/missing': '파티션 {partition}이(가) 없습니다',
        'assignment-partitions-mismatch/extra': '파티션 {partition}은(는) 존재하지 않습니다',
        'assignment-partitions-mismatch/twice': '파티션 {partition}이(가) 두 번 나옵니다',
        'unused-topic': '토픽 {name}을(를) 사용하는 프로듀서나 컨슈머 그룹이 없습니다.',
        'assignment-in-defaults': "`defaults`의 `assignment`는 어느 토픽에도 적용되지 않습니다. 복제본 목록은 토픽 하나에 속합니다 (Kafka의 --replica-assignment도 토픽마다 지정). 해당 토픽 안으로 옮기세요.",

        'unresolved-reference': '클러스터 {cluster}에 {kind} {name}이(가) 없습니다.',
        'unresolved-reference/suggest': '클러스터 {cluster}에 {kind} {name}이(가) 없습니다. {suggestion}을(를) 의도하셨나요?',
        'unresolved-reference/member': '그룹 {group}에 멤버 {name}이(가) 없습니다.',
        'unresolved-reference/member-suggest': '그룹 {group}에 멤버 {name}이(가) 없습니다. {suggestion}을(를) 의도하셨나요?',
        'unresolved-reference/controller': '클러스터 {cluster}에 컨트롤러 {name}이(가) 없습니다: {reason}',
        'unresolved-reference/no-controllers': '전용 컨트롤러가 없고 브로커가 쿼럼 투표자입니다. 대신 브로커를 장애 처리하세요.',
        'unresolved-reference/controller-range': '컨트롤러 번호는 1부터 {count}까지입니다.',
        'value-out-of-range/broker-negative': "브로커 id {value}은(는) 유효하지 않습니다. Kafka의 node.id는 0 이상이어야 합니다.",
        'value-out-of-range/int32': "{value}은(는) Kafka가 받아들이는 범위를 넘습니다. 브로커 id와 파티션 수는 32비트 정수(최대 {max})입니다.",
        'value-out-of-range/reversed-range': "brokers {from}..{to}은(는) 범위가 거꾸로여서 브로커를 하나도 선언하지 않습니다. brokers {to}..{from}(으)로 쓰세요.",
        'value-out-of-range/broker-budget': "이 범위는 브로커 {count}개를 선언합니다. 모델은 클러스터당 최대 {max}개까지만 다루므로 나머지는 무시됩니다. 범위를 줄이세요.",
        'value-out-of-range/members-min': "members {value}: 컨슈머 그룹에는 멤버가 1개 이상 필요합니다. members를 1 이상으로 지정하세요.",
        'value-out-of-range/member-budget': "members {value}: 모델은 그룹당 개수로 지정한 멤버를 최대 {max}개까지만 다루므로 나머지는 무시됩니다. 멤버 수를 줄이거나 이름으로 나열하세요.",
        'value-out-of-range/controllers-min': "controllers {value}: KRaft 쿼럼에는 컨트롤러가 1개 이상 필요합니다. controllers 3을 사용하세요 (또는 이 줄을 지워 브로커가 투표하게 하세요).",
        'value-out-of-range/controller-budget': "controllers {value}: 모델은 컨트롤러를 최대 {max}개까지만 다룹니다. 3이나 5를 사용하세요.",
        'value-out-of-range/partition-budget': "토픽 {topic}의 파티션 {value}개는 모델의 클러스터당 파티션 예산 {max}개를 넘으므로, 검사는 하지만 시뮬레이션하지 않습니다 (시나리오의 기대도 평가하지 않습니다).",
        'invalid-name': "{kind} 이름이 비어 있습니다. \"\"은 참조할 수 없으니 이름을 지정하세요.",
        'acks-may-lose-data': '프로듀서 {producer}이(가) {topic}(복제 계수 {rf})에 acks={acks}(으)로 씁니다. 팔로워가 이벤트를 받기 전에 리더가 응답하므로 리더 장애 조치 때 이벤트가 유실됩니다 ("이벤트 유실 방지"). acks all을 사용하세요 (Kafka 3.0부터 기본값).',
        'acks-may-lose-data/acks0': "프로듀서 {producer}이(가) {topic}(복제 계수 {rf})에 acks=0으로 씁니다. 어떤 브로커의 확인도 기다리지 않으므로, 리더가 저장하지 못했거나 리더 장애 조치 때 잃은 이벤트는 오류 없이 사라집니다. acks all을 사용하세요 (Kafka 3.0부터 기본값).",
        'invalid-acks': 'acks {value}은(는) 유효하지 않습니다. 0, 1 또는 all을 사용하세요 (-1은 all과 같습니다).',
        'missing-record-key': '토픽 {topic}은(는) 키({field})별 순서를 보장하는데 프로듀서 {producer}이(가) 키를 보내지 않습니다. 키가 없는 레코드는 여러 파티션에 흩어져 순서를 잃습니다. `key {field}`를 추가하세요.',
        'key-field-mismatch': '프로듀서 {producer}은(는) 레코드 키로 {key}을(를) 쓰지만 토픽 {topic}은(는) {field} 기준으로 순서를 보장합니다. 같은 {field}의 레코드가 다른 파티션으로 가서 순서를 잃을 수 있습니다.',
        'idle-consumers': '그룹 {group}: {idle}은(는) 파티션을 받지 못합니다. {assignor} 할당자는 파티션 {partitions}개를 각각 멤버 하나에게만 주며, 한 그룹 안에서 파티션은 공유되지 않습니다 ("1 Partition : N Consumer"는 불가능). 멤버를 {busy}개 이하로 하거나 파티션을 늘리세요.{shareHint}',
        'idle-consumers/range-topics': '그룹 {group}: {idle}은(는) 파티션을 받지 못합니다. range 할당자는 토픽마다 따로 나누어 각 토픽의 앞쪽 파티션을 같은 앞쪽 멤버들에게 주므로, 토픽들의 파티션이 모두 {partitions}개인데도 멤버 {busy}개만 일을 받습니다. `assignor roundrobin`이나 `cooperative-sticky`를 사용하거나 멤버를 {busy}개 이하로 하세요.{shareHint}',
        'uneven-consumer-load': '그룹 {group}: {assignor} 할당자가 멤버들에게 부하를 고르지 않게 나눕니다 ({counts}). 파티션을 고르게 나누려면 `assignor roundrobin`이나 `assignor cooperative-sticky`를 사용하세요.',
        'assignor-protocol-mismatch/classic': "그룹 {group}은(는) classic 프로토콜을 쓰는데, 그 Java 클라이언트에는 `{assignor}` 할당자가 없습니다. `uniform`은 브로커에서 돌며 `protocol consumer` 그룹(KIP-848)에만 있습니다. 모델은 classic 기본값인 {fallback}(으)로 실행합니다. `assignor {fallback}`이나 `protocol consumer`를 사용하세요.",
        'assignor-protocol-mismatch/consumer': "그룹 {group}은(는) `protocol consumer`를 쓰는데, 이때는 브로커가 파티션을 할당하고 `uniform`과 `range`만 압니다(group.consumer.assignors). `{assignor}`은(는) classic 클라이언트 할당자입니다. 모델은 브로커 기본값인 {fallback}(으)로 실행합니다. `assignor {fallback}`을(를) 사용하세요.",
        'share-group-loses-order': "공유 그룹 {group}이(가) {ordering}을(를) 약속하는 {topic}을(를) 컨슘합니다. 공유 그룹 멤버들은 한 파티션의 레코드를 병렬로 획득하고, 잠금이 만료된 레코드는 나중에 다시 전달되므로 그 순서가 지켜지지 않습니다. {topic}에는 컨슈머 그룹을 쓰거나 순서 약속을 빼세요.",
        'share-group-loses-order/key': '키별 순서',
        'share-group-loses-order/total': '전체 순서',
        'idle-consumers/share-hint': ' 여러 컨슈머가 한 파티션을 함께 읽는 것은 공유 그룹(KIP-932, `share-group`)에서만 가능하며, 이 클러스터에는 공유 그룹이 있습니다. 공유 그룹은 파티션 안의 순서를 포기합니다.',
        'group-without-topics': '컨슈머 그룹 {group}이(가) 컨슘하는 토픽이 없습니다. `consumes <토픽>`을 추가하세요.',
        'group-without-topics/share': '공유 그룹 {group}이(가) 컨슘하는 토픽이 없습니다. `consumes <토픽>`을 추가하세요.',
        'producer-without-topics': '프로듀서 {producer}이(가) 쓰는 토픽이 없습니다. `produces <토픽>`을 추가하세요.',
        'duplicate-producer': '프로듀서 {name}이(가) 클러스터 {cluster}에 두 번 선언되었습니다.',
        'duplicate-group': '컨슈머 그룹 {name}이(가) 클러스터 {cluster}에 두 번 선언되었습니다. 그룹 id는 하나의 그룹을 가리킵니다.',
        'duplicate-group/kinds': '그룹 {name}이(가) 클러스터 {cluster}에 컨슈머 그룹과 공유 그룹으로 두 번 선언되었습니다. 컨슈머 그룹과 공유 그룹은 그룹 ID 네임스페이스를 함께 쓰므로, 브로커는 다른 종류의 멤버를 거부합니다. 하나의 이름을 바꾸세요.',
        'duplicate-member': '멤버 {name}이(가) 그룹 {group}에 두 번 있습니다. 멤버 id는 그룹 안에서 고유합니다.',
        'duplicate-property': '{property}은(는) 이미 {line}번째 줄에 있습니다. 나중 값이 적용됩니다. 앞의 것을 삭제하세요.',

        'scenario-expectation-failed': '기대 "{expectation}"이(가) 성립하지 않습니다: {observed}',
        'scenario-expectation-failed/step-error': '이 단계를 실행할 수 없습니다: {reason}',
        'scenario-no-effect': '`{step}`은(는) 아무것도 바꾸지 않습니다: {reason}. 이 단계를 삭제하세요.',
        'scenario-no-effect/broker-dead': '브로커 {id}은(는) 이미 장애 상태입니다',
        'scenario-no-effect/broker-alive': '브로커 {id}은(는) 살아 있습니다',
        'scenario-no-effect/rack-dead': '랙 {rack}의 모든 브로커가 이미 장애 상태입니다',
        'scenario-no-effect/rack-alive': '랙 {rack}의 모든 브로커가 살아 있습니다',
        'scenario-no-effect/controller-dead': '컨트롤러 {id}은(는) 이미 장애 상태입니다',
        'scenario-no-effect/controller-alive': '컨트롤러 {id}은(는) 살아 있습니다',
        'scenario-no-effect/member-absent': '멤버 {member}은(는) 그룹 {group}에 없습니다',
        'scenario-no-effect/member-present': '멤버 {member}은(는) 이미 그룹 {group}에 있습니다',
        'expectation-depends-on-placement/striped': "`expect {expectation}`은(는) 모델이 {topic}에 고른 배치에서는 성립하지만, Kafka의 스트라이프 배치기가 고를 수 있는 배치 {tried}개 중 {disagree}개에서는 성립하지 않습니다(예: P{partition}이(가) {replicas}에 놓일 때). Kafka는 새 토픽의 배치를 무작위로 고르므로, 실제로 만들어지는 클러스터에서는 이 훈련이 실패할 수 있습니다. `assignment` 블록으로 배치를 고정하거나 실제 배치를 가져오세요.",
        'expectation-depends-on-placement/admin-utils': "`expect {expectation}`은(는) 시작 인덱스 0인 AdminUtils의 {topic} 배치에서는 성립하지만, Kafka가 무작위로 고르는 다른 시작 인덱스의 배치 {tried}개 중 {disagree}개에서는 성립하지 않습니다(예: P{partition}이(가) {replicas}에 놓일 때). `assignment` 블록으로 배치를 고정하거나 실제 배치를 가져오세요.",
        'fix/pin-assignment': "{topic}의 배치를 assignment 블록으로 고정",
        'expectation-not-evaluated': "기대 \"{expectation}\"을(를) 평가하지 않았습니다: {reason}. 통과도 실패도 아닙니다.",
        'expectation-not-evaluated/topic-budget': "토픽 {topic}이(가) 모델의 클러스터당 파티션 예산 {max}개를 넘습니다",
        'expectation-not-evaluated/no-model': "오류를 고치기 전에는 클러스터를 시뮬레이션할 수 없습니다",

        'fix/set-property': "{property} {value}(으)로 설정",
        'fix/set-two-properties': "{property} {value}, {other} {otherValue}(으)로 설정",
        'fix/add-broker': "broker {id} 추가",
        'fix/remove-broker': "브로커 {id} 제거",
        'fix/set-controllers': "controllers {count}(으)로 설정",
        'fix/ordering-key': "ordering key(키별 순서)로 변경",
        'fix/replace-key': "{suggestion}(으)로 바꾸기",
        'fix/merge-config': "기존 {key}에 합치기 (값을 {value}(으)로)",
        'fix/remove-config-entry': "config에서 {key} 삭제",
        'fix/set-config-value': "{key} = {value}(으)로 설정",
        'fix/replace-name': "'{suggestion}'(으)로 변경",
        'fix/set-acks-all': "acks all로 설정",
        'fix/insert-key': "key {field} 추가",
        'fix/set-members': "members {count}(으)로 설정",
        'fix/remove-idle-members': "유휴 멤버 {members} 삭제",
        'fix/set-assignor': "assignor {assignor} 사용",
        'fix/remove-earlier': "앞의 {property} 삭제",
        'fix/set-kafka-version': "kafka-version {version}으로 설정",
        'fix/set-feature': "features에 {feature} = {level} 설정",
        'fix/remove-step': "이 단계 삭제"
    },
    terms: {
        'share-group': '셰어 그룹',
        cluster: '클러스터',
        producer: '프로듀서',
        scenario: '시나리오',
        brokers: '브로커',
        controllers: '컨트롤러',
        topic: '토픽',
        group: '컨슈머 그룹',
        member: '멤버',
        broker: '브로커',
        rack: '랙',
        and: '와(과)',
        'name-empty': '비어 있습니다',
        'name-dot': '"."과 ".."은 사용할 수 없습니다',
        'name-too-long': '249자를 넘습니다',
        'name-illegal-chars': '[a-zA-Z0-9._-] 이외의 문자가 있습니다'
    },
    failover: {
        clusterNotFound: (c) => `파일에 ${c} 클러스터가 없습니다.`,
        documentNotFound: (uri) => `언어 서버가 ${uri} 파일을 읽을 수 없습니다.`,
        notSimulated: (reason) => `이 클러스터는 시뮬레이션할 수 없습니다: ${reason}.`,
        noEffect: (reason) => (reason ? `${reason}: 바뀌는 것이 없습니다` : '바뀌는 것이 없습니다'),
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
    },
    hints: {
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
    },
    rename: {
        invalidTopicName: (name, problem) => `"${name}"은(는) 올바른 Kafka 토픽 이름이 아닙니다: ${{
            empty: '비어 있습니다',
            dot: '"."과 ".."은 쓸 수 없습니다',
            'too-long': '249자를 넘습니다',
            'illegal-chars': '영문자, 숫자, ".", "_", "-"만 쓸 수 있습니다'
        }[problem]}.`,
        reservedTopicName: (name) => `"${name}"은(는) "__"로 시작합니다. "__"는 Kafka 내부 토픽용입니다.`,
        topicExists: (name) => `클러스터에 이미 토픽 "${name}"이(가) 있습니다.`,
        topicCollides: (name, other) => `"${name}"은(는) 토픽 "${other}"와(과) 충돌합니다: Kafka는 메트릭 이름에서 "."과 "_"를 같게 취급하므로 두 번째 토픽을 거부합니다.`,
        emptyName: '새 이름이 비어 있습니다.',
        controlCharacter: '이름에는 줄바꿈, 탭 같은 제어 문자를 쓸 수 없습니다.',
        groupExists: (name) => `클러스터에 이미 컨슈머 그룹 "${name}"이(가) 있습니다.`,
        memberExists: (name, group) => `그룹 "${group}"에 이미 멤버 "${name}"이(가) 있습니다.`,
        countedMember: (member, group) => `"${member}"은(는) 그룹 "${group}"의 개수로 정한 멤버(members N)이므로 이름이 그룹에서 옵니다. 그룹 이름을 바꾸거나 멤버를 이름으로 나열하세요.`
    },
    symbols: {
        partitions: (n) => `파티션 ${n}개`,
        brokers: (n) => `브로커 ${n}대`,
        rack: (name) => `랙 ${name}`,
        racks: (names) => `랙 ${names.join(', ')}`,
        members: (n) => `멤버 ${n}명`,
        steps: (n) => `단계 ${n}개`
    },
    syntax: {
        terminals: { ID: '이름', STRING: '따옴표 문자열', INT: '숫자', DECIMAL: '숫자', QUANTITY: '기간 또는 크기', EOF: '파일 끝' },
        or: ' 또는 ',
        more: ' 등'
    },
    changeSafety: {
        exportReassignment: (base) => `재할당 파일과 롤백 파일 내보내기 (${base} 기준)`
    },
    release: {
        modelled: (version, patch, declared) =>
            `Kafka ${code(version)} (${patch} 기준)${declared ? '' : ', 모델이 지원하는 최신 릴리스: 다른 릴리스는 `kafka-version`으로 지정'}`,
        uncovered: (declared, version) => `${code(declared)}은(는) 모델이 지원하지 않아 Kafka ${code(version)}로 검사`,
        elr: (on) =>
            on
                ? 'ELR 켜짐: 마지막 ISR 복제본도 ISR에서 빠져 적격 리더(ELR)로 남고, 크래시한 브로커는 재시작할 때 그 자리를 잃음'
                : 'ELR 꺼짐: 마지막 ISR 복제본이 ISR에 남고, 돌아오면 리더로 선출됨'
    }
};
