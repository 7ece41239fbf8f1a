import 'reflect-metadata';

// Caregraph's shared domain vocabulary: GraphQL value types every subgraph that names them imports
// from here (so their definitions cannot drift apart), and named domain policies.
export * from './condition';
export * from './session-format';
export * from './currency';
export * from './money.type';
export * from './policies/record-retention';
