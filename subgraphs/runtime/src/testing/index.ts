export * from './test-database';
export * from './start-test-subgraph';
export * from './query-plans';
