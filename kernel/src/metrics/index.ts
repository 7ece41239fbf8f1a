export * from './service-metrics';
export * from './metrics-plugin';
export * from './read-metric';
