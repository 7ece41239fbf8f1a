export * from './test-database';
export * from './graphql-request';
export * from './start-test-subgraph';
export * from './test-keys';
