// The Kafka model's public API.
export * from './model.js';
export * from './topic-partition.js';
export * from './partitioner.js';
export * from './placement.js';
export * from './topic-names.js';
export * from './election.js';
export * from './assignors/index.js';
