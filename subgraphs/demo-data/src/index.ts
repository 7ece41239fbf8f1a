export * from './ids';
export * from './places';
export * from './roster';
export * from './credentials';
