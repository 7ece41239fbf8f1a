import { generateGatewayKeys } from '@caregraph/kernel/testing';
import { withDatabase } from '@caregraph/kernel';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client, Pool } from 'pg';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const WORKER_MAIN = path.join(ROOT, 'worker', 'dist', 'main.js');
const NOTIFICATIONS_MAIN = path.join(ROOT, 'subgraphs', 'notifications', 'dist', 'main.js');
const SOURCES = [
  ['THERAPISTS', 'therapists'],
  ['BOOKINGS', 'bookings'],
  ['CARE_PLANS', 'care_plans'],
] as const;

/** The outbox table as the subgraph runtime's `OutboxEvent` makes it in each subgraph's migrations. */
export const OUTBOX_DDL = `create table outbox_events (id uuid primary key, kind text not null, payload jsonb not null,
  occurred_at timestamptz not null default now(), relayed_at timestamptz null);
  create index outbox_events_unrelayed_index on outbox_events (occurred_at) where relayed_at is null;`;

/**
 * Real databases for the delivery worker: the notifications database migrated by the notifications
 * subgraph's own command and the worker's, and three outbox databases; worker processes started as
 * `npm start` starts them.
 */
export interface WorkerRig {
  notifications: Pool;
  bookings: Pool;
  env: Record<string, string>;
  startWorker(extra?: Record<string, string>): ChildProcess;
  drop(): Promise<void>;
}

function run(entry: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync(process.execPath, [entry, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(path.dirname(path.dirname(entry)))} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

export async function createWorkerRig(options: { routesUrl: string; smtpUrl: string }): Promise<WorkerRig> {
  const server = process.env.TEST_DATABASE_URL!;
  const prefix = `w${randomBytes(3).toString('hex')}_`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  const names = ['notifications', ...SOURCES.map(([, db]) => db)].map((db) => `${prefix}${db}`);
  for (const name of names) await admin.query(`create database "${name}"`);
  await admin.end();
  const url = (db: string) => withDatabase(server, `${prefix}${db}`);
  const env: Record<string, string> = {
    NOTIFICATIONS_DATABASE_URL: url('notifications'),
    ...Object.fromEntries(SOURCES.map(([prefixVar, db]) => [`${prefixVar}_DATABASE_URL`, url(db)])),
    ACCOUNTS_DATABASE_URL: url('notifications'),
    ...Object.fromEntries(['ACCOUNTS', 'THERAPISTS', 'BOOKINGS', 'CARE_PLANS'].map((p) => [`${p}_URL`, options.routesUrl])),
    INTERNAL_TOKEN_PRIVATE_KEY: generateGatewayKeys().privateKeyPem,
    SMTP_URL: options.smtpUrl,
    APP_BASE_URL: 'http://client.caregraph.test',
    THERAPIST_APP_BASE_URL: 'http://therapist.caregraph.test',
    ADMIN_APP_BASE_URL: 'http://admin.caregraph.test',
    WORKER_OPS_PORT: '0',
    RELAY_INTERVAL_MS: '100',
    SWEEP_INTERVAL_SECONDS: '3600',
    WORKER_HEARTBEAT_TIMEOUT_SECONDS: '3',
    LOG_LEVEL: 'warn',
  };
  run(NOTIFICATIONS_MAIN, ['migrate'], { NOTIFICATIONS_DATABASE_URL: env.NOTIFICATIONS_DATABASE_URL, LOG_LEVEL: 'warn' });
  run(WORKER_MAIN, ['migrate'], { NOTIFICATIONS_DATABASE_URL: env.NOTIFICATIONS_DATABASE_URL, LOG_LEVEL: 'warn' });
  for (const [, db] of SOURCES) {
    const client = new Client({ connectionString: url(db) });
    await client.connect();
    await client.query(OUTBOX_DDL);
    await client.end();
  }
  const notifications = new Pool({ connectionString: env.NOTIFICATIONS_DATABASE_URL, max: 3 });
  const bookings = new Pool({ connectionString: url('bookings'), max: 3 });
  const children = new Set<ChildProcess>();
  return {
    notifications,
    bookings,
    env,
    startWorker(extra = {}) {
      const child = spawn(process.execPath, [WORKER_MAIN, 'serve'], { env: { ...process.env, ...env, ...extra }, stdio: ['ignore', 'ignore', 'inherit'] });
      children.add(child);
      child.once('exit', () => children.delete(child));
      return child;
    },
    async drop() {
      for (const child of children) child.kill('SIGKILL');
      await Promise.all([endPool(notifications), endPool(bookings)]);
      const client = new Client({ connectionString: server });
      await client.connect();
      for (const name of names) await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

/**
 * Ends `pool` and resolves once every one of its connections has closed. pg-pool's end() resolves as soon as
 * it has asked them to close; a connection still closing when its database is dropped `with (force)` is sent
 * FATAL 57P01, which the pool passes on as an 'error' event nobody listens to, failing the whole test file.
 */
export async function endPool(pool: Pool): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) return resolve();
    pool.on('remove', () => {
      open -= 1;
      if (open === 0) resolve();
    });
  });
  await pool.end();
  await closed;
}

/** Records an outbox event in the bookings outbox as bookings does: in a transaction that commits, or rolls back. */
export async function recordEvent(pool: Pool, kind: string, recipients: unknown[], facts: Record<string, unknown>, outcome: 'commit' | 'rollback' = 'commit'): Promise<string> {
  const id = randomUUID();
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('insert into outbox_events (id, kind, payload) values ($1, $2, $3)', [id, kind, JSON.stringify({ recipients, facts })]);
    await client.query(outcome);
  } finally {
    client.release();
  }
  return id;
}

/** Polls `check` until it is true; fails naming `what` after `timeoutMs`. */
export async function eventually(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Stops a worker process the way the platform does (SIGTERM) and waits for it. */
export function stopGracefully(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
