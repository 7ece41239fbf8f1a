import path from 'node:path';
import { ConfigError, databaseUrlFor, envBool, envInt, envString, isProduction, readKeyMaterial, readOpsConfig, WEBHOOK_SECRET_KEYS_VARIABLE, webhookSecretCipher, type OpsConfig, type SecretCipher } from '@caregraph/kernel';
import type { MailTransportConfig } from '@caregraph/kernel/mail';

/** The subgraphs whose outboxes the worker relays, and whose system routes it calls. */
export const SOURCES = [
  { name: 'accounts', database: 'accounts', envPrefix: 'ACCOUNTS', defaultPort: 4101 },
  { name: 'therapists', database: 'therapists', envPrefix: 'THERAPISTS', defaultPort: 4102 },
  { name: 'bookings', database: 'bookings', envPrefix: 'BOOKINGS', defaultPort: 4103 },
  { name: 'care-plans', database: 'care_plans', envPrefix: 'CARE_PLANS', defaultPort: 4104 },
] as const;
export type SourceName = (typeof SOURCES)[number]['name'];

/** The subgraphs that record outbox events (accounts sends its own security mail and keeps no outbox). */
export const OUTBOX_SOURCES: readonly SourceName[] = ['therapists', 'bookings', 'care-plans'];

/** Where the worker's operations endpoints listen by default: no public port, so 4200's +10000. */
export const WORKER_OPS_DEFAULT_PORT = 14200;

export interface WorkerConfig {
  /** The notifications database: the queue (graphile_worker schema), messages, deliveries, the inbox. */
  notificationsDatabaseUrl: string;
  /** Each source subgraph's database, where its `outbox_events` table is. */
  sourceDatabaseUrls: Record<SourceName, string>;
  /** Each source subgraph's GraphQL URL; its system routes are beside it. */
  subgraphUrls: Record<SourceName, string>;
  /** Signs the SYSTEM internal tokens for the system routes (the gateway's internal-token key). */
  internalTokenPrivateKey: string;
  mail: MailTransportConfig;
  appBaseUrls: { CLIENT: string; THERAPIST: string; ADMIN: string };
  /** Jobs run at once by this worker process. */
  concurrency: number;
  /** Attempts a delivery gets before it is DEAD (graphile-worker backs off exponentially between them). */
  maxAttempts: number;
  /** How often each outbox is looked at. */
  relayIntervalMs: number;
  /** How often the sweeps run, once across all workers. */
  sweepIntervalSeconds: number;
  /** A worker process silent this long is presumed dead and its jobs are freed for others. */
  heartbeatTimeoutSeconds: number;
  /** Rows relayed per source per transaction. */
  relayBatchSize: number;
  /** How long a relayed outbox row is kept in its subgraph's database before the relay deletes it. */
  outboxRetentionHours: number;
  /** Organisations' webhooks (docs/adr/030). */
  webhooks: {
    /** Decrypts endpoints' signing secrets (WEBHOOK_SECRET_KEYS, the notifications subgraph's keys). */
    secrets: SecretCipher;
    /** How long one attempt may take before it counts as failed. */
    timeoutMs: number;
    /** Plain HTTP and local or private addresses allowed (development and tests only). */
    allowLocalEndpoints: boolean;
  };
  ops: OpsConfig;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');

function positive(name: string, fallback: number): number {
  const value = envInt(name, fallback);
  if (value < 1) throw new ConfigError(`${name} must be at least 1, got "${value}"`);
  return value;
}

function url(name: string, fallback: string): string {
  const value = envString(name, fallback);
  try {
    new URL(value);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}

/**
 * The worker's configuration from the environment (docs/adr/022): NOTIFICATIONS_DATABASE_URL and the four
 * sources' `<PREFIX>_DATABASE_URL` (else DATABASE_URL's server, else the embedded one), their `<PREFIX>_URL`,
 * INTERNAL_TOKEN_PRIVATE_KEY(_FILE), SMTP_URL / MAIL_FROM / MAIL_DIR, APP_BASE_URL, THERAPIST_APP_BASE_URL,
 * ADMIN_APP_BASE_URL, WORKER_CONCURRENCY (4), DELIVERY_MAX_ATTEMPTS (8), RELAY_INTERVAL_MS (1000),
 * RELAY_BATCH_SIZE (100), OUTBOX_RETENTION_HOURS (168), SWEEP_INTERVAL_SECONDS (60), WORKER_HEARTBEAT_TIMEOUT_SECONDS (30),
 * WEBHOOK_SECRET_KEYS(_FILE), WEBHOOK_TIMEOUT_MS (10000), WEBHOOKS_ALLOW_LOCAL_ENDPOINTS (on outside production),
 * WORKER_OPS_PORT (14200) and WORKER_OPS_HOST.
 */
export function readWorkerConfig(): WorkerConfig {
  const privateKey = readKeyMaterial('INTERNAL_TOKEN_PRIVATE_KEY');
  if (!privateKey) throw new ConfigError('INTERNAL_TOKEN_PRIVATE_KEY (or INTERNAL_TOKEN_PRIVATE_KEY_FILE) is not set: the worker signs its calls to the subgraphs with it.');
  const ops = readOpsConfig(0, 'WORKER');
  return {
    notificationsDatabaseUrl: databaseUrlFor('notifications', 'NOTIFICATIONS'),
    sourceDatabaseUrls: Object.fromEntries(SOURCES.map((s) => [s.name, databaseUrlFor(s.database, s.envPrefix)])) as Record<SourceName, string>,
    subgraphUrls: Object.fromEntries(SOURCES.map((s) => [s.name, url(`${s.envPrefix}_URL`, `http://127.0.0.1:${s.defaultPort}/graphql`)])) as Record<SourceName, string>,
    internalTokenPrivateKey: privateKey,
    mail: {
      smtpUrl: envString('SMTP_URL'),
      mailFrom: envString('MAIL_FROM', 'Caregraph <no-reply@caregraph.example>'),
      mailDir: path.resolve(envString('MAIL_DIR', path.join(REPO_ROOT, '.data', 'mail'))),
    },
    appBaseUrls: {
      CLIENT: url('APP_BASE_URL', 'http://localhost:5174'),
      THERAPIST: url('THERAPIST_APP_BASE_URL', 'http://localhost:5175'),
      ADMIN: url('ADMIN_APP_BASE_URL', 'http://localhost:5173'),
    },
    concurrency: positive('WORKER_CONCURRENCY', 4),
    maxAttempts: positive('DELIVERY_MAX_ATTEMPTS', 8),
    relayIntervalMs: positive('RELAY_INTERVAL_MS', 1000),
    relayBatchSize: positive('RELAY_BATCH_SIZE', 100),
    outboxRetentionHours: positive('OUTBOX_RETENTION_HOURS', 168),
    sweepIntervalSeconds: positive('SWEEP_INTERVAL_SECONDS', 60),
    heartbeatTimeoutSeconds: positive('WORKER_HEARTBEAT_TIMEOUT_SECONDS', 30),
    webhooks: {
      secrets: webhookSecretCipher(readKeyMaterial(WEBHOOK_SECRET_KEYS_VARIABLE)),
      timeoutMs: positive('WEBHOOK_TIMEOUT_MS', 10_000),
      allowLocalEndpoints: envBool('WEBHOOKS_ALLOW_LOCAL_ENDPOINTS', !isProduction()),
    },
    // Without WORKER_OPS_PORT the worker's operations port is 14200 (it has no public port to add 10000 to).
    ops: { ...ops, host: envString('WORKER_OPS_HOST', ops.host), port: envInt('WORKER_OPS_PORT', WORKER_OPS_DEFAULT_PORT) },
  };
}
