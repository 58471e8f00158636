// Kafka's topic-level configs: name, type, default and domain.
// Source: apache/kafka storage/src/main/java/org/apache/kafka/storage/internals/log/LogConfig.java
// and clients/src/main/java/org/apache/kafka/common/config/TopicConfig.java (docs paraphrased).

export type ConfigType = 'boolean' | 'int' | 'long' | 'double' | 'string' | 'list';
/** What a unit-carrying value means for this key. */
export type ConfigUnit = 'ms' | 'bytes';

export interface TopicConfigDefinition {
    readonly key: string;
    readonly type: ConfigType;
    readonly unit?: ConfigUnit;
    /** Kafka's default, as Kafka writes it. */
    readonly defaultValue: string;
    /** Allowed words for `string` and `list` configs. */
    readonly values?: readonly string[];
    readonly min?: number;
    readonly max?: number;
    /** The `cluster` broker property that sets the default for every topic. */
    readonly brokerKey?: string;
    readonly doc: { readonly en: string; readonly ko: string };
}

const LONG_MAX = '9223372036854775807';

const defs: TopicConfigDefinition[] = [
    {
        key: 'cleanup.policy', type: 'list', defaultValue: 'delete', values: ['delete', 'compact'], brokerKey: 'log.cleanup.policy',
        doc: {
            en: 'How old segments are discarded: `delete` removes them after retention.ms / retention.bytes; `compact` keeps the latest record per key. Both may be combined.',
            ko: '오래된 세그먼트를 처리하는 방식: `delete`는 retention.ms / retention.bytes가 지나면 삭제하고, `compact`는 키마다 최신 레코드만 남깁니다. 둘을 함께 쓸 수 있습니다.'
        }
    },
    {
        key: 'compression.type', type: 'string', defaultValue: 'producer', values: ['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer'],
        doc: {
            en: 'Final compression of the topic\'s data; `producer` keeps whatever codec the producer used.',
            ko: '토픽 데이터의 최종 압축 방식입니다. `producer`는 프로듀서가 사용한 압축을 그대로 유지합니다.'
        }
    },
    {
        key: 'compression.gzip.level', type: 'int', defaultValue: '-1', min: -1, max: 9,
        doc: { en: 'Compression level when compression.type is gzip (1-9, -1 = codec default).', ko: 'compression.type이 gzip일 때의 압축 레벨 (1-9, -1은 기본값).' }
    },
    {
        key: 'compression.lz4.level', type: 'int', defaultValue: '9', min: 1, max: 17,
        doc: { en: 'Compression level when compression.type is lz4.', ko: 'compression.type이 lz4일 때의 압축 레벨.' }
    },
    {
        key: 'compression.zstd.level', type: 'int', defaultValue: '3', min: -131072, max: 22,
        doc: { en: 'Compression level when compression.type is zstd.', ko: 'compression.type이 zstd일 때의 압축 레벨.' }
    },
    {
        key: 'delete.retention.ms', type: 'long', unit: 'ms', defaultValue: '86400000', min: 0,
        doc: { en: 'How long delete tombstones are kept on compacted topics, so consumers that lag still see them.', ko: '컴팩션 토픽에서 삭제 툼스톤을 보관하는 기간입니다. 늦은 컨슈머도 삭제를 볼 수 있게 합니다.' }
    },
    {
        key: 'file.delete.delay.ms', type: 'long', unit: 'ms', defaultValue: '60000', min: 0,
        doc: { en: 'Time to wait before deleting a file from the filesystem.', ko: '파일 시스템에서 파일을 삭제하기 전에 기다리는 시간.' }
    },
    {
        key: 'flush.messages', type: 'long', defaultValue: LONG_MAX, min: 1,
        doc: { en: 'Force an fsync after this many messages; Kafka normally relies on replication instead.', ko: '이 개수만큼 메시지를 쓰면 fsync를 강제합니다. 보통 Kafka는 fsync 대신 복제에 의존합니다.' }
    },
    {
        key: 'flush.ms', type: 'long', unit: 'ms', defaultValue: LONG_MAX, min: 0,
        doc: { en: 'Force an fsync after this much time; Kafka normally relies on replication instead.', ko: '이 시간이 지나면 fsync를 강제합니다. 보통 Kafka는 fsync 대신 복제에 의존합니다.' }
    },
    {
        key: 'follower.replication.throttled.replicas', type: 'list', defaultValue: '',
        doc: { en: 'Replicas whose follower replication is throttled (`partition:broker` pairs or `*`).', ko: '팔로워 복제를 제한할 복제본 목록 (`파티션:브로커` 쌍 또는 `*`).' }
    },
    {
        key: 'index.interval.bytes', type: 'int', unit: 'bytes', defaultValue: '4096', min: 0,
        doc: { en: 'How often an offset index entry is added.', ko: '오프셋 인덱스 항목을 추가하는 간격.' }
    },
    {
        key: 'leader.replication.throttled.replicas', type: 'list', defaultValue: '',
        doc: { en: 'Replicas whose leader-side replication is throttled (`partition:broker` pairs or `*`).', ko: '리더 쪽 복제를 제한할 복제본 목록 (`파티션:브로커` 쌍 또는 `*`).' }
    },
    {
        key: 'local.retention.bytes', type: 'long', unit: 'bytes', defaultValue: '-2', min: -2,
        doc: { en: 'With tiered storage: bytes kept on local disk before only the remote copy remains (-2 = retention.bytes).', ko: '계층형 스토리지에서 로컬 디스크에 남길 크기 (-2는 retention.bytes와 같음).' }
    },
    {
        key: 'local.retention.ms', type: 'long', unit: 'ms', defaultValue: '-2', min: -2,
        doc: { en: 'With tiered storage: time kept on local disk before only the remote copy remains (-2 = retention.ms).', ko: '계층형 스토리지에서 로컬 디스크에 남길 기간 (-2는 retention.ms와 같음).' }
    },
    {
        key: 'max.compaction.lag.ms', type: 'long', unit: 'ms', defaultValue: LONG_MAX, min: 1,
        doc: { en: 'Longest time a record may stay uncompacted.', ko: '레코드가 컴팩션되지 않은 채 남을 수 있는 최대 시간.' }
    },
    {
        key: 'max.message.bytes', type: 'int', unit: 'bytes', defaultValue: '1048588', min: 0, brokerKey: 'message.max.bytes',
        doc: { en: 'Largest record batch the topic accepts (1 MiB + 12 bytes of log overhead by default).', ko: '토픽이 받는 가장 큰 레코드 배치 크기 (기본값 1 MiB + 로그 오버헤드 12바이트).' }
    },
    {
        key: 'message.downconversion.enable', type: 'boolean', defaultValue: 'true',
        doc: { en: 'Whether old consumers get down-converted messages (removed in Kafka 4.0).', ko: '구버전 컨슈머를 위해 메시지 형식을 변환할지 여부 (Kafka 4.0에서 제거).' }
    },
    {
        key: 'message.format.version', type: 'string', defaultValue: '3.0-IV1',
        doc: { en: 'Deprecated message format version (removed in Kafka 4.0).', ko: '더 이상 사용하지 않는 메시지 형식 버전 (Kafka 4.0에서 제거).' }
    },
    {
        key: 'message.timestamp.after.max.ms', type: 'long', unit: 'ms', defaultValue: '3600000', min: 0,
        doc: { en: 'How far in the future a record\'s CreateTime may be before the broker rejects it.', ko: '레코드의 CreateTime이 미래로 얼마나 앞서도 되는지의 한도.' }
    },
    {
        key: 'message.timestamp.before.max.ms', type: 'long', unit: 'ms', defaultValue: LONG_MAX, min: 0,
        doc: { en: 'How far in the past a record\'s CreateTime may be before the broker rejects it.', ko: '레코드의 CreateTime이 과거로 얼마나 뒤처져도 되는지의 한도.' }
    },
    {
        key: 'message.timestamp.difference.max.ms', type: 'long', unit: 'ms', defaultValue: LONG_MAX, min: 0,
        doc: { en: 'Deprecated: use message.timestamp.before.max.ms / after.max.ms.', ko: '더 이상 사용하지 않음: message.timestamp.before.max.ms / after.max.ms를 사용하세요.' }
    },
    {
        key: 'message.timestamp.type', type: 'string', defaultValue: 'CreateTime', values: ['CreateTime', 'LogAppendTime'],
        doc: { en: 'Whether a record\'s timestamp is the producer\'s create time or the broker\'s append time.', ko: '레코드 타임스탬프로 프로듀서의 생성 시각과 브로커의 추가 시각 중 무엇을 쓸지.' }
    },
    {
        key: 'min.cleanable.dirty.ratio', type: 'double', defaultValue: '0.5', min: 0, max: 1,
        doc: { en: 'How much of the log must be uncompacted before the cleaner compacts it.', ko: '클리너가 컴팩션을 시작하기 전에 컴팩션되지 않은 로그가 차지해야 하는 비율.' }
    },
    {
        key: 'min.compaction.lag.ms', type: 'long', unit: 'ms', defaultValue: '0', min: 0,
        doc: { en: 'Shortest time a record stays uncompacted.', ko: '레코드가 컴팩션되지 않고 남아 있는 최소 시간.' }
    },
    {
        key: 'min.insync.replicas', type: 'int', defaultValue: '1', min: 1,
        doc: {
            en: 'With acks=all, the fewest in-sync replicas that must have a write for it to succeed; otherwise the producer gets NOT_ENOUGH_REPLICAS. Typical: RF 3 with min.insync.replicas 2.',
            ko: 'acks=all일 때 쓰기가 성공하려면 그 쓰기를 가져야 하는 최소 ISR 수입니다. 부족하면 프로듀서가 NOT_ENOUGH_REPLICAS를 받습니다. 일반적으로 RF 3에 min.insync.replicas 2를 씁니다.'
        }
    },
    {
        key: 'preallocate', type: 'boolean', defaultValue: 'false',
        doc: { en: 'Preallocate the file on disk when a new segment is created.', ko: '새 세그먼트를 만들 때 디스크에 파일을 미리 할당할지 여부.' }
    },
    {
        key: 'remote.log.copy.disable', type: 'boolean', defaultValue: 'false',
        doc: { en: 'With tiered storage: stop copying segments to remote storage.', ko: '계층형 스토리지에서 원격 저장소로 세그먼트 복사를 멈춥니다.' }
    },
    {
        key: 'remote.log.delete.on.disable', type: 'boolean', defaultValue: 'false',
        doc: { en: 'With tiered storage: delete remote data when tiering is disabled.', ko: '계층형 스토리지를 끌 때 원격 데이터를 삭제합니다.' }
    },
    {
        key: 'remote.storage.enable', type: 'boolean', defaultValue: 'false',
        doc: { en: 'Enable tiered storage for the topic.', ko: '토픽에 계층형 스토리지를 사용합니다.' }
    },
    {
        key: 'retention.bytes', type: 'long', unit: 'bytes', defaultValue: '-1', brokerKey: 'log.retention.bytes',
        doc: { en: 'Size a partition may grow to before old segments are deleted (-1 = no size limit).', ko: '오래된 세그먼트를 삭제하기 전까지 파티션이 커질 수 있는 크기 (-1은 제한 없음).' }
    },
    {
        key: 'retention.ms', type: 'long', unit: 'ms', defaultValue: '604800000', min: -1, brokerKey: 'log.retention.ms',
        doc: { en: 'How long records are kept before old segments are deleted (7 days by default, -1 = forever).', ko: '오래된 세그먼트를 삭제하기 전까지 레코드를 보관하는 기간 (기본 7일, -1은 영구 보관).' }
    },
    {
        key: 'segment.bytes', type: 'int', unit: 'bytes', defaultValue: '1073741824', min: 14, brokerKey: 'log.segment.bytes',
        doc: { en: 'Size of one log segment file; retention and compaction work segment by segment.', ko: '로그 세그먼트 파일 하나의 크기입니다. 보관과 컴팩션은 세그먼트 단위로 동작합니다.' }
    },
    {
        key: 'segment.index.bytes', type: 'int', unit: 'bytes', defaultValue: '10485760', min: 4,
        doc: { en: 'Size of the index that maps offsets to file positions.', ko: '오프셋을 파일 위치로 매핑하는 인덱스의 크기.' }
    },
    {
        key: 'segment.jitter.ms', type: 'long', unit: 'ms', defaultValue: '0', min: 0,
        doc: { en: 'Random jitter subtracted from segment.ms to avoid rolling every segment at once.', ko: '모든 세그먼트가 동시에 롤링되지 않도록 segment.ms에서 빼는 임의 지연.' }
    },
    {
        key: 'segment.ms', type: 'long', unit: 'ms', defaultValue: '604800000', min: 1, brokerKey: 'log.roll.ms',
        doc: { en: 'Time after which a segment is rolled even if it is not full.', ko: '세그먼트가 가득 차지 않아도 새 세그먼트로 넘어가는 시간.' }
    },
    {
        key: 'unclean.leader.election.enable', type: 'boolean', defaultValue: 'false',
        doc: {
            en: 'Whether a replica outside the ISR may become leader when no in-sync replica is alive: the partition comes back sooner, but committed events are lost.',
            ko: '살아 있는 ISR 복제본이 없을 때 ISR 밖의 복제본이 리더가 될 수 있는지 여부입니다. 파티션은 빨리 복구되지만 커밋된 이벤트를 잃습니다.'
        }
    }
];

export const TOPIC_CONFIGS: ReadonlyMap<string, TopicConfigDefinition> = new Map(defs.map((d) => [d.key, d]));

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

export function typeBounds(type: ConfigType): { min: number; max: number } | undefined {
    if (type === 'int') return { min: INT_MIN, max: INT_MAX };
    if (type === 'long') return { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };
    return undefined;
}
