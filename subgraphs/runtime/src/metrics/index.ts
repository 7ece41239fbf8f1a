export * from './service-metrics';
export * from './metrics-plugin';
export * from './database-pool';
export * from './read-metric';
