// The Kafka concepts behind the language's keywords, in English and Korean, as
// the "Kafka Study" notes teach them and as shared/spec/KAFKA-SEMANTICS.md states
// them. Hover shows `title — summary` and the body; completion uses the summary
// as the item's detail and the body as its documentation.
import type { Locale } from '../../messages/locale.js';

export interface ConceptText {
    readonly title: string;
    /** One line. */
    readonly summary: string;
    /** Two to five lines of markdown that do not repeat the summary. */
    readonly body: string;
}

type Concept = Readonly<Record<Locale, ConceptText>>;

const concepts = {
    cluster: {
        en: {
            title: 'Kafka cluster',
            summary: 'Brokers that store and serve topics together, as one system.',
            body: 'Topics are split into partitions and every partition is copied to several brokers, so the cluster keeps working when a broker fails (clustering + replication). The controller quorum (KRaft) decides partition leaders and ISRs.'
        },
        ko: {
            title: 'Kafka 클러스터',
            summary: '여러 Broker로 구성된 Kafka 시스템 전체.',
            body: '토픽은 파티션으로 나뉘고 각 파티션은 여러 브로커에 복제되므로, 브로커 하나가 장애 나도 클러스터는 계속 동작합니다(클러스터링 + 레플리케이션). 파티션 리더와 ISR은 컨트롤러 쿼럼(KRaft)이 결정합니다.'
        }
    },
    profile: {
        en: {
            title: 'Profile',
            summary: 'Which safety checks apply: `production` (default) or `development`.',
            body: '`production` warns about setups that lose events or availability: fewer than 3 brokers, fewer than 3 quorum voters, replication-factor below 3, min-insync-replicas 1. `development` drops these warnings for a laptop cluster and reports acks 0/1 only as information.'
        },
        ko: {
            title: '프로파일',
            summary: '적용할 안전 검사: `production`(기본값) 또는 `development`.',
            body: '`production`은 이벤트나 가용성을 잃을 수 있는 구성에 경고합니다: 브로커 3개 미만, 쿼럼 투표자 3개 미만, replication-factor 3 미만, min-insync-replicas 1. `development`는 노트북 클러스터를 위해 이 경고를 없애고, acks 0/1은 정보로만 알려 줍니다.'
        }
    },
    'profile-production': {
        en: {
            title: 'production',
            summary: 'Production checks: 3+ brokers, RF 3, min ISR 2, acks all.',
            body: 'The recommended HA setup of the notes: at least 3 brokers (an odd number), replication-factor 3 and min-insync-replicas 2, producers with `acks all`. Setups below it are warnings.'
        },
        ko: {
            title: 'production',
            summary: '운영 환경 검사: 브로커 3개 이상, RF 3, min ISR 2, acks all.',
            body: '노트의 실무 권장 구성: 3개 이상의 홀수개 Broker, replication-factor 3, min-insync-replicas 2, `acks all` 프로듀서. 이보다 약한 구성은 경고로 알려 줍니다.'
        }
    },
    'profile-development': {
        en: {
            title: 'development',
            summary: 'Laptop checks: one broker and RF 1 are fine.',
            body: 'Warnings that only matter for a real outage (too few brokers or voters, low replication factor, min ISR 1) are turned off; acks 0/1 becomes information.'
        },
        ko: {
            title: 'development',
            summary: '개발 환경 검사: 브로커 1개, RF 1도 괜찮습니다.',
            body: '실제 장애에서만 의미 있는 경고(브로커나 투표자 부족, 낮은 복제 계수, min ISR 1)를 끄고, acks 0/1은 정보 수준으로 낮춥니다.'
        }
    },
    controllers: {
        en: {
            title: 'Controller quorum (KRaft)',
            summary: 'Dedicated KRaft controllers that vote on metadata changes.',
            body: 'Leader elections, ISR changes and fencing a failed broker commit only while a majority (voters / 2 + 1) of the voters is alive. Without `controllers` the brokers themselves vote (combined mode). Use an odd number: 3 voters tolerate 1 failure, 5 tolerate 2, and 4 still tolerate only 1.'
        },
        ko: {
            title: '컨트롤러 쿼럼 (KRaft)',
            summary: '메타데이터 변경을 투표로 결정하는 전용 KRaft 컨트롤러.',
            body: '리더 선출, ISR 변경, 장애 브로커 펜싱은 투표자의 과반수(Quorum, voters / 2 + 1)가 살아 있을 때만 커밋됩니다. `controllers`가 없으면 브로커들이 직접 투표합니다(combined 모드). 홀수개를 쓰세요: 3개는 1개, 5개는 2개 장애를 허용하고, 4개도 1개만 허용합니다.'
        }
    },
    quorum: {
        en: {
            title: 'Quorum',
            summary: 'Whether a majority of the voters (controllers, else brokers) is alive.',
            body: '`expect quorum` / `expect no quorum`. Without a majority no metadata change commits: no leader election and no ISR change, so partitions led by a failed broker stay unavailable until the quorum returns.'
        },
        ko: {
            title: '쿼럼',
            summary: '투표자(컨트롤러, 없으면 브로커)의 과반수가 살아 있는지.',
            body: '`expect quorum` / `expect no quorum`. 과반수(Quorum)가 없으면 메타데이터 변경이 커밋되지 않습니다: 리더 선출도 ISR 변경도 없으므로, 장애 난 브로커가 리더였던 파티션은 쿼럼이 돌아올 때까지 사용할 수 없습니다.'
        }
    },
    broker: {
        en: {
            title: 'Broker',
            summary: 'A Kafka server that stores partition replicas and serves clients.',
            body: 'Every partition has one leader replica on one broker, which handles all reads and writes, and followers on other brokers that copy it. Broker ids are unique; in a scenario, `fail broker N` / `recover broker N` stop and restart one.'
        },
        ko: {
            title: '브로커',
            summary: '파티션 복제본을 저장하고 메시지를 전달하는 Kafka 서버 인스턴스.',
            body: '파티션마다 리더(Leader) 복제본 하나가 한 브로커에 있어 읽기/쓰기를 모두 처리하고, 다른 브로커의 팔로워(Follower)가 이를 복제합니다. 브로커 id는 고유해야 하며, 시나리오에서 `fail broker N` / `recover broker N`으로 멈추고 되살립니다.'
        }
    },
    brokers: {
        en: {
            title: 'Broker range',
            summary: '`brokers 1..5` declares brokers 1 to 5 at once.',
            body: 'Properties in its block apply to every broker of the range; `racks "a", "b", "c"` deals the racks round-robin over the ids (1 → a, 2 → b, 3 → c, 4 → a, …).'
        },
        ko: {
            title: '브로커 범위',
            summary: '`brokers 1..5`는 브로커 1부터 5까지를 한 번에 선언합니다.',
            body: '블록의 속성은 범위의 모든 브로커에 적용되고, `racks "a", "b", "c"`는 랙을 id 순서대로 돌아가며 나눠 줍니다(1 → a, 2 → b, 3 → c, 4 → a, …).'
        }
    },
    rack: {
        en: {
            title: 'Rack',
            summary: 'A failure domain: an availability zone, a rack, a room.',
            body: 'When every broker has a rack, Kafka\'s rack-aware placement puts a partition\'s replicas on different racks, so losing one rack costs at most one copy per partition (when RF ≤ racks). Give every broker a rack or none: Kafka refuses placement when only some have one.'
        },
        ko: {
            title: '랙',
            summary: '장애 도메인: 가용 영역(AZ), 랙, 전산실.',
            body: '모든 브로커에 랙이 있으면 Kafka의 랙 인식 배치가 파티션의 복제본을 서로 다른 랙에 둡니다. 그래서 랙 하나를 잃어도 파티션마다 복제본은 최대 하나만 잃습니다(RF ≤ 랙 수일 때). 모든 브로커에 랙을 주거나 아무에게도 주지 마세요: 일부만 있으면 Kafka가 배치를 거부합니다.'
        }
    },
    host: {
        en: {
            title: 'Host',
            summary: 'The broker\'s address, for readers of the file.',
            body: 'Documentation only: the simulation does not use it.'
        },
        ko: {
            title: '호스트',
            summary: '파일을 읽는 사람을 위한 브로커 주소.',
            body: '문서 용도일 뿐, 시뮬레이션에는 쓰이지 않습니다.'
        }
    },
    defaults: {
        en: {
            title: 'Topic defaults',
            summary: 'Settings every topic of the cluster inherits unless it sets its own.',
            body: 'partitions, replication-factor, min-insync-replicas, ordering and config entries. Where neither the topic nor `defaults` says anything, Kafka\'s broker defaults apply: num.partitions=1, default.replication.factor=1, min.insync.replicas=1.'
        },
        ko: {
            title: '토픽 기본값',
            summary: '클러스터의 모든 토픽이 따로 정하지 않으면 물려받는 설정.',
            body: 'partitions, replication-factor, min-insync-replicas, ordering, config 항목. 토픽에도 `defaults`에도 없으면 Kafka 브로커 기본값을 씁니다: num.partitions=1, default.replication.factor=1, min.insync.replicas=1.'
        }
    },
    topic: {
        en: {
            title: 'Topic',
            summary: 'The name of a kind of event, e.g. `order-created`.',
            body: 'Producers write events to it and consumer groups read them, without knowing each other (loose coupling). A topic is split into partitions, and each partition is copied to `replication-factor` brokers.'
        },
        ko: {
            title: '토픽',
            summary: '이벤트의 종류를 구별하는 식별자(예: `order-created`).',
            body: 'Producer가 이벤트를 발행하고 Consumer Group이 컨슘하며, 서로를 알 필요가 없습니다(느슨한 결합). 토픽은 파티션으로 나뉘고, 각 파티션은 `replication-factor`개의 브로커에 복제됩니다.'
        }
    },
    partitions: {
        en: {
            title: 'Partitions',
            summary: 'The unit of parallelism of a topic.',
            body: 'In a consumer group each partition is read by one member, so the partition count caps how many consumers work in parallel. Order is kept only inside a partition, never across the topic; records with the same key land in the same partition (murmur2(key) mod partitions), and adding partitions later changes that mapping.'
        },
        ko: {
            title: '파티션',
            summary: '토픽의 병렬 처리 단위: Partition 개수만큼 병렬 처리 가능.',
            body: '한 Consumer Group에서 파티션 하나는 멤버 하나만 읽으므로, 파티션 수가 병렬로 일하는 컨슈머 수의 상한입니다. 순서는 각 Partition 내부에서만 보장되고 Topic 전체로는 보장되지 않습니다. 같은 키는 같은 파티션으로 가며(murmur2(key) mod 파티션 수), 나중에 파티션을 늘리면 이 매핑이 바뀝니다.'
        }
    },
    'replication-factor': {
        en: {
            title: 'Replication factor',
            summary: 'How many copies each partition has: 1 leader + (RF − 1) followers.',
            body: 'Each copy lives on a different broker, so RF cannot exceed the broker count. The leader handles reads and writes; followers copy it and one of them takes over when the leader fails. RF 3 is the usual production value: with min-insync-replicas 2, one broker may fail with no lost writes.'
        },
        ko: {
            title: '복제 계수 (Replication Factor)',
            summary: '파티션의 복제본 개수: Leader 1개 + Follower (RF − 1)개.',
            body: '복제본은 각각 다른 브로커에 있으므로 RF는 브로커 수를 넘을 수 없습니다. Leader가 읽기/쓰기를 처리하고 Follower는 복제만 하다가, Leader 장애 시 그중 하나가 승격됩니다. 운영 환경에서는 보통 3을 씁니다: min-insync-replicas 2와 함께면 브로커 1개 장애에도 쓰기를 잃지 않습니다.'
        }
    },
    'min-insync-replicas': {
        en: {
            title: 'Min in-sync replicas',
            summary: 'How many in-sync replicas an `acks=all` write needs (min.insync.replicas).',
            body: 'With fewer live in-sync replicas the producer gets NOT_ENOUGH_REPLICAS and nothing is written: Kafka prefers refusing a write to keeping it on too few brokers. RF 3 with min ISR 2 lets one broker fail; min ISR = RF lets none fail. `acks=0` and `acks=1` writes ignore it.'
        },
        ko: {
            title: '최소 동기화 복제본 (Min In-Sync Replicas)',
            summary: '`acks=all` 쓰기에 필요한 ISR 수 (min.insync.replicas).',
            body: '예: `min.insync.replicas=2`이면 Leader + 최소 1개 Follower가 동기화되어야 쓰기 성공. 살아 있는 ISR이 더 적으면 프로듀서는 NOT_ENOUGH_REPLICAS를 받고 아무것도 쓰이지 않습니다. RF 3 + min ISR 2는 브로커 1개 장애를 허용하고, min ISR = RF는 하나도 허용하지 않습니다. `acks=0`/`acks=1` 쓰기는 이 값을 보지 않습니다.'
        }
    },
    isr: {
        en: {
            title: 'ISR (In-Sync Replicas)',
            summary: 'The replicas that are caught up with the leader.',
            body: 'Only an ISR member can become leader when the leader fails (a clean election). A follower that lags more than replica.lag.time.max.ms (30 s) leaves the ISR; a recovered broker rejoins once it has caught up.'
        },
        ko: {
            title: 'ISR (In-Sync Replicas)',
            summary: 'Leader와 동기화 상태를 유지하는 Replica 목록.',
            body: 'Leader 장애 시 ISR 내의 Follower만 Leader로 선출될 수 있습니다(clean election). 동기화가 늦어진 Follower(replica.lag.time.max.ms, 30초)는 ISR에서 제외되고, 복구된 브로커는 따라잡은 뒤 다시 ISR에 들어갑니다.'
        }
    },
    ordering: {
        en: {
            title: 'Ordering',
            summary: 'The topic\'s ordering promise: `none`, `key <field>` or `total`.',
            body: 'Kafka keeps order only inside a partition. `key F`: producers send field F as the record key, so all events of one F go to one partition, in order (e.g. orderId). `total`: one order over the whole topic, which needs exactly 1 partition (no parallelism). `none` (default): no promise.'
        },
        ko: {
            title: '순서 보장',
            summary: '토픽의 순서 보장 방식: `none`, `key <필드>`, `total`.',
            body: 'Kafka는 Partition 내부에서만 순서를 보장합니다. `key F`: 프로듀서가 F를 레코드 키로 보내 같은 F의 이벤트가 같은 파티션에 순서대로 들어갑니다(예: userId, orderId). `total`: 토픽 전체 순서로, Partition 개수를 1개로 해야 합니다(병렬 처리 없음). `none`(기본값): 보장 없음.'
        }
    },
    description: {
        en: { title: 'Description', summary: 'What the topic\'s events mean, for readers and hovers.', body: 'Free text; it has no effect on Kafka.' },
        ko: { title: '설명', summary: '토픽 이벤트의 의미를 적는 설명 (호버에 표시).', body: '자유 텍스트이며 Kafka 동작에는 영향이 없습니다.' }
    },
    config: {
        en: {
            title: 'Topic config',
            summary: 'Kafka topic configs as `key = value`, e.g. `retention.ms = 7d`.',
            body: 'Any topic-level config of Kafka: retention.ms, cleanup.policy, compression.type, max.message.bytes, … Durations (500ms, 30s, 15m, 12h, 7d) and sizes (64MiB, 1GB) are converted to milliseconds and bytes. Hover a key for its documentation.'
        },
        ko: {
            title: '토픽 설정',
            summary: 'Kafka 토픽 설정 `key = value`, 예: `retention.ms = 7d`.',
            body: 'Kafka의 토픽 수준 설정 전부: retention.ms, cleanup.policy, compression.type, max.message.bytes, … 기간(500ms, 30s, 15m, 12h, 7d)과 크기(64MiB, 1GB)는 밀리초와 바이트로 변환됩니다. 키에 마우스를 올리면 설명이 보입니다.'
        }
    },
    assignment: {
        en: {
            title: 'Explicit replica assignment',
            summary: '`partition: [brokers]` replaces Kafka\'s automatic placement.',
            body: 'The first broker of a list is the preferred leader, the others are followers. List every partition 0..partitions−1, each with exactly replication-factor distinct, declared brokers.'
        },
        ko: {
            title: '명시적 복제본 배치',
            summary: '`파티션: [브로커들]`로 Kafka의 자동 배치를 대신합니다.',
            body: '목록의 첫 브로커가 선호 리더(preferred leader)이고 나머지는 팔로워입니다. 파티션 0..partitions−1을 모두 적고, 각각 replication-factor개의 서로 다른, 선언된 브로커를 적으세요.'
        }
    },
    producer: {
        en: {
            title: 'Producer',
            summary: 'A service that publishes events to topics.',
            body: 'Its `acks` decides when a write counts as done (and whether a leader failover can lose it); its `key` decides each record\'s partition, which keeps per-key order.'
        },
        ko: {
            title: '프로듀서',
            summary: '토픽에 이벤트를 발행(Publish)하는 서비스.',
            body: '`acks`는 쓰기가 언제 완료로 간주되는지(그리고 리더 장애 시 유실될 수 있는지)를, `key`는 각 레코드의 파티션을 정해 키별 순서를 지킵니다.'
        }
    },
    produces: {
        en: { title: 'produces', summary: 'The topics this producer writes to.', body: 'Names of topics of the same cluster, separated by commas.' },
        ko: { title: 'produces', summary: '이 프로듀서가 쓰는 토픽.', body: '같은 클러스터의 토픽 이름을 쉼표로 구분해 적습니다.' }
    },
    acks: {
        en: {
            title: 'acks',
            summary: 'When a write counts as done: `0`, `1` or `all` (default).',
            body: '`0`: the producer never waits; a lost write goes unnoticed. `1`: the leader has it; it is lost if the leader fails before the followers copy it. `all` (default since Kafka 3.0): every in-sync replica has it, and only while at least min-insync-replicas are in sync. Use `all` to prevent lost events (이벤트 유실 방지).'
        },
        ko: {
            title: 'acks',
            summary: '쓰기가 완료로 간주되는 시점: `0`, `1`, `all`(기본값).',
            body: '`0`: 기다리지 않아 유실돼도 모릅니다. `1`: 리더가 저장하면 완료이며, 팔로워가 복제하기 전에 리더가 죽으면 유실됩니다. `all`(Kafka 3.0부터 기본값): 모든 ISR이 받아야 완료이고, ISR이 min-insync-replicas 이상일 때만 성공합니다. 이벤트 유실 방지를 위해 `all`을 쓰세요.'
        }
    },
    'acks-0': {
        en: { title: 'acks 0', summary: 'Fire and forget: no acknowledgement at all.', body: 'Fastest, but any write lost in flight or in a leader failover goes unnoticed.' },
        ko: { title: 'acks 0', summary: '보내고 잊기: 응답을 전혀 기다리지 않음.', body: '가장 빠르지만, 전송 중이나 리더 장애로 잃은 쓰기를 알 수 없습니다.' }
    },
    'acks-1': {
        en: { title: 'acks 1', summary: 'Acknowledged once the leader has the write.', body: 'A write the followers have not copied yet is lost when the leader fails.' },
        ko: { title: 'acks 1', summary: '리더가 저장하면 응답.', body: '팔로워가 아직 복제하지 않은 쓰기는 리더가 장애 나면 유실됩니다.' }
    },
    'acks-all': {
        en: { title: 'acks all', summary: 'Acknowledged once every in-sync replica has the write (default).', body: 'Refused with NOT_ENOUGH_REPLICAS while fewer than min-insync-replicas are in sync: no acknowledged event is lost in a clean failover.' },
        ko: { title: 'acks all', summary: '모든 ISR이 저장하면 응답 (기본값).', body: 'ISR이 min-insync-replicas보다 적으면 NOT_ENOUGH_REPLICAS로 거부됩니다: 정상적인 장애 조치에서 응답받은 이벤트는 유실되지 않습니다.' }
    },
    key: {
        en: {
            title: 'Record key',
            summary: 'The field sent as the record key; it picks the partition.',
            body: 'Kafka sends records with the same key to the same partition (toPositive(murmur2(key)) mod partitions), so events of one key stay in order. Records without a key are spread over partitions by the sticky partitioner and have no per-key order.'
        },
        ko: {
            title: '레코드 키',
            summary: '레코드 키로 보내는 필드로, 파티션을 정합니다.',
            body: '같은 키의 레코드는 같은 파티션으로 갑니다(toPositive(murmur2(key)) mod 파티션 수). 그래서 한 키의 이벤트는 순서가 유지됩니다. 키가 없는 레코드는 sticky 파티셔너가 여러 파티션에 흩뜨리므로 키별 순서가 없습니다.'
        }
    },
    idempotent: {
        en: {
            title: 'Idempotent producer',
            summary: 'Whether retries can write duplicates (default `true`).',
            body: 'With `true` (enable.idempotence, default since Kafka 3.0) the broker drops duplicates caused by producer retries, so each write is stored once and in order per partition.'
        },
        ko: {
            title: '멱등 프로듀서',
            summary: '재시도로 중복이 쓰일 수 있는지 (기본값 `true`).',
            body: '`true`(enable.idempotence, Kafka 3.0부터 기본값)이면 브로커가 재시도로 생긴 중복을 버려, 각 쓰기가 파티션마다 한 번, 순서대로 저장됩니다.'
        }
    },
    'consumer-group': {
        en: {
            title: 'Consumer group',
            summary: 'Consumers that share reading topics; each partition goes to one member.',
            body: 'Every group reads every event, independently of other groups (e.g. an order service and a notification service). Inside a group, one partition is read by exactly one member: members beyond the partition count stay idle. 1 partition : 1 consumer is the best practice.'
        },
        ko: {
            title: '컨슈머 그룹',
            summary: '토픽을 나눠 읽는 컨슈머 묶음: 파티션 하나는 멤버 하나에게.',
            body: '다른 Consumer Group은 같은 메시지를 독립적으로 처리합니다(예: 주문 서비스, 알림 서비스). 같은 그룹 안에서는 파티션 하나를 멤버 하나만 읽으므로, 파티션보다 많은 멤버는 유휴(idle) 상태가 됩니다(1 Partition : N Consumer 불가능). 베스트 프랙티스는 1 Partition : 1 Consumer입니다.'
        }
    },
    consumes: {
        en: { title: 'consumes', summary: 'The topics this consumer group subscribes to.', body: 'The assignor divides all their partitions among the group\'s members.' },
        ko: { title: 'consumes', summary: '이 컨슈머 그룹이 구독하는 토픽.', body: '어사이너가 이 토픽들의 모든 파티션을 그룹 멤버에게 나눠 줍니다.' }
    },
    members: {
        en: {
            title: 'Members',
            summary: 'The group\'s consumers: `members 3` or `members [A-1, A-2]`.',
            body: 'A count names the members `<group>-1 … <group>-n`. More members than partitions leaves some idle; fewer members than partitions makes some read several partitions.'
        },
        ko: {
            title: '멤버',
            summary: '그룹의 컨슈머: `members 3` 또는 `members [A-1, A-2]`.',
            body: '개수로 적으면 멤버 이름은 `<그룹>-1 … <그룹>-n`입니다. 파티션보다 멤버가 많으면 일부가 유휴 상태가 되고, 적으면 일부 멤버가 여러 파티션을 읽습니다(N Partition : 1 Consumer).'
        }
    },
    assignor: {
        en: {
            title: 'Assignor',
            summary: 'How partitions are divided among members (partition.assignment.strategy).',
            body: '`range` (default): per topic, consecutive partitions; the first members get the extras. `roundrobin`: all partitions dealt in turn. `sticky`: balanced, and keeps existing assignments on a rebalance. `cooperative-sticky`: sticky, and members keep consuming while partitions move.'
        },
        ko: {
            title: '어사이너',
            summary: '파티션을 멤버에게 나누는 방식 (partition.assignment.strategy).',
            body: '`range`(기본값): 토픽마다 연속된 파티션을 나누며 앞쪽 멤버가 남는 것을 받습니다. `roundrobin`: 모든 파티션을 차례로 돌려 줍니다. `sticky`: 균형을 맞추고 리밸런스 때 기존 할당을 최대한 유지합니다. `cooperative-sticky`: sticky와 같되, 파티션이 옮겨지는 동안에도 다른 멤버는 계속 컨슘합니다.'
        }
    },
    'assignor-range': {
        en: {
            title: 'range assignor',
            summary: 'Per topic, consecutive partitions; the first members get one extra.',
            body: 'Members are sorted by id; with p partitions and m members the first p mod m members get one partition more. Over several topics the same first members get every topic\'s extra, which can make the load uneven.'
        },
        ko: {
            title: 'range 어사이너',
            summary: '토픽마다 연속된 파티션을 나누고, 앞쪽 멤버가 하나씩 더 받습니다.',
            body: '멤버는 id 순으로 정렬되고, 파티션 p개와 멤버 m명이면 앞의 p mod m명이 하나씩 더 받습니다. 토픽이 여럿이면 같은 앞쪽 멤버가 매 토픽의 나머지를 받아 부하가 고르지 않을 수 있습니다.'
        }
    },
    'assignor-roundrobin': {
        en: {
            title: 'roundrobin assignor',
            summary: 'All subscribed partitions, dealt to the members in turn.',
            body: 'Topic-partitions sorted by topic and partition go to the members one by one, so counts differ by at most one when every member subscribes to the same topics.'
        },
        ko: {
            title: 'roundrobin 어사이너',
            summary: '구독한 모든 파티션을 멤버에게 차례로 나눠 줍니다.',
            body: '토픽, 파티션 순으로 정렬한 파티션을 멤버에게 하나씩 돌려 주므로, 모든 멤버가 같은 토픽을 구독하면 개수 차이가 최대 1입니다.'
        }
    },
    'assignor-sticky': {
        en: {
            title: 'sticky assignor',
            summary: 'Balanced, and keeps existing assignments when the group rebalances.',
            body: 'When a member leaves or joins, only the partitions needed for balance move; the others stay with their owners (less state to rebuild).'
        },
        ko: {
            title: 'sticky 어사이너',
            summary: '균형을 맞추고, 리밸런스 때 기존 할당을 유지합니다.',
            body: '멤버가 나가거나 들어오면 균형에 필요한 파티션만 옮기고 나머지는 원래 주인에게 남깁니다(다시 쌓을 상태가 적음).'
        }
    },
    'assignor-cooperative-sticky': {
        en: {
            title: 'cooperative-sticky assignor',
            summary: 'Sticky, rebalanced cooperatively: no stop-the-world.',
            body: 'A partition that moves is first revoked from its old owner and assigned in a follow-up rebalance, so the other members keep consuming meanwhile.'
        },
        ko: {
            title: 'cooperative-sticky 어사이너',
            summary: 'sticky를 협력적으로 리밸런스: 전체 중단이 없습니다.',
            body: '옮겨질 파티션은 먼저 이전 주인에게서 회수되고 다음 리밸런스에서 할당되므로, 그동안 다른 멤버는 계속 컨슘합니다.'
        }
    },
    scenario: {
        en: {
            title: 'Failover scenario',
            summary: 'A failover drill, checked as you type.',
            body: 'Steps run in order from the healthy cluster: `fail` / `recover` a broker, rack, controller or member, `elect-preferred`, and `expect` checks the state at that point. A failed expectation is reported on its line.'
        },
        ko: {
            title: '장애 시나리오',
            summary: '입력하는 동안 검사되는 장애 복구(Failover) 훈련.',
            body: '정상 클러스터에서 시작해 단계를 순서대로 실행합니다: 브로커·랙·컨트롤러·멤버를 `fail` / `recover`, `elect-preferred`, 그리고 `expect`가 그 시점의 상태를 검사합니다. 맞지 않는 기대는 해당 줄에 표시됩니다.'
        }
    },
    fail: {
        en: {
            title: 'fail',
            summary: 'Crash a broker (SIGKILL), a whole rack at one instant, a controller, or a group member.',
            body: 'The controller fences a crashed broker: it leaves every ISR and its partitions elect the first live in-sync replica, in assignment order. ELR off (3.9, 4.0): the last ISR member stays in the ISR and the partition goes offline until it returns. ELR on (4.1 and later): the last member leaves the ISR too, which becomes empty, and stays an eligible leader replica — but a crashed broker loses that seat when it restarts. With unclean election enabled a lagging replica may lead and events are lost. Needs the quorum: without it nothing is fenced, and a rack that takes the voter majority with it leaves its partitions with dead leaders.'
        },
        ko: {
            title: 'fail',
            summary: '브로커 크래시(SIGKILL), 랙 전체의 동시 장애, 컨트롤러 또는 그룹 멤버를 멈춥니다.',
            body: '컨트롤러가 크래시한 브로커를 펜싱합니다: 모든 ISR에서 빠지고, 그 브로커가 리더였던 파티션은 배치 순서상 첫 번째로 살아 있는 ISR 복제본을 선출합니다. ELR 꺼짐(3.9, 4.0): 마지막 ISR 멤버는 ISR에 남고 파티션은 그 브로커가 돌아올 때까지 오프라인입니다. ELR 켜짐(4.1 이상): 마지막 멤버도 ISR에서 빠져 ISR이 비고 적격 리더(ELR)로 남지만, 크래시한 브로커는 재시작할 때 그 자리를 잃습니다. unclean election이 켜져 있으면 뒤처진 복제본이 리더가 되어 이벤트가 유실될 수 있습니다. 쿼럼이 필요합니다: 쿼럼이 없으면 아무것도 펜싱되지 않고, 투표자 과반수를 함께 가져간 랙 장애는 파티션에 죽은 리더를 남깁니다.'
        }
    },
    recover: {
        en: {
            title: 'recover',
            summary: 'Restart a broker, rack, controller, or bring a member back.',
            body: 'A restarted broker registers with the quorum — without a quorum it cannot, and serves nothing until the quorum returns. Then leaderless partitions elect it if their ISR holds it (ELR on: if their ISR is empty and their ELR holds it, a clean election; with ISR and ELR empty, the last known leader, which Kafka counts as unclean). After a crash, ELR on, it first loses its ELR seat; after `stop broker` it keeps it. Elsewhere it catches up and rejoins the ISR. Leadership does not move back until `elect-preferred`.'
        },
        ko: {
            title: 'recover',
            summary: '브로커, 랙, 컨트롤러를 재시작하거나 멤버를 되돌립니다.',
            body: '재시작한 브로커는 쿼럼에 등록합니다. 쿼럼이 없으면 등록할 수 없어 쿼럼이 돌아올 때까지 아무것도 서비스하지 않습니다. 등록 후, 리더가 없고 ISR에 그 브로커가 있는 파티션은 그 브로커를 선출합니다(ELR 켜짐: ISR이 비고 ELR에 있으면 클린 선출, ISR과 ELR이 모두 비면 마지막 리더를 선출하며 Kafka는 이를 언클린으로 봄). ELR이 켜져 있으면 크래시 후에는 먼저 ELR 자리를 잃고, `stop broker` 후에는 유지합니다. 나머지 파티션에서는 따라잡은 뒤 ISR에 다시 들어갑니다. 리더 자리는 `elect-preferred` 전까지 돌아가지 않습니다.'
        }
    },
    'elect-preferred': {
        en: {
            title: 'Preferred leader election',
            summary: 'Move leadership back to each partition\'s first replica.',
            body: 'Every partition whose preferred leader (first replica) is alive and in the ISR gets it back as leader — what auto.leader.rebalance.enable does every 300 s, spreading leaders over the brokers again.'
        },
        ko: {
            title: '선호 리더 선출',
            summary: '각 파티션의 리더를 첫 번째 복제본으로 되돌립니다.',
            body: '선호 리더(첫 번째 복제본)가 살아 있고 ISR에 있는 파티션은 그 복제본이 다시 리더가 됩니다. auto.leader.rebalance.enable이 300초마다 하는 일로, 리더를 브로커들에 다시 고르게 나눕니다(부하 분산).'
        }
    },
    expect: {
        en: {
            title: 'expect',
            summary: 'Check the simulated state at this point of the scenario.',
            body: '`<topic> writable | not writable | readable | not readable | fully-replicated | under-replicated`, `quorum` / `no quorum`, `no data-loss`, `group <group> balanced`.'
        },
        ko: {
            title: 'expect',
            summary: '시나리오의 이 시점에서 시뮬레이션 상태를 검사합니다.',
            body: '`<토픽> writable | not writable | readable | not readable | fully-replicated | under-replicated`, `quorum` / `no quorum`, `no data-loss`, `group <그룹> balanced`.'
        }
    },
    writable: {
        en: {
            title: 'writable',
            summary: 'Every partition accepts `acks=all` writes.',
            body: 'The leader is alive and the ISR has at least min(min-insync-replicas, RF) members, all alive. `acks=0`/`acks=1` producers only need a live leader.'
        },
        ko: {
            title: 'writable',
            summary: '모든 파티션이 `acks=all` 쓰기를 받습니다.',
            body: '리더가 살아 있고 ISR이 min(min-insync-replicas, RF)개 이상이며 모두 살아 있어야 합니다. `acks=0`/`acks=1` 프로듀서는 살아 있는 리더만 있으면 됩니다.'
        }
    },
    readable: {
        en: { title: 'readable', summary: 'Every partition has a live leader, so consumers can read it.', body: 'Consumers read only from the leader; a partition without one is offline.' },
        ko: { title: 'readable', summary: '모든 파티션에 살아 있는 리더가 있어 컨슈머가 읽을 수 있습니다.', body: '컨슈머는 리더에서만 읽으며, 리더가 없는 파티션은 오프라인입니다.' }
    },
    'fully-replicated': {
        en: { title: 'fully-replicated', summary: 'Every partition has all its replicas in the ISR.', body: 'Nothing is under-replicated: |ISR| = RF everywhere.' },
        ko: { title: 'fully-replicated', summary: '모든 파티션의 복제본이 모두 ISR에 있습니다.', body: '복제가 부족한 파티션이 없습니다: 모든 곳에서 |ISR| = RF.' }
    },
    'under-replicated': {
        en: { title: 'under-replicated', summary: 'Some partition has fewer in-sync replicas than its RF.', body: '|ISR| < RF, e.g. while a broker is down — Kafka\'s UnderReplicatedPartitions metric.' },
        ko: { title: 'under-replicated', summary: 'ISR이 RF보다 적은 파티션이 있습니다.', body: '|ISR| < RF, 예를 들어 브로커가 멈춘 동안 — Kafka의 UnderReplicatedPartitions 지표입니다.' }
    },
    'data-loss': {
        en: {
            title: 'no data-loss',
            summary: 'No unclean leader election has happened.',
            body: 'No out-of-sync replica became leader, so no acknowledged event was lost. Unclean election happens only when unclean.leader.election.enable is true.'
        },
        ko: {
            title: 'no data-loss',
            summary: 'unclean 리더 선출이 일어나지 않았습니다.',
            body: '동기화되지 않은 복제본이 리더가 된 적이 없으므로 응답받은 이벤트는 유실되지 않았습니다(이벤트 유실 방지). unclean 선출은 unclean.leader.election.enable이 true일 때만 일어납니다.'
        }
    },
    balanced: {
        en: { title: 'group … balanced', summary: 'No member is idle and none is stalled.', body: 'Every member has a partition, and no member waits on a partition whose leader is dead.' },
        ko: { title: 'group … balanced', summary: '유휴 멤버도, 멈춘 멤버도 없습니다.', body: '모든 멤버가 파티션을 가지고, 리더가 죽은 파티션에서 기다리는 멤버가 없습니다.' }
    },
    'member-target': {
        en: {
            title: 'member … in …',
            summary: 'A member of a consumer group leaves (`fail`) or rejoins (`recover`).',
            body: 'The group rebalances: its assignor divides the partitions among the remaining members.'
        },
        ko: {
            title: 'member … in …',
            summary: '컨슈머 그룹의 멤버가 나가거나(`fail`) 다시 들어옵니다(`recover`).',
            body: '그룹이 리밸런스되어 어사이너가 남은 멤버에게 파티션을 다시 나눕니다.'
        }
    },
    'kafka-version': {
        en: {
            title: 'Kafka release',
            summary: 'The Kafka release whose behaviour the model reproduces: 3.9, 4.0, 4.1, 4.2, 4.3 or 4.4 (default: 4.4, the newest modelled).',
            body: 'The release sets the feature levels of a newly formatted cluster: eligible leader replicas (ELR, KIP-966) from 4.1, consumer-protocol groups (KIP-848) from 4.0, share groups (KIP-932) from 4.2. A cluster upgraded from an older release keeps its old levels: say so with `features`.'
        },
        ko: {
            title: 'Kafka 릴리스',
            summary: '모델이 재현하는 Kafka 릴리스: 3.9, 4.0, 4.1, 4.2, 4.3, 4.4 (기본값: 모델이 지원하는 최신 릴리스 4.4).',
            body: '릴리스는 새로 포맷한 클러스터의 기능 레벨을 정합니다: ELR(적격 리더 복제본, KIP-966)은 4.1부터, 컨슈머 프로토콜 그룹(KIP-848)은 4.0부터, 공유 그룹(KIP-932)은 4.2부터. 이전 릴리스에서 업그레이드한 클러스터는 예전 레벨을 유지하므로 `features`로 적어 주세요.'
        }
    },
    features: {
        en: {
            title: 'Feature levels',
            summary: 'Kafka feature levels that override the release defaults (`kafka-features.sh`).',
            body: '`eligible.leader.replicas.version = 1` turns on ELR, `group.version = 1` the consumer group protocol, `share.version = 1` share groups. A cluster keeps its levels across upgrades until `kafka-features.sh upgrade`.'
        },
        ko: {
            title: '기능 레벨',
            summary: '릴리스 기본값을 덮어쓰는 Kafka 기능 레벨(`kafka-features.sh`).',
            body: '`eligible.leader.replicas.version = 1`은 ELR을, `group.version = 1`은 컨슈머 그룹 프로토콜을, `share.version = 1`은 공유 그룹을 켭니다. 클러스터는 `kafka-features.sh upgrade` 전까지 업그레이드 후에도 레벨을 유지합니다.'
        }
    },
    placement: {
        en: {
            title: 'Replica placement',
            summary: 'Which algorithm places a new topic\'s replicas: `striped` (KRaft, default) or `admin-utils`.',
            body: '`striped` is what `kafka-topics --create` runs in KRaft (StripedReplicaPlacer, random start); the model shows one layout Kafka could choose. `admin-utils` is the ZooKeeper-era AdminUtils with start index 0. Pin the real layout with `assignment`.'
        },
        ko: {
            title: '복제본 배치',
            summary: '새 토픽의 복제본을 놓는 알고리즘: `striped`(KRaft, 기본값) 또는 `admin-utils`.',
            body: '`striped`는 KRaft에서 `kafka-topics --create`가 쓰는 StripedReplicaPlacer(무작위 시작)이며, 모델은 Kafka가 고를 수 있는 배치 하나를 보여 줍니다. `admin-utils`는 시작 인덱스 0의 AdminUtils입니다. 실제 배치는 `assignment`로 고정하세요.'
        }
    },
    protocol: {
        en: {
            title: 'Group protocol',
            summary: '`classic` (client-side assignors, the default) or `consumer` (KIP-848, the broker assigns).',
            body: 'With `protocol consumer` the group coordinator assigns partitions with a server-side assignor (`uniform` by default, or `range`) and rebalances incrementally, without stopping the whole group. Needs `group.version ≥ 1` (Kafka 4.0+).'
        },
        ko: {
            title: '그룹 프로토콜',
            summary: '`classic`(클라이언트 측 어사이너, 기본값) 또는 `consumer`(KIP-848, 브로커가 할당).',
            body: '`protocol consumer`에서는 그룹 코디네이터가 서버 측 어사이너(기본 `uniform`, 또는 `range`)로 파티션을 할당하고, 그룹 전체를 멈추지 않고 점진적으로 리밸런스합니다. `group.version ≥ 1`(Kafka 4.0+)이 필요합니다.'
        }
    },
    'share-group': {
        en: {
            title: 'Share group',
            summary: 'Several consumers read one partition together (KIP-932): a queue on a topic.',
            body: 'The broker\'s `simple` assignor spreads the partitions over the members and gives one partition to several members when there are more members than partitions, so no member is idle. Records are acquired under a time-limited lock and acknowledged one by one, and a record delivered too often is archived; per-key order is lost. Needs `share.version ≥ 1` (Kafka 4.2 by default).'
        },
        ko: {
            title: '공유 그룹',
            summary: '여러 컨슈머가 한 파티션을 함께 읽습니다(KIP-932): 토픽 위의 큐.',
            body: '브로커의 `simple` 할당자가 파티션을 멤버들에게 나누고, 멤버가 파티션보다 많으면 한 파티션을 여러 멤버에게 주므로 유휴 멤버가 없습니다. 레코드는 시간 제한이 있는 잠금으로 획득되어 하나씩 확인(ack)되며, 너무 여러 번 전달된 레코드는 보관 처리되며, 키별 순서는 지켜지지 않습니다. `share.version ≥ 1`(기본값은 Kafka 4.2부터)이 필요합니다.'
        }
    },
    stop: {
        en: {
            title: 'stop broker',
            summary: 'A controlled shutdown (SIGTERM): the broker hands over its leaderships first.',
            body: 'The controller moves its leaderships and takes it out of every ISR before it stops, so the leader and ISR result is that of a crash (`fail`). The difference is the restart: with ELR on (4.1 and later, or eligible.leader.replicas.version = 1) a stopped broker keeps its eligible-leader seat and may be elected cleanly, where a crashed broker loses it; with ELR off (3.9, 4.0) both restart alike.'
        },
        ko: {
            title: 'stop broker',
            summary: '정상 종료(SIGTERM): 브로커가 먼저 리더 역할을 넘깁니다.',
            body: '컨트롤러가 종료 전에 리더 역할을 옮기고 모든 ISR에서 빼므로, 리더와 ISR 결과는 장애(`fail`)와 같습니다. 차이는 재시작입니다: ELR이 켜져 있으면(4.1 이상, 또는 eligible.leader.replicas.version = 1) 정상 종료한 브로커는 적격 리더(ELR) 자리를 유지해 클린 선출될 수 있지만, 크래시한 브로커는 그 자리를 잃습니다. ELR이 꺼져 있으면(3.9, 4.0) 둘 다 같게 재시작합니다.'
        }
    },
    'assignor-uniform': {
        en: {
            title: 'uniform assignor (server side)',
            summary: 'The broker\'s default assignor for `protocol consumer` groups: balanced and sticky.',
            body: 'The group coordinator spreads partitions evenly over the members and, on a rebalance, starts from the current assignment so that as few partitions as possible move.'
        },
        ko: {
            title: 'uniform 어사이너(서버 측)',
            summary: '`protocol consumer` 그룹의 브로커 기본 어사이너: 균형 + 기존 할당 유지.',
            body: '그룹 코디네이터가 파티션을 멤버에게 고르게 나누고, 리밸런스 때 현재 할당에서 시작해 옮겨지는 파티션을 최소로 합니다.'
        }
    }
} satisfies Record<string, Concept>;

export type ConceptId = keyof typeof concepts;

export function conceptText(id: ConceptId, locale: Locale): ConceptText {
    return concepts[id][locale];
}

/** Concepts that lean on another one no keyword names: its one-line summary follows. */
const RELATED: Partial<Record<ConceptId, ConceptId>> = {
    'min-insync-replicas': 'isr',
    'fully-replicated': 'isr',
    'under-replicated': 'isr'
};

/** `**title** — summary` and the body: a keyword's hover, a completion item's documentation. */
export function conceptMarkdown(id: ConceptId, locale: Locale): string {
    const text = conceptText(id, locale);
    const related = RELATED[id];
    const note = related ? `\n\n**${conceptText(related, locale).title}** — ${conceptText(related, locale).summary}` : '';
    return `**${text.title}** — ${text.summary}\n\n${text.body}${note}`;
}
