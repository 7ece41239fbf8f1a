export * from './graphql-request';
export * from './test-keys';
