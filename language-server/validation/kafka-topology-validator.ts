import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import type { KafkaTopologyAstType } from '../generated/ast.js';
import { AssignmentValidator } from './assignments.js';
import { AssignorProtocolValidator } from './assignor-protocols.js';
import { ClusterShapeValidator } from './cluster-shape.js';
import { ConsumerGroupValidator } from './consumer-groups.js';
import { KafkaReleaseValidator } from './kafka-release.js';
import { NameValidator } from './names.js';
import { PlacementDependenceValidator } from './placement-dependence.js';
import { ProducerValidator } from './producers.js';
import { PropertyValidator } from './properties.js';
import { ScenarioValidator } from './scenarios.js';
import { ShareGroupValidator } from './share-groups.js';
import { TopicConfigValidator } from './topic-config.js';
import { TopicNameValidator } from './topic-names.js';
import { TopicValidator } from './topics.js';
import { ValueRangeValidator } from './value-ranges.js';

/** Every rule of RULES.md, by the node it starts from; one validator class per concern. */
export function registerValidationChecks(services: KafkaTopologyCoreServices): void {
    const registry = services.validation.ValidationRegistry;
    const register = <V>(validator: V, checks: Parameters<typeof registry.register<KafkaTopologyAstType>>[0]) => registry.register(checks, validator);

    const shape = new ClusterShapeValidator(services);
    register(shape, { Cluster: [shape.checkBrokersExist, shape.checkBrokerIdsUnique, shape.checkRacksComplete, shape.checkQuorum, shape.checkEnoughBrokers] });

    const release = new KafkaReleaseValidator(services);
    register(release, { Cluster: release.checkRelease });

    const topics = new TopicValidator(services);
    // Each topic rule judges a topic's own settings on the topic, and what is located in `defaults` on the cluster.
    const topicRules = [
        topics.checkPartitionsValid, topics.checkReplicationFactorValid, topics.checkMinInsyncValid, topics.checkReplicationFactorFitsBrokers,
        topics.checkReplicationFactorHighEnough, topics.checkMinInsyncWithinReplicationFactor, topics.checkMinInsyncBelowReplicationFactor,
        topics.checkMinInsyncHighEnough, topics.checkReplicasFitRacks, topics.checkTotalOrderPartitions
    ];
    register(topics, { Cluster: [...topicRules, topics.checkTopicsUsed], Topic: topicRules });

    const names = new TopicNameValidator(services);
    register(names, { Topic: names.checkTopicName, Cluster: names.checkTopicNamesUnique });

    const config = new TopicConfigValidator(services);
    register(config, { ConfigEntry: config.checkConfigEntry });

    const assignments = new AssignmentValidator(services);
    register(assignments, { Topic: assignments.checkAssignment, Defaults: assignments.checkNotInDefaults });

    const ranges = new ValueRangeValidator(services);
    register(ranges, {
        Broker: ranges.checkBrokerId,
        BrokerRange: ranges.checkBrokerRange,
        MembersProperty: ranges.checkMembers,
        PartitionsProperty: ranges.checkPartitions,
        ControllersProperty: ranges.checkControllers,
        Cluster: ranges.checkPartitionBudget
    });

    const emptyNames = new NameValidator(services);
    const notEmpty = emptyNames.checkNotEmpty;
    register(emptyNames, { Cluster: notEmpty, ConsumerGroup: notEmpty, ShareGroup: notEmpty, Member: notEmpty, Producer: notEmpty, Scenario: notEmpty });

    const producers = new ProducerValidator(services);
    register(producers, {
        Producer: [producers.checkProducesSomething, producers.checkAcks, producers.checkIdempotence, producers.checkRecordKeys],
        Cluster: producers.checkProducerNamesUnique
    });

    const groups = new ConsumerGroupValidator(services);
    register(groups, {
        ConsumerGroup: [groups.checkConsumesSomething, groups.checkLoad, groups.checkMemberNamesUnique],
        Cluster: groups.checkGroupNamesUnique
    });

    const protocols = new AssignorProtocolValidator(services);
    register(protocols, { ConsumerGroup: protocols.checkAssignorFitsProtocol });

    const shareGroups = new ShareGroupValidator(services);
    register(shareGroups, { ShareGroup: [shareGroups.checkOrderKept] });
    register(groups, { ShareGroup: [groups.checkConsumesSomething, groups.checkMemberNamesUnique] });

    const properties = new PropertyValidator(services);
    register(properties, {
        Cluster: properties.checkClusterProperties,
        Broker: properties.checkBrokerProperties,
        BrokerRange: properties.checkBrokerProperties,
        Topic: properties.checkBlockProperties,
        Producer: properties.checkBlockProperties,
        ConsumerGroup: properties.checkBlockProperties,
        ShareGroup: properties.checkBlockProperties
    });

    const scenarios = new ScenarioValidator(services);
    register(scenarios, { Scenario: scenarios.checkScenario });

    const layouts = new PlacementDependenceValidator(services);
    register(layouts, { Scenario: layouts.checkLayoutDependence });
}
