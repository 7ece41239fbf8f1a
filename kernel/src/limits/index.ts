export * from './query-cost';
export * from './operation-cost-cache';
export * from './query-limits';
export * from './measure';
export * from './subgraph-limits';
