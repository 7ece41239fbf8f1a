export * from './graphql-request';
export * from './test-keys';
export * from './wait-for-status';
