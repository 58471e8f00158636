// Every diagnostic code of shared/spec/RULES.md with its severity, the severity
// in the `development` profile where it differs, and whether a quick fix exists.
// The validator, the code actions and the tests all read this one table.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Profile = 'production' | 'development';

export interface IssueDefinition {
    readonly severity: Severity;
    /** Severity in the development profile; `'none'` = not reported there. */
    readonly development?: Severity | 'none';
    readonly fixable?: boolean;
}

export const IssueCodes = {
    // syntax
    SyntaxError: 'syntax-error',
    DiagnosticsTruncated: 'diagnostics-truncated',
    // cluster shape and quorum
    QuorumEven: 'quorum-even',
    QuorumTooSmall: 'quorum-too-small',
    UnsupportedInVersion: 'unsupported-in-version',
    TooFewBrokers: 'too-few-brokers',
    NoBrokers: 'no-brokers',
    DuplicateBroker: 'duplicate-broker',
    RackIncomplete: 'rack-incomplete',
    // topics
    InvalidPartitions: 'invalid-partitions',
    InvalidReplicationFactor: 'invalid-replication-factor',
    ReplicationFactorExceedsBrokers: 'replication-factor-exceeds-brokers',
    ReplicationFactorTooLow: 'replication-factor-too-low',
    InvalidMinInsync: 'invalid-min-insync',
    MinInsyncExceedsReplicationFactor: 'min-insync-exceeds-replication-factor',
    MinInsyncEqualsReplicationFactor: 'min-insync-equals-replication-factor',
    MinInsyncTooLow: 'min-insync-too-low',
    ReplicasExceedRacks: 'replicas-exceed-racks',
    TotalOrderNeedsOnePartition: 'total-order-needs-one-partition',
    InvalidTopicName: 'invalid-topic-name',
    TopicNameCollision: 'topic-name-collision',
    ReservedTopicName: 'reserved-topic-name',
    DuplicateTopic: 'duplicate-topic',
    UnknownConfig: 'unknown-config',
    InvalidConfigValue: 'invalid-config-value',
    ConfigShadowsProperty: 'config-shadows-property',
    UncleanElectionEnabled: 'unclean-election-enabled',
    AssignmentUnknownBroker: 'assignment-unknown-broker',
    AssignmentDuplicateBroker: 'assignment-duplicate-broker',
    AssignmentWrongSize: 'assignment-wrong-size',
    AssignmentPartitionsMismatch: 'assignment-partitions-mismatch',
    UnusedTopic: 'unused-topic',
    AssignmentInDefaults: 'assignment-in-defaults',
    // producers and consumer groups
    UnresolvedReference: 'unresolved-reference',
    ValueOutOfRange: 'value-out-of-range',
    InvalidName: 'invalid-name',
    AcksMayLoseData: 'acks-may-lose-data',
    InvalidAcks: 'invalid-acks',
    IdempotentNeedsAcksAll: 'idempotent-needs-acks-all',
    MissingRecordKey: 'missing-record-key',
    KeyFieldMismatch: 'key-field-mismatch',
    IdleConsumers: 'idle-consumers',
    UnevenConsumerLoad: 'uneven-consumer-load',
    AssignorProtocolMismatch: 'assignor-protocol-mismatch',
    ShareGroupLosesOrder: 'share-group-loses-order',
    GroupWithoutTopics: 'group-without-topics',
    ProducerWithoutTopics: 'producer-without-topics',
    DuplicateProducer: 'duplicate-producer',
    DuplicateGroup: 'duplicate-group',
    DuplicateMember: 'duplicate-member',
    DuplicateProperty: 'duplicate-property',
    // scenarios
    ScenarioExpectationFailed: 'scenario-expectation-failed',
    ScenarioNoEffect: 'scenario-no-effect',
    ExpectationNotEvaluated: 'expectation-not-evaluated',
    ExpectationDependsOnPlacement: 'expectation-depends-on-placement'
} as const;

export type IssueCode = (typeof IssueCodes)[keyof typeof IssueCodes];

export const IssueDefinitions: Readonly<Record<IssueCode, IssueDefinition>> = {
    'syntax-error': { severity: 'error' },
    'diagnostics-truncated': { severity: 'info' },
    'quorum-even': { severity: 'warning', fixable: true },
    'quorum-too-small': { severity: 'warning', development: 'none', fixable: true },
    'unsupported-in-version': { severity: 'error', fixable: true },
    'too-few-brokers': { severity: 'warning', development: 'none' },
    'no-brokers': { severity: 'error', fixable: true },
    'duplicate-broker': { severity: 'error' },
    'rack-incomplete': { severity: 'error' },
    'invalid-partitions': { severity: 'error', fixable: true },
    'invalid-replication-factor': { severity: 'error', fixable: true },
    'replication-factor-exceeds-brokers': { severity: 'error', fixable: true },
    'replication-factor-too-low': { severity: 'warning', development: 'none', fixable: true },
    'invalid-min-insync': { severity: 'error', fixable: true },
    'min-insync-exceeds-replication-factor': { severity: 'error', fixable: true },
    'min-insync-equals-replication-factor': { severity: 'warning', fixable: true },
    'min-insync-too-low': { severity: 'warning', development: 'none', fixable: true },
    'replicas-exceed-racks': { severity: 'info' },
    'total-order-needs-one-partition': { severity: 'error', fixable: true },
    'invalid-topic-name': { severity: 'error' },
    'topic-name-collision': { severity: 'error' },
    'reserved-topic-name': { severity: 'warning' },
    'duplicate-topic': { severity: 'error' },
    'unknown-config': { severity: 'warning', fixable: true },
    'invalid-config-value': { severity: 'error' },
    'config-shadows-property': { severity: 'warning', fixable: true },
    'unclean-election-enabled': { severity: 'warning', fixable: true },
    'assignment-unknown-broker': { severity: 'error' },
    'assignment-duplicate-broker': { severity: 'error' },
    'assignment-wrong-size': { severity: 'error' },
    'assignment-partitions-mismatch': { severity: 'error' },
    'unused-topic': { severity: 'hint' },
    'assignment-in-defaults': { severity: 'warning' },
    'unresolved-reference': { severity: 'error', fixable: true },
    'value-out-of-range': { severity: 'error' },
    'invalid-name': { severity: 'error' },
    'acks-may-lose-data': { severity: 'warning', development: 'info', fixable: true },
    'invalid-acks': { severity: 'error', fixable: true },
    'idempotent-needs-acks-all': { severity: 'error', fixable: true },
    'missing-record-key': { severity: 'warning', fixable: true },
    'key-field-mismatch': { severity: 'warning' },
    'idle-consumers': { severity: 'warning', fixable: true },
    'uneven-consumer-load': { severity: 'info', fixable: true },
    'assignor-protocol-mismatch': { severity: 'error', fixable: true },
    'share-group-loses-order': { severity: 'warning' },
    'group-without-topics': { severity: 'error' },
    'producer-without-topics': { severity: 'error' },
    'duplicate-producer': { severity: 'error' },
    'duplicate-group': { severity: 'error' },
    'duplicate-member': { severity: 'error' },
    'duplicate-property': { severity: 'warning', fixable: true },
    'scenario-expectation-failed': { severity: 'error' },
    'scenario-no-effect': { severity: 'hint', fixable: true },
    'expectation-not-evaluated': { severity: 'warning' },
    'expectation-depends-on-placement': { severity: 'info', fixable: true }
};

export const ALL_ISSUE_CODES = Object.keys(IssueDefinitions) as IssueCode[];

/** The severity of `code` in `profile`, or undefined when the profile silences it. */
export function severityFor(code: IssueCode, profile: Profile): Severity | undefined {
    const definition = IssueDefinitions[code];
    if (profile === 'development' && definition.development !== undefined) {
        return definition.development === 'none' ? undefined : definition.development;
    }
    return definition.severity;
}
