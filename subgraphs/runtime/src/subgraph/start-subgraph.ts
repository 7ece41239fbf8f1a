import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { ServerResponse } from 'node:http';
import { createInternalTokenVerifier, DELEGATION_HEADER, type InternalIdentity, type InternalTokenVerifier, ConfigError, toClientError, answerUnexpectedFailure, createGraphQLHandler, sendJson, listen, type GracefulServer, requestIdOf, createLogger, type Logger, apolloQueryLimits, type QueryLimits, readSubgraphQueryLimits, metricsPlugin, createServiceMetrics, type ServiceMetrics, requestLoggingPlugin, readOpsConfig, startOpsServer, startReadinessMonitor, type OpsConfig } from '@caregraph/kernel';
import { createContext, type SubgraphContext } from '../context';
import { createGraphClient } from '../graph/graph-client';
import { initOrm } from '../orm/init-orm';
import { registerDatabasePoolMetrics } from '../metrics/database-pool';
import type { PublicRouteHandler, SubgraphDefinition } from './definition';
import { buildSubgraphSchemaFor } from './build-schema';
import { publicReadPurgePlugin } from './public-read-purge';
import { resolversBuiltWith } from './resolver-container';
import { readSubgraphConfig, type SubgraphConfig } from './subgraph-config';
import { awaitSchemaVersion } from './schema-version';
import { sweepRoutes } from './sweep-routes';
import { startRetentionPurgeSchedule, type RetentionPurgeSchedule } from '../retention/retention-purge-schedule';

/** A subgraph that is up: its URL, ORM and a stop function that drains and closes everything. */
export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  orm: MikroORM;
  logger: Logger;
  /** Base URL of the operations server (`/live`, `/ready`, `/metrics`), on its own port. */
  opsUrl: string;
  opsPort: number;
  /** The process's Prometheus metrics, served at `/metrics` on the operations port. */
  metrics: ServiceMetrics;
  stop(): Promise<void>;
}

/** The routes every subgraph serves; its public routes count as `public` in the metrics, anything else `other`. */
const ROUTES = new Set(['/graphql', '/health']);

/**
 * Starts one subgraph: connects to its database, builds its federated schema, serves `/graphql`
 * and `/health` (the last background database check, which the gateway's readiness asks) and, on
 * the operations port (`<PREFIX>_OPS_PORT`, default port + 10000, on an internal interface),
 * `/live`, `/ready` and `/metrics`. Operations beyond its query limits (SUBGRAPH_MAX_*) are refused.
 * `overrides` lets tests pick the ports, database and limits.
 */
export async function startSubgraph(
  definition: SubgraphDefinition,
  overrides: Partial<SubgraphConfig> & { orm?: MikroORM; verifier?: InternalTokenVerifier; queryLimits?: QueryLimits; ops?: OpsConfig } = {},
): Promise<RunningSubgraph> {
  const config = { ...readSubgraphConfig(definition), ...overrides };
  // Read once the public port is known: a test's port 0 gives an ops port of 0 (any free one) too.
  const opsConfig = overrides.ops ?? readOpsConfig(config.port, definition.envPrefix);
  const logger = createLogger(definition.name);
  // First: a subgraph whose own configuration is missing (e.g. the accounts signing keys) says so before anything opens.
  const composition = await definition.compose?.();
  const verifier =
    overrides.verifier ?? (await createInternalTokenVerifier(requireGatewayPublicKey(config), definition.name));
  const orm =
    overrides.orm ??
    (await initOrm({
      clientUrl: config.databaseUrl,
      entities: definition.entities,
      packageRoot: definition.packageRoot, snapshotName: definition.database,
      poolMax: config.poolMax,
    }));
  try {
    // Migrations are a release step of their own (the `migrate` command), never run by a serving replica.
    await awaitSchemaVersion(orm, logger, { waitSeconds: config.schemaWaitSeconds });
  } catch (error) {
    if (!overrides.orm) await orm.close();
    throw error;
  }
  if (definition.beforeServe) {
    try {
      await definition.beforeServe({ orm, logger });
    } catch (error) {
      if (!overrides.orm) await orm.close();
      throw error;
    }
  }
  const schema = await buildSubgraphSchemaFor(definition, composition && resolversBuiltWith(composition.services));
  const publicRoutes: Partial<Record<string, PublicRouteHandler>> = { ...definition.publicRoutes, ...composition?.publicRoutes, ...sweepRoutes(definition.sweeps) };
  const metrics = createServiceMetrics(definition.name);
  registerDatabasePoolMetrics(metrics.registry, orm);
  // A second line behind the gateway's limits, looser than them (kernel src/limits).
  const limits = apolloQueryLimits<SubgraphContext>(overrides.queryLimits ?? readSubgraphQueryLimits());
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    includeStacktraceInErrorResponses: false,
    // The CLI handles SIGTERM/SIGINT itself: drain HTTP first, then stop Apollo and the pool.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => toClientError(formatted, error),
    // No inline tracing: it costs CPU on every request and nothing here reads it. No cache control either:
    // Apollo's would hook every field to compute a cache-control header nobody reads (the gateway's cache of
    // public reads takes its policies from the supergraph's @cacheControl hints, docs/adr/032); in the
    // whole-platform profile its per-field hook was 2–2.6 % of each subgraph's CPU.
    plugins: [requestLoggingPlugin(logger), metricsPlugin(metrics), limits.plugin, ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), publicReadPurgePlugin()],
  });
  await apollo.start();

  // Every GraphQL request, `_entities` and `_service` included, must carry the gateway's token
  // for this subgraph; Apollo answers a context error carrying an HTTP status with that status.
  const graphql = createGraphQLHandler(
    apollo,
    async (req) => {
      let identity: InternalIdentity;
      try {
        identity = await verifier.verify(req.headers.authorization);
      } catch (error) {
        throw new GraphQLError((error as Error).message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      }
      const requestId = identity.requestId || requestIdOf(req);
      // Only the delegation token goes back to the gateway; the internal token is for this subgraph alone.
      const delegation = req.headers[DELEGATION_HEADER];
      const graph = createGraphClient({ gatewayUrl: config.gatewayUrl, delegationToken: typeof delegation === 'string' ? delegation : undefined, requestId, timeoutMs: config.graphCallTimeoutMs });
      return createContext({ em: orm.em, requestId, logger, caller: identity.caller, clientIp: identity.clientIp, graph, depth: identity.depth });
    },
    // Its SQL stops when the gateway's deadline passes or the gateway hangs up (orm/statement-deadline.ts).
    { bodyLimitBytes: config.bodyLimitBytes, deadlineMs: config.requestTimeoutMs },
  );
  // The database in the background; /health and /ready answer the last result, no query per probe.
  const readiness = startReadinessMonitor(async () => {
    await orm.em.getConnection().execute('select 1');
    return { ready: true };
  }, opsConfig.readinessIntervalMs);
  // A select 1: cheap, and a subgraph that reports itself started is then ready at once.
  await readiness.firstCheck;
  const health = async (res: ServerResponse) => {
    if (readiness.isReady()) sendJson(res, 200, { status: 'ok', subgraph: definition.name });
    else sendJson(res, 503, { status: 'unavailable', subgraph: definition.name, reason: readiness.current().status === 'stopping' ? 'stopping' : 'database unreachable' });
  };
  let http: GracefulServer;
  try {
    http = await listen(
      (req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        const publicRoute = publicRoutes[path];
        metrics.observeHttp(ROUTES.has(path) ? path.slice(1) : publicRoute ? 'public' : 'other', res);
        const route =
          path === '/health' ? health(res)
          : path === '/graphql' ? graphql(req, res)
          : publicRoute ? publicRoute(req, res, { orm, logger, verifier })
          : notFound(res);
        route.catch((error: unknown) => {
          logger.error({ err: (error as Error).message }, 'request failed');
          answerUnexpectedFailure(res);
        });
      },
      config.host,
      config.port,
    );
  } catch (error) {
    readiness.stop();
    await apollo.stop();
    await composition?.close?.();
    if (!overrides.orm) await orm.close();
    throw error;
  }
  let ops: GracefulServer;
  try {
    ops = await startOpsServer({ host: opsConfig.host, port: opsConfig.port, registry: metrics.registry, readiness });
  } catch (error) {
    readiness.stop();
    await http.close();
    await apollo.stop();
    await composition?.close?.();
    if (!overrides.orm) await orm.close();
    throw error;
  }
  const url = `http://${config.host}:${http.port}/graphql`;
  const opsUrl = `http://${opsConfig.host === '0.0.0.0' || opsConfig.host === '::' ? '127.0.0.1' : opsConfig.host}:${ops.port}`;
  logger.info({ url, opsUrl }, 'subgraph listening');
  const purge = startPurgeIfDue(definition, config, orm, logger);

  let stopping: Promise<void> | undefined;
  return {
    name: definition.name,
    url,
    port: http.port,
    orm,
    logger,
    opsUrl,
    opsPort: ops.port,
    metrics,
    stop() {
      stopping ??= (async () => {
        readiness.markStopping();
        await purge?.stop();
        await http.close();
        await apollo.stop();
        await composition?.close?.();
        if (!overrides.orm) await orm.close();
        await ops.close(100);
        logger.info('subgraph stopped');
      })();
      return stopping;
    },
  };
}

/** First purge a minute after start (or after one interval, when that is shorter). */
const FIRST_PURGE_AFTER_MS = 60_000;

/** The retention purge timer, for a subgraph with records to purge unless RETENTION_PURGE_INTERVAL_MINUTES is 0. */
function startPurgeIfDue(definition: SubgraphDefinition, config: SubgraphConfig, orm: MikroORM, logger: Logger): RetentionPurgeSchedule | undefined {
  if (!definition.retention?.length || config.retentionPurgeIntervalMinutes === 0) return undefined;
  const intervalMs = config.retentionPurgeIntervalMinutes * 60_000;
  return startRetentionPurgeSchedule({
    orm,
    logger,
    targets: definition.retention,
    intervalMs,
    firstRunAfterMs: Math.min(FIRST_PURGE_AFTER_MS, intervalMs),
    batchSize: config.retentionPurgeBatchSize,
  });
}

async function notFound(res: ServerResponse): Promise<void> {
  sendJson(res, 404, { error: 'Not found. GraphQL is served at /graphql, health at /health.' });
}

/** The gateway's public key is required: a subgraph that cannot check tokens must not serve. */
function requireGatewayPublicKey(config: SubgraphConfig): string {
  if (!config.gatewayPublicKey) {
    throw new ConfigError(
      'INTERNAL_TOKEN_PUBLIC_KEY (or INTERNAL_TOKEN_PUBLIC_KEY_FILE) is not set: subgraphs only answer requests signed by the gateway.',
    );
  }
  return config.gatewayPublicKey;
}
