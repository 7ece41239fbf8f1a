import { createInternalTokenSigner, createLogger, createServiceMetrics, startOpsServer, startReadinessMonitor, type GracefulServer, type Logger } from '@caregraph/kernel';
import { createMailer } from '@caregraph/kernel/mail';
import { run, runMigrations, type Runner, type WorkerEvents } from 'graphile-worker';
import { EventEmitter } from 'node:events';
import { Pool } from 'pg';
import { Counter } from 'prom-client';
import { OUTBOX_SOURCES, type WorkerConfig } from './config';
import { graphileLogger } from './graphile-logger';
import { HEARTBEATS_DDL, startHeartbeats, type Heartbeats } from './liveness/heartbeats';
import { createSystemRoutes } from './recipients/system-routes';
import { startRelayLoop, type RelayLoop } from './relay/relay-loop';
import { deliverTask } from './tasks/deliver';
import { deliverWebhookTask } from './tasks/deliver-webhook';
import { notifyTask } from './tasks/notify';
import { scheduleSweep, sweepTask } from './tasks/sweep';

/** A worker that is up: its operations URL and a stop that drains everything. */
export interface RunningWorker {
  opsUrl: string;
  logger: Logger;
  stop(): Promise<void>;
}

/** Creates (or brings up to date) graphile-worker's schema in the notifications database. */
export async function migrateQueue(databaseUrl: string, logger: Logger = createLogger('worker')): Promise<void> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const lost = (error: Error) => logger.warn({ err: error.message }, 'database connection lost');
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
  try {
    await runMigrations({ pgPool: pool, logger: graphileLogger(logger) });
    await pool.query(HEARTBEATS_DDL);
  } finally {
    await pool.end();
  }
}

/**
 * Starts the delivery worker (docs/adr/022): one relay loop per outbox, graphile-worker running the
 * notify, deliver, deliver-webhook (docs/adr/030) and sweep tasks, the first sweep queued (once across workers), and the operations
 * server (`/live`, `/ready` = the notifications database answers, `/metrics`).
 */
export async function startWorker(config: WorkerConfig): Promise<RunningWorker> {
  const logger = createLogger('worker');
  const pool = new Pool({ connectionString: config.notificationsDatabaseUrl, max: config.concurrency + 3 });
  const sourcePools = OUTBOX_SOURCES.map((source) => ({ source, pool: new Pool({ connectionString: config.sourceDatabaseUrls[source], max: 2 }) }));
  // An idle client losing its server must not bring the process down: the next query reconnects.
  const lost = (error: Error) => logger.warn({ err: error.message }, 'database connection lost');
  for (const p of [pool, ...sourcePools.map((s) => s.pool)]) {
    p.on('error', lost);
    p.on('connect', (client) => client.on('error', lost));
  }
  const closePools = () => Promise.all([pool.end(), ...sourcePools.map((s) => s.pool.end())]);

  const metrics = createServiceMetrics('worker');
  const relayed = new Counter({ name: 'caregraph_outbox_relayed_total', help: 'Outbox events moved onto the queue, by source subgraph.', labelNames: ['source'] as const, registers: [metrics.registry] });
  const routes = createSystemRoutes(config.subgraphUrls, await createInternalTokenSigner(config.internalTokenPrivateKey));
  // Pooled: the worker sends mail after mail, and closes the pool when it stops.
  const mailer = createMailer({ ...config.mail, pooled: true });

  let runner: Runner;
  let relays: RelayLoop[] = [];
  const heartbeats: Heartbeats = startHeartbeats({ pool, intervalMs: Math.min(5000, config.heartbeatTimeoutSeconds * 250), timeoutSeconds: config.heartbeatTimeoutSeconds, logger });
  const events: WorkerEvents = new EventEmitter();
  // Jobs are locked in the name of the pool (batched fetches) or of one of its workers: both are recorded.
  events.on('pool:create', ({ workerPool }) => heartbeats.add(workerPool.id));
  events.on('worker:create', ({ worker }) => heartbeats.add(worker.workerId));
  try {
    runner = await run({
      events,
      pgPool: pool,
      concurrency: config.concurrency,
      noHandleSignals: true,
      pollInterval: 2000,
      logger: graphileLogger(logger),
      taskList: {
        notify: notifyTask({ pool, routes, maxAttempts: config.maxAttempts }),
        deliver: deliverTask({ pool, routes, mailer, config, logger }),
        'deliver-webhook': deliverWebhookTask({ pool, logger, secrets: config.webhooks.secrets, timeoutMs: config.webhooks.timeoutMs, allowLocalEndpoints: config.webhooks.allowLocalEndpoints }),
        sweep: sweepTask({ pool, routes, intervalSeconds: config.sweepIntervalSeconds, logger }),
      },
    });
    // The first sweep one interval after start (kept as it is when another worker already scheduled one).
    await scheduleSweep(pool, config.sweepIntervalSeconds);
    relays = sourcePools.map(({ source, pool: sourcePool }) =>
      startRelayLoop({ source, sourcePool, notificationsPool: pool, batchSize: config.relayBatchSize, maxAttempts: config.maxAttempts, intervalMs: config.relayIntervalMs, retentionHours: config.outboxRetentionHours, logger, onRelayed: (s, n) => relayed.inc({ source: s }, n) }),
    );
  } catch (error) {
    await heartbeats.stop();
    await closePools();
    throw error;
  }
  const readiness = startReadinessMonitor(async () => {
    await pool.query('select 1');
    return { ready: true };
  }, config.ops.readinessIntervalMs);
  await readiness.firstCheck;
  let ops: GracefulServer;
  try {
    ops = await startOpsServer({ host: config.ops.host, port: config.ops.port, registry: metrics.registry, readiness });
  } catch (error) {
    readiness.stop();
    await Promise.all(relays.map((r) => r.stop()));
    await runner.stop();
    await heartbeats.stop();
    await closePools();
    throw error;
  }
  const opsHost = config.ops.host === '0.0.0.0' || config.ops.host === '::' ? '127.0.0.1' : config.ops.host;
  const opsUrl = `http://${opsHost}:${ops.port}`;
  logger.info({ opsUrl, sources: OUTBOX_SOURCES }, 'delivery worker running');
  let stopping: Promise<void> | undefined;
  return {
    opsUrl,
    logger,
    stop() {
      stopping ??= (async () => {
        readiness.markStopping();
        // First stop taking new outbox rows, then let jobs in flight finish, then close.
        await Promise.all(relays.map((r) => r.stop()));
        await runner.stop();
        await heartbeats.stop();
        mailer.close?.();
        await closePools();
        await ops.close(100);
        logger.info('delivery worker stopped');
      })();
      return stopping;
    },
  };
}
