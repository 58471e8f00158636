// Which concept a grammar keyword stands for. A few keywords mean different
// things in different rules (`no quorum` vs `no data-loss`, `key` of a producer
// vs `ordering key`), so the rule that holds the keyword decides.
import { AstUtils, GrammarAST } from 'langium';
import type { ConceptId } from './concepts.js';

const BY_RULE: Readonly<Record<string, ConceptId>> = {
    Cluster: 'cluster',
    ProfileProperty: 'profile',
    KafkaVersionProperty: 'kafka-version',
    FeaturesBlock: 'features',
    FeatureEntry: 'features',
    PlacementProperty: 'placement',
    ProtocolProperty: 'protocol',
    ShareGroup: 'share-group',
    StopBrokerStep: 'stop',
    ControllersProperty: 'controllers',
    Broker: 'broker',
    BrokerRange: 'brokers',
    RackProperty: 'rack',
    RacksProperty: 'rack',
    HostProperty: 'host',
    Defaults: 'defaults',
    Topic: 'topic',
    PartitionsProperty: 'partitions',
    ReplicationFactorProperty: 'replication-factor',
    MinInsyncReplicasProperty: 'min-insync-replicas',
    OrderingProperty: 'ordering',
    DescriptionProperty: 'description',
    ConfigBlock: 'config',
    AssignmentBlock: 'assignment',
    AssignmentRow: 'assignment',
    Producer: 'producer',
    ProducesProperty: 'produces',
    AcksProperty: 'acks',
    KeyProperty: 'key',
    IdempotentProperty: 'idempotent',
    ConsumerGroup: 'consumer-group',
    ConsumesProperty: 'consumes',
    MembersProperty: 'members',
    AssignorProperty: 'assignor',
    Scenario: 'scenario',
    BrokerTarget: 'broker',
    RackTarget: 'rack',
    ControllerTarget: 'controllers',
    MemberTarget: 'member-target',
    ElectPreferredStep: 'elect-preferred',
    ExpectStep: 'expect',
    QuorumExpectation: 'quorum',
    DataLossExpectation: 'data-loss',
    GroupExpectation: 'balanced'
};

const BY_VALUE: Readonly<Record<string, ConceptId>> = {
    production: 'profile-production',
    development: 'profile-development',
    fail: 'fail',
    recover: 'recover',
    range: 'assignor-range',
    roundrobin: 'assignor-roundrobin',
    sticky: 'assignor-sticky',
    'cooperative-sticky': 'assignor-cooperative-sticky',
    uniform: 'assignor-uniform',
    writable: 'writable',
    readable: 'readable',
    'fully-replicated': 'fully-replicated',
    'under-replicated': 'under-replicated'
};

/** The name of the parser rule that holds a grammar element. */
export function ruleOf(element: GrammarAST.AbstractElement): string | undefined {
    return AstUtils.getContainerOfType(element, GrammarAST.isParserRule)?.name;
}

/** The concept of a node's own kind (a `PartitionsProperty` → partitions), e.g. under a property's value. */
export function conceptOfNodeType(type: string): ConceptId | undefined {
    return BY_RULE[type];
}

export function conceptOfKeyword(keyword: GrammarAST.Keyword): ConceptId | undefined {
    const rule = ruleOf(keyword);
    if (rule === 'AcksProperty' && keyword.value === 'all') return 'acks-all';
    if (rule === 'TopicExpectation' && keyword.value === 'not') return 'writable';
    return BY_VALUE[keyword.value] ?? (rule ? BY_RULE[rule] : undefined);
}
