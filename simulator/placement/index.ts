// KRaft's StripedReplicaPlacer and the random generator the model feeds it.
export * from './mock-random.js';
export * from './striped-replica-placer.js';
export * from './topic-layout.js';
