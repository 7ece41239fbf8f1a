export * from './ids';
export * from './places';
export * from './roster';
