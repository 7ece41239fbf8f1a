export * from './retention-purge';
export * from './retention-purge.entity';
export * from './retention-purge-schedule';
