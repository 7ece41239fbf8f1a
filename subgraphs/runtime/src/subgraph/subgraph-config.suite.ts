import { ConfigError } from '@caregraph/kernel';
import type { SubgraphDefinition } from './definition';
import { readSubgraphConfig } from './subgraph-config';

const definition = { name: 'bookings', envPrefix: 'BOOKINGS', database: 'bookings', defaultPort: 4103 } as SubgraphDefinition;

describe('readSubgraphConfig: database URLs and the retention purge', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('serves with the runtime URL and migrates with the owner URL when both are given', () => {
    process.env.BOOKINGS_DATABASE_URL = 'postgres://bookings_runtime:r@db/bookings';
    process.env.BOOKINGS_MIGRATION_DATABASE_URL = 'postgres://bookings_owner:o@db/bookings';
    const config = readSubgraphConfig(definition);
    expect([config.databaseUrl, config.migrationDatabaseUrl]).toEqual(['postgres://bookings_runtime:r@db/bookings', 'postgres://bookings_owner:o@db/bookings']);
  });

  it('purges daily in batches of 500 unless told otherwise; 0 minutes turns the timer off', () => {
    delete process.env.RETENTION_PURGE_INTERVAL_MINUTES;
    delete process.env.RETENTION_PURGE_BATCH_SIZE;
    expect(readSubgraphConfig(definition)).toMatchObject({ retentionPurgeIntervalMinutes: 1440, retentionPurgeBatchSize: 500 });
    process.env.RETENTION_PURGE_INTERVAL_MINUTES = '0';
    process.env.RETENTION_PURGE_BATCH_SIZE = '50';
    expect(readSubgraphConfig(definition)).toMatchObject({ retentionPurgeIntervalMinutes: 0, retentionPurgeBatchSize: 50 });
  });

  it('waits 5 s for a question to the graph unless GRAPH_CALL_TIMEOUT_MS says otherwise', () => {
    delete process.env.GRAPH_CALL_TIMEOUT_MS;
    expect(readSubgraphConfig(definition).graphCallTimeoutMs).toBe(5000);
    process.env.GRAPH_CALL_TIMEOUT_MS = '12000';
    expect(readSubgraphConfig(definition).graphCallTimeoutMs).toBe(12000);
  });

  it.each([
    ['GRAPH_CALL_TIMEOUT_MS', '0', 'GRAPH_CALL_TIMEOUT_MS must be 1 or more, got 0'],
    ['RETENTION_PURGE_BATCH_SIZE', '0', 'RETENTION_PURGE_BATCH_SIZE must be 1 or more, got 0'],
    ['RETENTION_PURGE_BATCH_SIZE', 'many', 'RETENTION_PURGE_BATCH_SIZE must be a whole number, got "many"'],
    // Longer than a Node.js timer can wait: it would fire at once, over and over.
    ['RETENTION_PURGE_INTERVAL_MINUTES', '40000', 'RETENTION_PURGE_INTERVAL_MINUTES must be at most 35791, got 40000'],
    ['RETENTION_PURGE_INTERVAL_MINUTES', '-5', 'RETENTION_PURGE_INTERVAL_MINUTES must be a whole number, got "-5"'],
  ])('refuses %s=%s, naming it', (name, value, message) => {
    process.env[name] = value;
    expect(() => readSubgraphConfig(definition)).toThrow(new ConfigError(message));
  });
});
