// The real-Kafka test harness (see test/kafka/README.md): releases and their
// jars, clusters, Kafka's tools, Java snippets, the state reader.
export { RELEASES, releaseOf, selectedReleases, atLeast, type KafkaRelease } from './releases.js';
export { ensureJars, CACHE_ROOT, releaseDir, type ReleaseJars } from './jars.js';
export { compileJava, runJava, runTool, toolClass, JVM_FLAGS, type JavaRun, type JavaOptions } from './java.js';
export { startCluster, KafkaCluster, CONTROLLER_ID_BASE, sleep, type ClusterOptions, type BrokerOptions } from './cluster.js';
export { saslPlainClientConfig, type ExtraListener } from './properties.js';
export { ProbeClient, type Described, type DescribedPartition, type Probed, type TopicToCreate } from './probe-client.js';
export { settle, probeTraffic, quorumOf, type RealState, type RealPartition, type RealQuorum } from './state.js';
export { awaitReplicationAtRest, checkpointedHighWatermarks } from './at-rest.js';
