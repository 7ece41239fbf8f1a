// Dispatch throughput of the delivery worker: `messages` booking confirmations put in the bookings outbox
// at once (each to one scale client), then timed until every delivery of them is settled (e-mail to a real
// SMTP server in this process, in-app rows), with the worker process's own CPU (/proc) over that time.
// Recipients are resolved as in production: the worker asks accounts over its system route.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { withDatabase } from '../../scripts/lib/database.mjs';
import { scaleId } from '../../scripts/lib/scale-rows.mjs';
import { startService } from '../../scripts/lib/processes.mjs';
import { SUBGRAPHS, WORKER, entryPointOf } from '../../scripts/lib/subgraphs.mjs';
import { cpuSeconds } from '../lib/proc-stats.mjs';
import { tail, waitForOk } from '../lib/services.mjs';

const SETTLED = ['SENT', 'SKIPPED', 'DEAD'];

/** Runs `work` with a client on database `name` of the server. */
async function withClient(serverUrl, name, work) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, name) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The delivery worker on the scale databases, with `concurrency` jobs at once; resolves once /ready answers. */
async function startWorker({ serverUrl, prefix, subgraphs, smtpUrl, concurrency, opsPort }) {
  const env = {
    ...process.env,
    LOG_LEVEL: 'warn',
    INTERNAL_TOKEN_PRIVATE_KEY: subgraphs.privateKey,
    SMTP_URL: smtpUrl,
    WORKER_CONCURRENCY: String(concurrency),
    WORKER_OPS_PORT: String(opsPort),
    RELAY_INTERVAL_MS: '100',
    // No sweep during the measurement: only the messages put in the outbox here flow.
    SWEEP_INTERVAL_SECONDS: '86400',
    ...Object.fromEntries(SUBGRAPHS.map((s) => [`${s.envPrefix}_DATABASE_URL`, withDatabase(serverUrl, `${prefix}${s.database}`)])),
    ...Object.fromEntries(SUBGRAPHS.map((s) => [s.urlVariable, subgraphs.urls[s.name]])),
  };
  const log = tail(WORKER.name);
  const worker = startService({ name: WORKER.name, entryPoint: entryPointOf(WORKER), args: ['serve'], env, onLine: log.onLine });
  try {
    await Promise.race([waitForOk('worker', `http://127.0.0.1:${opsPort}/ready`), worker.exited.then(() => Promise.reject(new Error(`the worker exited:\n${log.text()}`)))]);
  } catch (error) {
    await worker.stop();
    throw error;
  }
  return { pid: worker.child.pid, stop: () => worker.stop() };
}

/** Puts `count` booking confirmations, one per scale client, in the bookings outbox in one statement; returns their ids. */
async function recordConfirmations(client, count) {
  const ids = Array.from({ length: count }, () => randomUUID());
  const startsAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const payloads = ids.map((_, i) =>
    JSON.stringify({
      recipients: [{ kind: 'user', userId: scaleId('clientUser', i + 1), role: 'CLIENT' }],
      facts: { bookingId: scaleId('booking', i + 1), therapistId: scaleId('therapist', 1), startsAt, format: 'ONLINE' },
    }),
  );
  await client.query(`insert into outbox_events (id, kind, payload) select unnest($1::uuid[]), 'booking.confirmed', unnest($2::jsonb[])`, [ids, payloads]);
  return ids;
}

/** Deliveries of `ids` by status. */
async function deliveryCounts(client, ids) {
  const { rows } = await client.query('select status, count(*)::int as n from deliveries where message_id = any($1::uuid[]) group by status', [ids]);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/**
 * One measurement: starts a worker with `concurrency`, records `messages` confirmations, waits until each has
 * its e-mail and in-app delivery settled. Returns messages/s, deliveries/s, the worker's CPU ms per message,
 * the statuses and how many e-mails the SMTP server took.
 */
export async function measureDispatch({ serverUrl, prefix, subgraphs, smtp, concurrency, messages, opsPort, timeoutMs = 600_000 }) {
  const worker = await startWorker({ serverUrl, prefix, subgraphs, smtpUrl: smtp.url, concurrency, opsPort });
  const mailBefore = smtp.received.length;
  try {
    return await withClient(serverUrl, `${prefix}notifications`, async (notifications) => {
      const cpuBefore = cpuSeconds(worker.pid);
      const started = performance.now();
      const ids = await withClient(serverUrl, `${prefix}bookings`, (bookings) => recordConfirmations(bookings, messages));
      const expected = messages * 2; // e-mail and in-app
      let counts = {};
      for (;;) {
        counts = await deliveryCounts(notifications, ids);
        const settled = SETTLED.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
        if (settled >= expected) break;
        if (performance.now() - started > timeoutMs) throw new Error(`only ${settled} of ${expected} deliveries settled within ${timeoutMs / 1000} s: ${JSON.stringify(counts)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const seconds = (performance.now() - started) / 1000;
      const cpu = cpuSeconds(worker.pid) - cpuBefore;
      return {
        concurrency,
        messages,
        seconds,
        messagesPerSecond: messages / seconds,
        deliveriesPerSecond: expected / seconds,
        cpuMsPerMessage: (cpu * 1000) / messages,
        statuses: counts,
        mailReceived: smtp.received.length - mailBefore,
      };
    });
  } finally {
    await worker.stop();
  }
}
