import { ConfigError, readKeyMaterial, databaseUrlFor, envInt, envString, migrationDatabaseUrlFor } from '@caregraph/kernel';
import type { SubgraphDefinition } from './definition';
import { DEFAULT_PURGE_BATCH_SIZE } from '../retention/retention-purge';
import { GRAPH_CALL_TIMEOUT_MS } from '../graph/graph-client';

/** Runtime settings of one subgraph process, read from `<PREFIX>_*` variables with local defaults. */
export interface SubgraphConfig {
  host: string;
  port: number;
  databaseUrl: string;
  /** The database owner's URL, for migrations only (`<PREFIX>_MIGRATION_DATABASE_URL`, else databaseUrl). */
  migrationDatabaseUrl: string;
  bodyLimitBytes: number;
  /**
   * Longest a request may take here (SUBGRAPH_REQUEST_TIMEOUT_MS); the gateway's deadline header shortens it.
   * A statement still running when it ends is cancelled in PostgreSQL (docs/adr/026).
   */
  requestTimeoutMs: number;
  poolMax: number;
  /** The gateway's public key(s) for internal tokens (SPKI PEM). */
  gatewayPublicKey: string | undefined;
  /** The gateway, for asking the rest of the graph on a caller's behalf (ctx.graph). */
  gatewayUrl: string;
  /** Longest wait for one such question (GRAPH_CALL_TIMEOUT_MS); the request's own deadline shortens it. */
  graphCallTimeoutMs: number;
  /** Minutes between retention purges in a serving subgraph that has records to purge; 0 turns the timer off. */
  retentionPurgeIntervalMinutes: number;
  /** Rows deleted per purge transaction. */
  retentionPurgeBatchSize: number;
  /** Seconds `serve` waits for the release's migrations to be applied before giving up (0: not at all). */
  schemaWaitSeconds: number;
}

/** Reads a subgraph's configuration: `<PREFIX>_HOST` (default loopback), `<PREFIX>_PORT`, database URL. */
export function readSubgraphConfig(definition: SubgraphDefinition): SubgraphConfig {
  const prefix = definition.envPrefix;
  return {
    host: envString(`${prefix}_HOST`, envString('SUBGRAPH_HOST', '127.0.0.1')),
    port: envInt(`${prefix}_PORT`, definition.defaultPort),
    databaseUrl: databaseUrlFor(definition.database, prefix),
    migrationDatabaseUrl: migrationDatabaseUrlFor(definition.database, prefix),
    bodyLimitBytes: envInt('SUBGRAPH_BODY_LIMIT_BYTES', 2_000_000),
    // A backstop for a request without the gateway's deadline header; with one, the gateway's time governs.
    requestTimeoutMs: envIntAtLeastOne('SUBGRAPH_REQUEST_TIMEOUT_MS', 30_000),
    poolMax: envInt('DATABASE_POOL_MAX', 10),
    gatewayPublicKey: readKeyMaterial('INTERNAL_TOKEN_PUBLIC_KEY'),
    gatewayUrl: envString('GATEWAY_URL', 'http://127.0.0.1:4000/graphql'),
    graphCallTimeoutMs: envIntAtLeastOne('GRAPH_CALL_TIMEOUT_MS', GRAPH_CALL_TIMEOUT_MS),
    // Daily by default: retention dates are whole days, so a day's delay deletes nothing early.
    retentionPurgeIntervalMinutes: envIntAtMost('RETENTION_PURGE_INTERVAL_MINUTES', 24 * 60, MAX_TIMER_MINUTES),
    retentionPurgeBatchSize: envIntAtLeastOne('RETENTION_PURGE_BATCH_SIZE', DEFAULT_PURGE_BATCH_SIZE),
    schemaWaitSeconds: envIntAtMost('SCHEMA_WAIT_SECONDS', 300, 3600),
  };
}

/** The longest delay a Node.js timer takes (2^31 - 1 ms, about 24.8 days), in whole minutes: a longer one fires at once. */
const MAX_TIMER_MINUTES = Math.floor((2 ** 31 - 1) / 60_000);

function envIntAtMost(name: string, fallback: number, max: number): number {
  const value = envInt(name, fallback);
  if (value > max) throw new ConfigError(`${name} must be at most ${max}, got ${value}`);
  return value;
}

function envIntAtLeastOne(name: string, fallback: number): number {
  const value = envInt(name, fallback);
  if (value < 1) throw new ConfigError(`${name} must be 1 or more, got ${value}`);
  return value;
}
