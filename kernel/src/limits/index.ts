export * from './query-cost';
export * from './query-limits';
export * from './measure';
export * from './subgraph-limits';
