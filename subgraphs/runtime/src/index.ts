import 'reflect-metadata';

// The subgraph runtime only: kernel things (config, logger, errors, tokens, HTTP, limits,
// metrics) are imported from @caregraph/kernel, never re-exported here.
export * from './context';
export * from './auth/auth-checker';
export * from './auth/api-scope';
export * from './schema/federation';
export * from './schema/cache-hints';
export * from './schema/scalars';
export * from './schema/pagination';
export * from './schema/admin-page';
export * from './schema/uuid';
export * from './orm/orm-config';
export * from './orm/init-orm';
export * from './orm/lock-until-commit';
export * from './orm/read-only-entities';
export * from './orm/read-rows';
export * from './subgraph/definition';
export * from './subgraph/subgraph-config';
export * from './subgraph/build-schema';
export * from './subgraph/start-subgraph';
export * from './subgraph/schema-version';
export * from './subgraph/run-cli';
export * from './subgraph/system-route';
export * from './subgraph/sweep-routes';
export * from './subgraph/public-read-purge';
export * from './metrics/database-pool';
export * from './personal-data/personal-data-export';
export * from './graph/graph-client';
export * from './graph/health-data-consent';
export * from './personal-data/clinical-erasure';
export * from './retention';
export * from './outbox';
