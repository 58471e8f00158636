// The server's words in Korean: the same shape as en.ts (a missing entry is a compile error).
import { describeSkippedTopic } from '../../simulator/index.js';
import type { Catalogue } from './index.js';
import { bound, code, codeList, someOf } from './wording.js';

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
        'idempotent-needs-acks-all': '프로듀서 {producer}이(가) acks={acks}와 함께 idempotent true를 설정합니다. Kafka는 이 프로듀서 설정을 거부하므로 ("Must set acks to all in order to use the idempotent producer") 프로듀서가 시작되지 않습니다. acks all로 설정하거나 idempotent true를 빼세요 (그러면 클라이언트가 조용히 멱등성을 끕니다).',
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
    },
    hover: {
        kind: { cluster: '클러스터', topic: '토픽', group: '컨슈머 그룹', shareGroup: '공유 그룹', producer: '프로듀서', broker: '브로커', rack: '랙', member: '멤버', controller: '컨트롤러' },
        origin: (origin, line) =>
            origin === 'kafka' ? 'Kafka 기본값' : `${origin === 'topic' ? '이 토픽' : code('defaults')}${line === undefined ? '' : ` (${line}행)`}`,
        settingsHeader: ['설정', '값', '출처'],
        uncleanElection: 'unclean 리더 선출',
        ordering: (o) => (o.mode === 'key' ? (o.field ? `key ${code(o.field)}` : 'key') : o.mode),
        placementTitle: '**복제본 배치** — 첫 번째 복제본 = 선호 리더',
        placementHeader: ['파티션', '리더', '팔로워'],
        morePartitions: (rest) => `… 외 파티션 ${rest}개`,
        layoutOrigin: (placer) =>
            placer === 'striped'
                ? '*Kafka가 고를 수 있는 배치 중 하나*: KRaft의 `StripedReplicaPlacer`는 무작위 브로커에서 시작합니다(모델은 토픽 이름으로 시드를 정합니다). 실제 배치는 `kafka-topics --describe`에 있습니다: 가져오거나 `assignment` 블록으로 고정하세요.'
                : '*AdminUtils 배치*(시작 인덱스 0, `placement admin-utils`)입니다. Kafka는 시작 위치를 무작위로 고릅니다. 실제 배치는 `kafka-topics --describe`에 있습니다: 가져오거나 `assignment` 블록으로 고정하세요.',
        toleranceTitle: '**장애 허용**',
        survives: (unit, w, r) => {
            const u = unit === 'broker' ? '브로커' : '랙';
            const c = unit === 'broker' ? '대' : '개';
            return `acks=all 쓰기는 ${u} ${bound(w, '최소')}${c} 장애까지, 읽기는 ${bound(r, '최소')}${c} 장애까지 견딥니다`;
        },
        writesStopWhen: (unit, set) => `(${unit === 'broker' ? '브로커' : '랙'} ${set.join(', ')} 장애 → 쓰기 불가)`,
        quorumLost: (failed, voters, majority) =>
            `브로커 ${failed}대가 멈추면 브로커들의 쿼럼(투표자 ${voters}개 중 과반수 ${majority}개 생존 필요)을 잃어 새 리더를 선출할 수 없습니다.`,
        producersLabel: '프로듀서',
        groupsLabel: '컨슈머 그룹',
        unusedTopic: '이 토픽을 쓰는 프로듀서나 컨슈머 그룹이 없습니다.',
        notModelled: (reason) => `시뮬레이션할 수 없습니다: ${reason}.`,
        skipped: (e) => describeSkippedTopic(e, 'ko'),
        duplicateDeclaration: (line) => `다시 선언되었습니다: Kafka는 첫 번째 선언(${line}행)을 유지합니다.`,

        groupSummary: (assignor, members, partitions, topics) => `어사이너 ${code(assignor)}: 멤버 ${members}명, ${codeList(topics)}의 파티션 ${partitions}개`,
        memberHeader: ['멤버', '파티션'],
        idle: (members) => `⚠ 유휴 멤버: ${members} — 파티션보다 멤버가 많습니다. 한 그룹에서 파티션 하나는 멤버 하나만 읽습니다.`,
        uneven: (min, max) => `부하 불균형: 멤버마다 파티션 ${min}~${max}개.`,
        groupWithoutTopics: '아직 선언된 토픽을 구독하지 않아 할당할 것이 없습니다.',
        shareGroupDelivery:
            '멤버는 레코드 묶음을 가져와 확인(ack)할 때까지 획득 잠금(`group.share.record.lock.duration.ms`, 30초)으로 잡아 두고, 잠금이 만료된 레코드는 다시 전달되며 `group.share.delivery.count.limit`(5)번 전달된 레코드는 보관 처리되어 더는 전달되지 않습니다. 브로커는 멤버가 파티션보다 많을 때에만 한 파티션을 여러 멤버에게 나눠 줍니다(`simple` 할당자, Kafka 4.2).',
        moreMembers: (rest) => `… 외 멤버 ${rest}명`,
        memberOf: (group) => `(${code(group)})`,
        memberDetail: (group) => `${group}의 멤버`,
        memberIdle: '유휴: 파티션 없음',

        brokerRack: (rack) => `랙 ${code(rack)}`,
        quorumVoter: '쿼럼 투표자',
        leadsAndFollows: (leads, follows) => `정상 상태에서 파티션 ${leads}개의 리더, ${follows}개의 팔로워입니다 (리더 = 첫 번째 복제본).`,
        brokerHeader: ['토픽', '리더', '팔로워'],
        noReplicas: '파티션 복제본이 없습니다.',
        undeclaredBroker: (id, cluster) => `브로커 ${id}은(는) 클러스터 ${code(cluster)}에 선언되지 않았습니다.`,
        moreTopics: (rest) => `… 외 토픽 ${rest}개`,

        rackBrokers: (brokers) =>
            brokers.length === 1 ? `브로커 ${codeList(brokers)}: 이 랙이 장애 나면 멈춥니다.` : `브로커 ${codeList(brokers)}: 이 랙이 장애 나면 모두 한꺼번에 멈춥니다.`,
        unknownRack: (rack, cluster) => `클러스터 ${code(cluster)}에 랙 ${code(rack)}에 속한 브로커가 없습니다.`,
        controller: (id, count, majority) => `전용 컨트롤러 ${count}개 중 ${id}번: 과반수 ${majority}개가 살아 있어야 하므로 ${count - majority}개까지 장애를 허용합니다.`,
        unknownController: (id, count) => `컨트롤러 ${id}은(는) 없습니다: 전용 컨트롤러는 ${count}개(1..${count})입니다.`,
        combinedMode: '전용 컨트롤러가 없습니다: 브로커들이 쿼럼을 이룹니다(combined 모드).',
        quorumOf: (voters, kind, majority) =>
            `쿼럼: ${kind === 'brokers' ? '브로커' : '컨트롤러'} ${voters}개, 과반수 ${majority}: 투표자 ${Math.max(0, voters - majority)}개 장애 허용`,
        counts: (brokers, topics, producers, groups) => `브로커 ${brokers}개 · 토픽 ${topics}개 · 프로듀서 ${producers}개 · 컨슈머 그룹 ${groups}개`,
        racks: (racks) => `랙 ${codeList(racks)}`,
        profile: (profile) => `프로파일 ${code(profile)}`,

        acks: (acks) => `acks ${code(acks)}`,
        key: (field) => `key ${code(field)}`,
        writesTo: (topics) => `${codeList(topics)}에 씁니다.`,
        acksRisk: '⚠ acks=all이 아니면, 팔로워가 복제하기 전에 리더가 장애 날 때 쓰기가 유실됩니다.',
        idempotence: (state, acks) =>
            state === 'on'
                ? '멱등성: 재시도로 생기는 중복을 브로커가 버립니다 (enable.idempotence, Kafka 3.0부터 기본값).'
                : state === 'off'
                  ? '멱등성 꺼짐 (`idempotent false`): 재시도한 쓰기가 두 번 저장될 수 있습니다.'
                  : state === 'quietly-off'
                    ? `멱등성 꺼짐: acks=${acks}이면 클라이언트가 기본값 enable.idempotence=true를 조용히 끕니다 (Kafka 3.0 이상). 재시도한 쓰기가 두 번 저장될 수 있습니다.`
                    : `Kafka가 이 프로듀서를 거부합니다: \`idempotent true\`에는 acks=all이 필요합니다 (acks=${acks} 설정됨).`,
        producesNothing: '아직 선언된 토픽에 쓰지 않습니다.',

        configType: (type, unit) => (unit ? `${type} (${unit === 'ms' ? '밀리초' : '바이트'})` : type),
        defaultValue: (value) => `기본값 ${value}`,
        durationInput: '기간(500ms, 30s, 15m, 12h, 7d) 또는 밀리초 숫자를 받습니다.',
        sizeInput: '크기(512B, 100KiB, 64MiB, 1GiB, 1GB) 또는 바이트 숫자를 받습니다.',
        values: (values, isList) => `값: ${codeList(values)}${isList ? ' (쉼표로 여러 개 지정 가능)' : ''}.`,
        atLeast: (min) => `${min} 이상.`,
        between: (min, max) => `${min}부터 ${max}까지.`,
        clusterWide: (brokerKey) => `클러스터 전체 기본값: 브로커 설정 ${code(brokerKey)}.`,
        here: (text, normalized) => `여기: ${code(text)} = ${normalized}.`,
        unknownConfig: (key, suggestion) => `${code(key)}은(는) Kafka 토픽 설정이 아닙니다.${suggestion ? ` ${code(suggestion)}을(를) 뜻했나요?` : ''}`,

        kafkaDefault: 'Kafka 기본값',
        topicDetail: (partitions, rf) => `토픽 · 파티션 ${partitions}개 · RF ${rf}`,
        groupDetail: (assignor, members) => `컨슈머 그룹 · ${assignor} · 멤버 ${members}명`,
        shareGroupDetail: (members) => `공유 그룹 · 멤버 ${members}명`,
        brokerDetail: (rack, leads) =>
            ['브로커', rack === undefined ? undefined : `랙 ${rack}`, leads === undefined ? undefined : `리더 파티션 ${leads}개`]
                .filter((s) => s !== undefined)
                .join(' · '),
        rackDetail: (brokers) => `랙 · 브로커 ${brokers.join(', ')}`,
        controllerDetail: (id, count) => `컨트롤러 ${id}/${count}`,
        snippet: {
            cluster: '새 클러스터: 브로커 3개, RF 3, min ISR 2',
            topic: '새 토픽',
            producer: 'acks all인 새 프로듀서',
            'consumer-group': '새 컨슈머 그룹',
            scenario: '새 장애 시나리오'
        }
    },
    /** The Kafka concepts behind the keywords: hover shows `title — summary` and the body; completion the summary and the body. */
    concepts: {
        cluster: {
            title: 'Kafka 클러스터',
            summary: '여러 Broker로 구성된 Kafka 시스템 전체.',
            body: '토픽은 파티션으로 나뉘고 각 파티션은 여러 브로커에 복제되므로, 브로커 하나가 장애 나도 클러스터는 계속 동작합니다(클러스터링 + 레플리케이션). 파티션 리더와 ISR은 컨트롤러 쿼럼(KRaft)이 결정합니다.'
        },
        profile: {
            title: '프로파일',
            summary: '적용할 안전 검사: `production`(기본값) 또는 `development`.',
            body: '`production`은 이벤트나 가용성을 잃을 수 있는 구성에 경고합니다: 브로커 3개 미만, 쿼럼 투표자 3개 미만, replication-factor 3 미만, min-insync-replicas 1. `development`는 노트북 클러스터를 위해 이 경고를 없애고, acks 0/1은 정보로만 알려 줍니다.'
        },
        'profile-production': {
            title: 'production',
            summary: '운영 환경 검사: 브로커 3개 이상, RF 3, min ISR 2, acks all.',
            body: '노트의 실무 권장 구성: 3개 이상의 홀수개 Broker, replication-factor 3, min-insync-replicas 2, `acks all` 프로듀서. 이보다 약한 구성은 경고로 알려 줍니다.'
        },
        'profile-development': {
            title: 'development',
            summary: '개발 환경 검사: 브로커 1개, RF 1도 괜찮습니다.',
            body: '실제 장애에서만 의미 있는 경고(브로커나 투표자 부족, 낮은 복제 계수, min ISR 1)를 끄고, acks 0/1은 정보 수준으로 낮춥니다.'
        },
        controllers: {
            title: '컨트롤러 쿼럼 (KRaft)',
            summary: '메타데이터 변경을 투표로 결정하는 전용 KRaft 컨트롤러.',
            body: '리더 선출, ISR 변경, 장애 브로커 펜싱은 투표자의 과반수(Quorum, voters / 2 + 1)가 살아 있을 때만 커밋됩니다. `controllers`가 없으면 브로커들이 직접 투표합니다(combined 모드). 홀수개를 쓰세요: 3개는 1개, 5개는 2개 장애를 허용하고, 4개도 1개만 허용합니다.'
        },
        quorum: {
            title: '쿼럼',
            summary: '투표자(컨트롤러, 없으면 브로커)의 과반수가 살아 있는지.',
            body: '`expect quorum` / `expect no quorum`. 과반수(Quorum)가 없으면 메타데이터 변경이 커밋되지 않습니다: 리더 선출도 ISR 변경도 없으므로, 장애 난 브로커가 리더였던 파티션은 쿼럼이 돌아올 때까지 사용할 수 없습니다.'
        },
        broker: {
            title: '브로커',
            summary: '파티션 복제본을 저장하고 메시지를 전달하는 Kafka 서버 인스턴스.',
            body: '파티션마다 리더(Leader) 복제본 하나가 한 브로커에 있어 읽기/쓰기를 모두 처리하고, 다른 브로커의 팔로워(Follower)가 이를 복제합니다. 브로커 id는 고유해야 하며, 시나리오에서 `fail broker N` / `recover broker N`으로 멈추고 되살립니다.'
        },
        brokers: {
            title: '브로커 범위',
            summary: '`brokers 1..5`는 브로커 1부터 5까지를 한 번에 선언합니다.',
            body: '블록의 속성은 범위의 모든 브로커에 적용되고, `racks "a", "b", "c"`는 랙을 id 순서대로 돌아가며 나눠 줍니다(1 → a, 2 → b, 3 → c, 4 → a, …).'
        },
        rack: {
            title: '랙',
            summary: '장애 도메인: 가용 영역(AZ), 랙, 전산실.',
            body: '모든 브로커에 랙이 있으면 Kafka의 랙 인식 배치가 파티션의 복제본을 서로 다른 랙에 둡니다. 그래서 랙 하나를 잃어도 파티션마다 복제본은 최대 하나만 잃습니다(RF ≤ 랙 수일 때). 모든 브로커에 랙을 주거나 아무에게도 주지 마세요: 일부만 있으면 Kafka가 배치를 거부합니다.'
        },
        host: {
            title: '호스트',
            summary: '파일을 읽는 사람을 위한 브로커 주소.',
            body: '문서 용도일 뿐, 시뮬레이션에는 쓰이지 않습니다.'
        },
        defaults: {
            title: '토픽 기본값',
            summary: '클러스터의 모든 토픽이 따로 정하지 않으면 물려받는 설정.',
            body: 'partitions, replication-factor, min-insync-replicas, ordering, config 항목. 토픽에도 `defaults`에도 없으면 Kafka 브로커 기본값을 씁니다: num.partitions=1, default.replication.factor=1, min.insync.replicas=1.'
        },
        topic: {
            title: '토픽',
            summary: '이벤트의 종류를 구별하는 식별자(예: `order-created`).',
            body: 'Producer가 이벤트를 발행하고 Consumer Group이 컨슘하며, 서로를 알 필요가 없습니다(느슨한 결합). 토픽은 파티션으로 나뉘고, 각 파티션은 `replication-factor`개의 브로커에 복제됩니다.'
        },
        partitions: {
            title: '파티션',
            summary: '토픽의 병렬 처리 단위: Partition 개수만큼 병렬 처리 가능.',
            body: '한 Consumer Group에서 파티션 하나는 멤버 하나만 읽으므로, 파티션 수가 병렬로 일하는 컨슈머 수의 상한입니다. 순서는 각 Partition 내부에서만 보장되고 Topic 전체로는 보장되지 않습니다. 같은 키는 같은 파티션으로 가며(murmur2(key) mod 파티션 수), 나중에 파티션을 늘리면 이 매핑이 바뀝니다.'
        },
        'replication-factor': {
            title: '복제 계수 (Replication Factor)',
            summary: '파티션의 복제본 개수: Leader 1개 + Follower (RF − 1)개.',
            body: '복제본은 각각 다른 브로커에 있으므로 RF는 브로커 수를 넘을 수 없습니다. Leader가 읽기/쓰기를 처리하고 Follower는 복제만 하다가, Leader 장애 시 그중 하나가 승격됩니다. 운영 환경에서는 보통 3을 씁니다: min-insync-replicas 2와 함께면 브로커 1개 장애에도 쓰기를 잃지 않습니다.'
        },
        'min-insync-replicas': {
            title: '최소 동기화 복제본 (Min In-Sync Replicas)',
            summary: '`acks=all` 쓰기에 필요한 ISR 수 (min.insync.replicas).',
            body: '예: `min.insync.replicas=2`이면 Leader + 최소 1개 Follower가 동기화되어야 쓰기 성공. 살아 있는 ISR이 더 적으면 프로듀서는 NOT_ENOUGH_REPLICAS를 받고 아무것도 쓰이지 않습니다. RF 3 + min ISR 2는 브로커 1개 장애를 허용하고, min ISR = RF는 하나도 허용하지 않습니다. `acks=0`/`acks=1` 쓰기는 이 값을 보지 않습니다.'
        },
        isr: {
            title: 'ISR (In-Sync Replicas)',
            summary: 'Leader와 동기화 상태를 유지하는 Replica 목록.',
            body: 'Leader 장애 시 ISR 내의 Follower만 Leader로 선출될 수 있습니다(clean election). 동기화가 늦어진 Follower(replica.lag.time.max.ms, 30초)는 ISR에서 제외되고, 복구된 브로커는 따라잡은 뒤 다시 ISR에 들어갑니다.'
        },
        ordering: {
            title: '순서 보장',
            summary: '토픽의 순서 보장 방식: `none`, `key <필드>`, `total`.',
            body: 'Kafka는 Partition 내부에서만 순서를 보장합니다. `key F`: 프로듀서가 F를 레코드 키로 보내 같은 F의 이벤트가 같은 파티션에 순서대로 들어갑니다(예: userId, orderId). `total`: 토픽 전체 순서로, Partition 개수를 1개로 해야 합니다(병렬 처리 없음). `none`(기본값): 보장 없음.'
        },
        description: {
            title: '설명',
            summary: '토픽 이벤트의 의미를 적는 설명 (호버에 표시).',
            body: '자유 텍스트이며 Kafka 동작에는 영향이 없습니다.'
        },
        config: {
            title: '토픽 설정',
            summary: 'Kafka 토픽 설정 `key = value`, 예: `retention.ms = 7d`.',
            body: 'Kafka의 토픽 수준 설정 전부: retention.ms, cleanup.policy, compression.type, max.message.bytes, … 기간(500ms, 30s, 15m, 12h, 7d)과 크기(64MiB, 1GB)는 밀리초와 바이트로 변환됩니다. 키에 마우스를 올리면 설명이 보입니다.'
        },
        assignment: {
            title: '명시적 복제본 배치',
            summary: '`파티션: [브로커들]`로 Kafka의 자동 배치를 대신합니다.',
            body: '목록의 첫 브로커가 선호 리더(preferred leader)이고 나머지는 팔로워입니다. 파티션 0..partitions−1을 모두 적고, 각각 replication-factor개의 서로 다른, 선언된 브로커를 적으세요.'
        },
        producer: {
            title: '프로듀서',
            summary: '토픽에 이벤트를 발행(Publish)하는 서비스.',
            body: '`acks`는 쓰기가 언제 완료로 간주되는지(그리고 리더 장애 시 유실될 수 있는지)를, `key`는 각 레코드의 파티션을 정해 키별 순서를 지킵니다.'
        },
        produces: {
            title: 'produces',
            summary: '이 프로듀서가 쓰는 토픽.',
            body: '같은 클러스터의 토픽 이름을 쉼표로 구분해 적습니다.'
        },
        acks: {
            title: 'acks',
            summary: '쓰기가 완료로 간주되는 시점: `0`, `1`, `all`(기본값).',
            body: '`0`: 기다리지 않아 유실돼도 모릅니다. `1`: 리더가 저장하면 완료이며, 팔로워가 복제하기 전에 리더가 죽으면 유실됩니다. `all`(Kafka 3.0부터 기본값): 모든 ISR이 받아야 완료이고, ISR이 min-insync-replicas 이상일 때만 성공합니다. 이벤트 유실 방지를 위해 `all`을 쓰세요.'
        },
        'acks-0': {
            title: 'acks 0',
            summary: '보내고 잊기: 응답을 전혀 기다리지 않음.',
            body: '가장 빠르지만, 전송 중이나 리더 장애로 잃은 쓰기를 알 수 없습니다.'
        },
        'acks-1': {
            title: 'acks 1',
            summary: '리더가 저장하면 응답.',
            body: '팔로워가 아직 복제하지 않은 쓰기는 리더가 장애 나면 유실됩니다.'
        },
        'acks-all': {
            title: 'acks all',
            summary: '모든 ISR이 저장하면 응답 (기본값).',
            body: 'ISR이 min-insync-replicas보다 적으면 NOT_ENOUGH_REPLICAS로 거부됩니다: 정상적인 장애 조치에서 응답받은 이벤트는 유실되지 않습니다.'
        },
        key: {
            title: '레코드 키',
            summary: '레코드 키로 보내는 필드로, 파티션을 정합니다.',
            body: '같은 키의 레코드는 같은 파티션으로 갑니다(toPositive(murmur2(key)) mod 파티션 수). 그래서 한 키의 이벤트는 순서가 유지됩니다. 키가 없는 레코드는 sticky 파티셔너가 여러 파티션에 흩뜨리므로 키별 순서가 없습니다.'
        },
        idempotent: {
            title: '멱등 프로듀서',
            summary: '재시도로 중복이 쓰일 수 있는지 (기본값 `true`).',
            body: '`true`(enable.idempotence, Kafka 3.0부터 기본값)이면 브로커가 재시도로 생긴 중복을 버려, 각 쓰기가 파티션마다 한 번, 순서대로 저장됩니다.'
        },
        'consumer-group': {
            title: '컨슈머 그룹',
            summary: '토픽을 나눠 읽는 컨슈머 묶음: 파티션 하나는 멤버 하나에게.',
            body: '다른 Consumer Group은 같은 메시지를 독립적으로 처리합니다(예: 주문 서비스, 알림 서비스). 같은 그룹 안에서는 파티션 하나를 멤버 하나만 읽으므로, 파티션보다 많은 멤버는 유휴(idle) 상태가 됩니다(1 Partition : N Consumer 불가능). 베스트 프랙티스는 1 Partition : 1 Consumer입니다.'
        },
        consumes: {
            title: 'consumes',
            summary: '이 컨슈머 그룹이 구독하는 토픽.',
            body: '어사이너가 이 토픽들의 모든 파티션을 그룹 멤버에게 나눠 줍니다.'
        },
        members: {
            title: '멤버',
            summary: '그룹의 컨슈머: `members 3` 또는 `members [A-1, A-2]`.',
            body: '개수로 적으면 멤버 이름은 `<그룹>-1 … <그룹>-n`입니다. 파티션보다 멤버가 많으면 일부가 유휴 상태가 되고, 적으면 일부 멤버가 여러 파티션을 읽습니다(N Partition : 1 Consumer).'
        },
        assignor: {
            title: '어사이너',
            summary: '파티션을 멤버에게 나누는 방식 (partition.assignment.strategy).',
            body: '`range`(기본값): 토픽마다 연속된 파티션을 나누며 앞쪽 멤버가 남는 것을 받습니다. `roundrobin`: 모든 파티션을 차례로 돌려 줍니다. `sticky`: 균형을 맞추고 리밸런스 때 기존 할당을 최대한 유지합니다. `cooperative-sticky`: sticky와 같되, 파티션이 옮겨지는 동안에도 다른 멤버는 계속 컨슘합니다.'
        },
        'assignor-range': {
            title: 'range 어사이너',
            summary: '토픽마다 연속된 파티션을 나누고, 앞쪽 멤버가 하나씩 더 받습니다.',
            body: '멤버는 id 순으로 정렬되고, 파티션 p개와 멤버 m명이면 앞의 p mod m명이 하나씩 더 받습니다. 토픽이 여럿이면 같은 앞쪽 멤버가 매 토픽의 나머지를 받아 부하가 고르지 않을 수 있습니다.'
        },
        'assignor-roundrobin': {
            title: 'roundrobin 어사이너',
            summary: '구독한 모든 파티션을 멤버에게 차례로 나눠 줍니다.',
            body: '토픽, 파티션 순으로 정렬한 파티션을 멤버에게 하나씩 돌려 주므로, 모든 멤버가 같은 토픽을 구독하면 개수 차이가 최대 1입니다.'
        },
        'assignor-sticky': {
            title: 'sticky 어사이너',
            summary: '균형을 맞추고, 리밸런스 때 기존 할당을 유지합니다.',
            body: '멤버가 나가거나 들어오면 균형에 필요한 파티션만 옮기고 나머지는 원래 주인에게 남깁니다(다시 쌓을 상태가 적음).'
        },
        'assignor-cooperative-sticky': {
            title: 'cooperative-sticky 어사이너',
            summary: 'sticky를 협력적으로 리밸런스: 전체 중단이 없습니다.',
            body: '옮겨질 파티션은 먼저 이전 주인에게서 회수되고 다음 리밸런스에서 할당되므로, 그동안 다른 멤버는 계속 컨슘합니다.'
        },
        scenario: {
            title: '장애 시나리오',
            summary: '입력하는 동안 검사되는 장애 복구(Failover) 훈련.',
            body: '정상 클러스터에서 시작해 단계를 순서대로 실행합니다: 브로커·랙·컨트롤러·멤버를 `fail` / `recover`, `elect-preferred`, 그리고 `expect`가 그 시점의 상태를 검사합니다. 맞지 않는 기대는 해당 줄에 표시됩니다.'
        },
        fail: {
            title: 'fail',
            summary: '브로커 크래시(SIGKILL), 랙 전체의 동시 장애, 컨트롤러 또는 그룹 멤버를 멈춥니다.',
            body: '컨트롤러가 크래시한 브로커를 펜싱합니다: 모든 ISR에서 빠지고, 그 브로커가 리더였던 파티션은 배치 순서상 첫 번째로 살아 있는 ISR 복제본을 선출합니다. ELR 꺼짐(3.9, 4.0): 마지막 ISR 멤버는 ISR에 남고 파티션은 그 브로커가 돌아올 때까지 오프라인입니다. ELR 켜짐(4.1 이상): 마지막 멤버도 ISR에서 빠져 ISR이 비고 적격 리더(ELR)로 남지만, 크래시한 브로커는 재시작할 때 그 자리를 잃습니다. unclean election이 켜져 있으면 뒤처진 복제본이 리더가 되어 이벤트가 유실될 수 있습니다. 쿼럼이 필요합니다: 쿼럼이 없으면 아무것도 펜싱되지 않고, 투표자 과반수를 함께 가져간 랙 장애는 파티션에 죽은 리더를 남깁니다.'
        },
        recover: {
            title: 'recover',
            summary: '브로커, 랙, 컨트롤러를 재시작하거나 멤버를 되돌립니다.',
            body: '재시작한 브로커는 쿼럼에 등록합니다. 쿼럼이 없으면 등록할 수 없어 쿼럼이 돌아올 때까지 아무것도 서비스하지 않습니다. 등록 후, 리더가 없고 ISR에 그 브로커가 있는 파티션은 그 브로커를 선출합니다(ELR 켜짐: ISR이 비고 ELR에 있으면 클린 선출, ISR과 ELR이 모두 비면 마지막 리더를 선출하며 Kafka는 이를 언클린으로 봄). ELR이 켜져 있으면 크래시 후에는 먼저 ELR 자리를 잃고, `stop broker` 후에는 유지합니다. 나머지 파티션에서는 따라잡은 뒤 ISR에 다시 들어갑니다. 리더 자리는 `elect-preferred` 전까지 돌아가지 않습니다.'
        },
        'elect-preferred': {
            title: '선호 리더 선출',
            summary: '각 파티션의 리더를 첫 번째 복제본으로 되돌립니다.',
            body: '선호 리더(첫 번째 복제본)가 살아 있고 ISR에 있는 파티션은 그 복제본이 다시 리더가 됩니다. auto.leader.rebalance.enable이 300초마다 하는 일로, 리더를 브로커들에 다시 고르게 나눕니다(부하 분산).'
        },
        expect: {
            title: 'expect',
            summary: '시나리오의 이 시점에서 시뮬레이션 상태를 검사합니다.',
            body: '`<토픽> writable | not writable | readable | not readable | fully-replicated | under-replicated`, `quorum` / `no quorum`, `no data-loss`, `group <그룹> balanced`.'
        },
        writable: {
            title: 'writable',
            summary: '모든 파티션이 `acks=all` 쓰기를 받습니다.',
            body: '리더가 살아 있고 ISR이 min(min-insync-replicas, RF)개 이상이며 모두 살아 있어야 합니다. `acks=0`/`acks=1` 프로듀서는 살아 있는 리더만 있으면 됩니다.'
        },
        readable: {
            title: 'readable',
            summary: '모든 파티션에 살아 있는 리더가 있어 컨슈머가 읽을 수 있습니다.',
            body: '컨슈머는 리더에서만 읽으며, 리더가 없는 파티션은 오프라인입니다.'
        },
        'fully-replicated': {
            title: 'fully-replicated',
            summary: '모든 파티션의 복제본이 모두 ISR에 있습니다.',
            body: '복제가 부족한 파티션이 없습니다: 모든 곳에서 |ISR| = RF.'
        },
        'under-replicated': {
            title: 'under-replicated',
            summary: 'ISR이 RF보다 적은 파티션이 있습니다.',
            body: '|ISR| < RF, 예를 들어 브로커가 멈춘 동안 — Kafka의 UnderReplicatedPartitions 지표입니다.'
        },
        'data-loss': {
            title: 'no data-loss',
            summary: 'unclean 리더 선출이 일어나지 않았습니다.',
            body: '동기화되지 않은 복제본이 리더가 된 적이 없으므로 응답받은 이벤트는 유실되지 않았습니다(이벤트 유실 방지). unclean 선출은 unclean.leader.election.enable이 true일 때만 일어납니다.'
        },
        balanced: {
            title: 'group … balanced',
            summary: '유휴 멤버도, 멈춘 멤버도 없습니다.',
            body: '모든 멤버가 파티션을 가지고, 리더가 죽은 파티션에서 기다리는 멤버가 없습니다.'
        },
        'member-target': {
            title: 'member … in …',
            summary: '컨슈머 그룹의 멤버가 나가거나(`fail`) 다시 들어옵니다(`recover`).',
            body: '그룹이 리밸런스되어 어사이너가 남은 멤버에게 파티션을 다시 나눕니다.'
        },
        'kafka-version': {
            title: 'Kafka 릴리스',
            summary: '모델이 재현하는 Kafka 릴리스: 3.9, 4.0, 4.1, 4.2, 4.3, 4.4 (기본값: 모델이 지원하는 최신 릴리스 4.4).',
            body: '릴리스는 새로 포맷한 클러스터의 기능 레벨을 정합니다: ELR(적격 리더 복제본, KIP-966)은 4.1부터, 컨슈머 프로토콜 그룹(KIP-848)은 4.0부터, 공유 그룹(KIP-932)은 4.2부터. 이전 릴리스에서 업그레이드한 클러스터는 예전 레벨을 유지하므로 `features`로 적어 주세요.'
        },
        features: {
            title: '기능 레벨',
            summary: '릴리스 기본값을 덮어쓰는 Kafka 기능 레벨(`kafka-features.sh`).',
            body: '`eligible.leader.replicas.version = 1`은 ELR을, `group.version = 1`은 컨슈머 그룹 프로토콜을, `share.version = 1`은 공유 그룹을 켭니다. 클러스터는 `kafka-features.sh upgrade` 전까지 업그레이드 후에도 레벨을 유지합니다.'
        },
        placement: {
            title: '복제본 배치',
            summary: '새 토픽의 복제본을 놓는 알고리즘: `striped`(KRaft, 기본값) 또는 `admin-utils`.',
            body: '`striped`는 KRaft에서 `kafka-topics --create`가 쓰는 StripedReplicaPlacer(무작위 시작)이며, 모델은 Kafka가 고를 수 있는 배치 하나를 보여 줍니다. `admin-utils`는 시작 인덱스 0의 AdminUtils입니다. 실제 배치는 `assignment`로 고정하세요.'
        },
        protocol: {
            title: '그룹 프로토콜',
            summary: '`classic`(클라이언트 측 어사이너, 기본값) 또는 `consumer`(KIP-848, 브로커가 할당).',
            body: '`protocol consumer`에서는 그룹 코디네이터가 서버 측 어사이너(기본 `uniform`, 또는 `range`)로 파티션을 할당하고, 그룹 전체를 멈추지 않고 점진적으로 리밸런스합니다. `group.version ≥ 1`(Kafka 4.0+)이 필요합니다.'
        },
        'share-group': {
            title: '공유 그룹',
            summary: '여러 컨슈머가 한 파티션을 함께 읽습니다(KIP-932): 토픽 위의 큐.',
            body: '브로커의 `simple` 할당자가 파티션을 멤버들에게 나누고, 멤버가 파티션보다 많으면 한 파티션을 여러 멤버에게 주므로 유휴 멤버가 없습니다. 레코드는 시간 제한이 있는 잠금으로 획득되어 하나씩 확인(ack)되며, 너무 여러 번 전달된 레코드는 보관 처리되며, 키별 순서는 지켜지지 않습니다. `share.version ≥ 1`(기본값은 Kafka 4.2부터)이 필요합니다.'
        },
        stop: {
            title: 'stop broker',
            summary: '정상 종료(SIGTERM): 브로커가 먼저 리더 역할을 넘깁니다.',
            body: '컨트롤러가 종료 전에 리더 역할을 옮기고 모든 ISR에서 빼므로, 리더와 ISR 결과는 장애(`fail`)와 같습니다. 차이는 재시작입니다: ELR이 켜져 있으면(4.1 이상, 또는 eligible.leader.replicas.version = 1) 정상 종료한 브로커는 적격 리더(ELR) 자리를 유지해 클린 선출될 수 있지만, 크래시한 브로커는 그 자리를 잃습니다. ELR이 꺼져 있으면(3.9, 4.0) 둘 다 같게 재시작합니다.'
        },
        'assignor-uniform': {
            title: 'uniform 어사이너(서버 측)',
            summary: '`protocol consumer` 그룹의 브로커 기본 어사이너: 균형 + 기존 할당 유지.',
            body: '그룹 코디네이터가 파티션을 멤버에게 고르게 나누고, 리밸런스 때 현재 할당에서 시작해 옮겨지는 파티션을 최소로 합니다.'
        }
    },
    /** Kafka's topic configs, one line each (docs paraphrased from TopicConfig.java). */
    configs: {
        'cleanup.policy': '오래된 세그먼트를 처리하는 방식: `delete`는 retention.ms / retention.bytes가 지나면 삭제하고, `compact`는 키마다 최신 레코드만 남깁니다. 둘을 함께 쓸 수 있습니다.',
        'compression.type': '토픽 데이터의 최종 압축 방식입니다. `producer`는 프로듀서가 사용한 압축을 그대로 유지합니다.',
        'compression.gzip.level': 'compression.type이 gzip일 때의 압축 레벨 (1-9, -1은 기본값).',
        'compression.lz4.level': 'compression.type이 lz4일 때의 압축 레벨.',
        'compression.zstd.level': 'compression.type이 zstd일 때의 압축 레벨.',
        'delete.retention.ms': '컴팩션 토픽에서 삭제 툼스톤을 보관하는 기간입니다. 늦은 컨슈머도 삭제를 볼 수 있게 합니다.',
        'file.delete.delay.ms': '파일 시스템에서 파일을 삭제하기 전에 기다리는 시간.',
        'flush.messages': '이 개수만큼 메시지를 쓰면 fsync를 강제합니다. 보통 Kafka는 fsync 대신 복제에 의존합니다.',
        'flush.ms': '이 시간이 지나면 fsync를 강제합니다. 보통 Kafka는 fsync 대신 복제에 의존합니다.',
        'follower.replication.throttled.replicas': '팔로워 복제를 제한할 복제본 목록 (`파티션:브로커` 쌍 또는 `*`).',
        'index.interval.bytes': '오프셋 인덱스 항목을 추가하는 간격.',
        'leader.replication.throttled.replicas': '리더 쪽 복제를 제한할 복제본 목록 (`파티션:브로커` 쌍 또는 `*`).',
        'local.retention.bytes': '계층형 스토리지에서 로컬 디스크에 남길 크기 (-2는 retention.bytes와 같음).',
        'local.retention.ms': '계층형 스토리지에서 로컬 디스크에 남길 기간 (-2는 retention.ms와 같음).',
        'max.compaction.lag.ms': '레코드가 컴팩션되지 않은 채 남을 수 있는 최대 시간.',
        'max.message.bytes': '토픽이 받는 가장 큰 레코드 배치 크기 (기본값 1 MiB + 로그 오버헤드 12바이트).',
        'message.downconversion.enable': '구버전 컨슈머를 위해 메시지 형식을 변환할지 여부 (Kafka 4.0에서 제거).',
        'message.format.version': '더 이상 사용하지 않는 메시지 형식 버전 (Kafka 4.0에서 제거).',
        'message.timestamp.after.max.ms': '레코드의 CreateTime이 미래로 얼마나 앞서도 되는지의 한도.',
        'message.timestamp.before.max.ms': '레코드의 CreateTime이 과거로 얼마나 뒤처져도 되는지의 한도.',
        'message.timestamp.difference.max.ms': '더 이상 사용하지 않음: message.timestamp.before.max.ms / after.max.ms를 사용하세요.',
        'message.timestamp.type': '레코드 타임스탬프로 프로듀서의 생성 시각과 브로커의 추가 시각 중 무엇을 쓸지.',
        'min.cleanable.dirty.ratio': '클리너가 컴팩션을 시작하기 전에 컴팩션되지 않은 로그가 차지해야 하는 비율.',
        'min.compaction.lag.ms': '레코드가 컴팩션되지 않고 남아 있는 최소 시간.',
        'min.insync.replicas': 'acks=all일 때 쓰기가 성공하려면 그 쓰기를 가져야 하는 최소 ISR 수입니다. 부족하면 프로듀서가 NOT_ENOUGH_REPLICAS를 받습니다. 일반적으로 RF 3에 min.insync.replicas 2를 씁니다.',
        'preallocate': '새 세그먼트를 만들 때 디스크에 파일을 미리 할당할지 여부.',
        'remote.log.copy.disable': '계층형 스토리지에서 원격 저장소로 세그먼트 복사를 멈춥니다.',
        'remote.log.delete.on.disable': '계층형 스토리지를 끌 때 원격 데이터를 삭제합니다.',
        'remote.storage.enable': '토픽에 계층형 스토리지를 사용합니다.',
        'retention.bytes': '오래된 세그먼트를 삭제하기 전까지 파티션이 커질 수 있는 크기 (-1은 제한 없음).',
        'retention.ms': '오래된 세그먼트를 삭제하기 전까지 레코드를 보관하는 기간 (기본 7일, -1은 영구 보관).',
        'segment.bytes': '로그 세그먼트 파일 하나의 크기입니다. 보관과 컴팩션은 세그먼트 단위로 동작합니다.',
        'segment.index.bytes': '오프셋을 파일 위치로 매핑하는 인덱스의 크기.',
        'segment.jitter.ms': '모든 세그먼트가 동시에 롤링되지 않도록 segment.ms에서 빼는 임의 지연.',
        'segment.ms': '세그먼트가 가득 차지 않아도 새 세그먼트로 넘어가는 시간.',
        'unclean.leader.election.enable': '살아 있는 ISR 복제본이 없을 때 ISR 밖의 복제본이 리더가 될 수 있는지 여부입니다. 파티션은 빨리 복구되지만 커밋된 이벤트를 잃습니다.'
    },
    /** One line per enum value, for the completion list after `key =`. */
    configValues: {
        'cleanup.policy': {
            delete: 'retention.ms / retention.bytes가 지나면 오래된 세그먼트를 삭제합니다.',
            compact: '키마다 최신 레코드만 남깁니다 (체인지로그 / 테이블).'
        },
        'compression.type': {
            producer: '프로듀서의 압축을 그대로 둡니다 (재압축 없음).',
            uncompressed: '압축하지 않고 저장합니다.',
            zstd: 'Zstandard: 좋은 속도에 가장 높은 압축률.',
            lz4: 'LZ4: 매우 빠르고 압축률은 보통.',
            snappy: 'Snappy: 빠르고 압축률은 보통.',
            gzip: 'Gzip: 압축률이 높지만 CPU를 가장 많이 씁니다.'
        },
        'message.timestamp.type': {
            CreateTime: '프로듀서가 정한 레코드 생성 시각.',
            LogAppendTime: '브로커가 레코드를 추가한 시각.'
        },
        'unclean.leader.election.enable': {
            true: '내구성보다 가용성: 동기화되지 않은 복제본이 리더가 될 수 있고 커밋된 이벤트가 유실됩니다.',
            false: '가용성보다 내구성: 동기화된 복제본이 돌아올 때까지 파티션이 기다립니다.'
        }
    }
};
