// Kafka's topic-level configs: name, type, default and domain.
// Source: apache/kafka storage/src/main/java/org/apache/kafka/storage/internals/log/LogConfig.java
// and clients/src/main/java/org/apache/kafka/common/config/TopicConfig.java (their docs, paraphrased, are
// the catalogues' `configs`: messages/{en,ko}.ts).

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
}

const LONG_MAX = '9223372036854775807';

const defs: TopicConfigDefinition[] = [
    {
        key: 'cleanup.policy', type: 'list', defaultValue: 'delete', values: ['delete', 'compact'], brokerKey: 'log.cleanup.policy'
    },
    {
        key: 'compression.type', type: 'string', defaultValue: 'producer', values: ['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer']
    },
    {
        key: 'compression.gzip.level', type: 'int', defaultValue: '-1', min: -1, max: 9
    },
    {
        key: 'compression.lz4.level', type: 'int', defaultValue: '9', min: 1, max: 17
    },
    {
        key: 'compression.zstd.level', type: 'int', defaultValue: '3', min: -131072, max: 22
    },
    {
        key: 'delete.retention.ms', type: 'long', unit: 'ms', defaultValue: '86400000', min: 0
    },
    {
        key: 'file.delete.delay.ms', type: 'long', unit: 'ms', defaultValue: '60000', min: 0
    },
    {
        key: 'flush.messages', type: 'long', defaultValue: LONG_MAX, min: 1
    },
    {
        key: 'flush.ms', type: 'long', unit: 'ms', defaultValue: LONG_MAX, min: 0
    },
    {
        key: 'follower.replication.throttled.replicas', type: 'list', defaultValue: ''
    },
    {
        key: 'index.interval.bytes', type: 'int', unit: 'bytes', defaultValue: '4096', min: 0
    },
    {
        key: 'leader.replication.throttled.replicas', type: 'list', defaultValue: ''
    },
    {
        key: 'local.retention.bytes', type: 'long', unit: 'bytes', defaultValue: '-2', min: -2
    },
    {
        key: 'local.retention.ms', type: 'long', unit: 'ms', defaultValue: '-2', min: -2
    },
    {
        key: 'max.compaction.lag.ms', type: 'long', unit: 'ms', defaultValue: LONG_MAX, min: 1
    },
    {
        key: 'max.message.bytes', type: 'int', unit: 'bytes', defaultValue: '1048588', min: 0, brokerKey: 'message.max.bytes'
    },
    {
        key: 'message.downconversion.enable', type: 'boolean', defaultValue: 'true'
    },
    {
        key: 'message.format.version', type: 'string', defaultValue: '3.0-IV1'
    },
    {
        key: 'message.timestamp.after.max.ms', type: 'long', unit: 'ms', defaultValue: '3600000', min: 0
    },
    {
        key: 'message.timestamp.before.max.ms', type: 'long', unit: 'ms', defaultValue: LONG_MAX, min: 0
    },
    {
        key: 'message.timestamp.difference.max.ms', type: 'long', unit: 'ms', defaultValue: LONG_MAX, min: 0
    },
    {
        key: 'message.timestamp.type', type: 'string', defaultValue: 'CreateTime', values: ['CreateTime', 'LogAppendTime']
    },
    {
        key: 'min.cleanable.dirty.ratio', type: 'double', defaultValue: '0.5', min: 0, max: 1
    },
    {
        key: 'min.compaction.lag.ms', type: 'long', unit: 'ms', defaultValue: '0', min: 0
    },
    {
        key: 'min.insync.replicas', type: 'int', defaultValue: '1', min: 1
    },
    {
        key: 'preallocate', type: 'boolean', defaultValue: 'false'
    },
    {
        key: 'remote.log.copy.disable', type: 'boolean', defaultValue: 'false'
    },
    {
        key: 'remote.log.delete.on.disable', type: 'boolean', defaultValue: 'false'
    },
    {
        key: 'remote.storage.enable', type: 'boolean', defaultValue: 'false'
    },
    {
        key: 'retention.bytes', type: 'long', unit: 'bytes', defaultValue: '-1', brokerKey: 'log.retention.bytes'
    },
    {
        key: 'retention.ms', type: 'long', unit: 'ms', defaultValue: '604800000', min: -1, brokerKey: 'log.retention.ms'
    },
    {
        key: 'segment.bytes', type: 'int', unit: 'bytes', defaultValue: '1073741824', min: 14, brokerKey: 'log.segment.bytes'
    },
    {
        key: 'segment.index.bytes', type: 'int', unit: 'bytes', defaultValue: '10485760', min: 4
    },
    {
        key: 'segment.jitter.ms', type: 'long', unit: 'ms', defaultValue: '0', min: 0
    },
    {
        key: 'segment.ms', type: 'long', unit: 'ms', defaultValue: '604800000', min: 1, brokerKey: 'log.roll.ms'
    },
    {
        key: 'unclean.leader.election.enable', type: 'boolean', defaultValue: 'false'
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
