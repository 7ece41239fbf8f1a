export * from './test-database';
export * from './start-test-subgraph';
