import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { apolloQueryLimits, answerUnexpectedFailure, createGraphQLHandler, createDelegationTokenSigner, reusingDelegationTokens, createInternalTokenSigner, DELEGATION_HEADER, reusingInternalTokens, type DelegationTokenSigner, newRequestId, requestIdOf, clientRequestIdOf, type InternalTokenSigner, createLogger, listen, metricsPlugin, sendJson, startOpsServer, startReadinessMonitor, tagRequestSpan, type GracefulServer, type Logger, requestLoggingPlugin, principalIdOf } from '@caregraph/kernel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { readGatewayConfig, type GatewayConfig } from './config';
import { clientIpOf } from './client-address';
import type { GatewayContext } from './context';
import { createDelegationVerifier, type Identity } from './delegation';
import { AccountsKeys } from './accounts-keys';
import { RevocationWatch } from './revocations';
import { createUserTokenVerifier } from './user-token';
import { formatGatewayError } from './format-error';
import { GATEWAY_COST_MODEL } from './limits/list-sizes';
import { createGatewayMetrics, type GatewayMetrics } from './metrics';
import { setUpPersistedQueries, type PersistedQuerySetup } from './persisted-queries/persisted-queries';
import { createRateLimits, sendRateLimited } from './rate-limit';
import { rateLimitHeaders } from './rate-limit-headers';
import { createOAuthTokenRelay, OAUTH_TOKEN_PATH } from './oauth-token-relay';
import { createAdmissionGate } from './admission/admission-gate';
import { checkReadiness } from './readiness';
import { SUBGRAPH_UNAVAILABLE_MESSAGE, SubgraphDataSource, type SubgraphFetchObserver } from './subgraph-data-source';
import { loadSupergraph } from './supergraph-file';
import { reuseExecutorOperations } from './operation-reuse';
import { shapeExecutorResponses } from './response-shaping';
import { createSystemRelay, isSystemRelayPath } from './system-relay';
import { watchSupergraph } from './supergraph-watch';
import { CachePolicies } from './response-cache/cache-policy';
import { responseCachePlugin } from './response-cache/response-cache-plugin';
import { createResponseCacheStore, type ResponseCacheStore } from './response-cache/store';

/** A gateway that is up: its GraphQL URL, port, operations endpoints, metrics, and a stop function that drains and closes it. */
export interface RunningGateway {
  url: string;
  port: number;
  /** Base URL of the operations server (`/live`, `/ready`, `/metrics`), on its own port. */
  opsUrl: string;
  opsPort: number;
  metrics: GatewayMetrics;
  stop(): Promise<void>;
}

/** The routes the gateway serves publicly; anything else is `other` in the metrics. */
const ROUTES = new Set(['/graphql', '/health', OAUTH_TOKEN_PATH]);

/** The Apollo gateway over the static supergraph, sending each subgraph's part to its configured URL. */
function createApolloGateway(
  config: GatewayConfig,
  supergraphSdl: string,
  logger: Logger,
  signer: InternalTokenSigner,
  delegationSigner: DelegationTokenSigner,
  observe: SubgraphFetchObserver,
  cache: ResponseCacheStore | undefined,
): ApolloGateway {
  reuseExecutorOperations();
  shapeExecutorResponses();
  return new ApolloGateway({
    // A hook rather than a plain string, so development can swap the graph when the file changes.
    supergraphSdl: async ({ update }) => {
      const watch = config.watchSupergraph ? watchSupergraph(config.supergraphPath, supergraphSdl, update, logger) : undefined;
      return { supergraphSdl, cleanup: async () => watch?.close() };
    },
    // The supergraph carries development URLs; the configured URL for each name wins.
    buildService: ({ name }) => {
      const url = (config.subgraphUrls as Record<string, string | undefined>)[name];
      if (!url) throw new Error(`The supergraph names subgraph "${name}", which the gateway has no URL for.`);
      return new SubgraphDataSource(name, url, config.subgraphTimeoutMs, signer, delegationSigner, observe, undefined, cache && ((tags) => cache.purge(tags)));
    },
    logger: logger.child({ component: 'apollo-gateway' }),
  });
}

function createApolloServer(
  config: GatewayConfig,
  gateway: ApolloGateway,
  logger: Logger,
  metrics: GatewayMetrics,
  persisted: PersistedQuerySetup,
  cache: ResponseCacheStore | undefined,
): ApolloServer<GatewayContext> {
  // Lists sized by their arguments and the gateway's list rules; signed-out callers get the lower budget.
  const limits = apolloQueryLimits<GatewayContext>(config.queryLimits, {
    model: GATEWAY_COST_MODEL,
    costBudget: (context) =>
      principalIdOf(context.caller) === null && context.depth === 0
        ? { maxCost: config.anonymousMaxCost, appliesTo: 'callers who are not signed in' }
        : { maxCost: config.queryLimits.maxCost },
  });
  return new ApolloServer<GatewayContext>({
    gateway,
    logger,
    // APQ (hash instead of text), in Redis when configured; or only the trusted-documents manifest.
    persistedQueries: persisted.options,
    formatError: formatGatewayError(config.production),
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    // No "Did you mean …?" in production: suggestions would map the schema for an attacker.
    hideSchemaDetailsFromClientErrors: config.production,
    // Apollo's defaults, stated because they are part of the gateway's defence: one operation per
    // request, and no simple (form or header-less GET) request a browser could forge cross-site.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Depth, aliases, directives, tokens and cost (GATEWAY_MAX_*), before anything is planned or fetched.
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    // The process handles SIGTERM/SIGINT itself: drain HTTP first, then stop Apollo.
    stopOnTerminationSignals: false,
    plugins: [
      limits.plugin,
      // Cache-Control is the response cache's: `public, max-age` for a cacheable anonymous read, `no-store` otherwise.
      ApolloServerPluginCacheControlDisabled(),
      ...(cache ? [responseCachePlugin(cachePoliciesOf(gateway), cache, (outcome) => metrics.responseCache.inc({ outcome }))] : []),
      metricsPlugin<GatewayContext>(metrics),
      // The kernel's plugin only reads `contextValue.logger`, which the gateway context has too.
      // An unavailable subgraph is already logged by its data source, with the reason.
      requestLoggingPlugin<GatewayContext>(logger, (error) => (error as { message?: string }).message === SUBGRAPH_UNAVAILABLE_MESSAGE),
      config.production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      // Health data: no operation reports to Apollo's cloud, whatever the environment holds.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
  });
}

/** The cache hints of the supergraph the gateway serves, followed when it reloads one in development. */
function cachePoliciesOf(gateway: ApolloGateway): () => CachePolicies {
  let policies: CachePolicies | undefined;
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    policies = new CachePolicies(coreSupergraphSdl);
  });
  return () => {
    if (!policies) throw new Error('The supergraph is not loaded yet.');
    return policies;
  };
}

/** Longest the gateway waits at start for the first revocation poll; signed-in requests get 503 until one succeeds. */
const FIRST_POLL_WAIT_MS = 3000;

/**
 * Follows the accounts signing keys and revocation list on a schedule (docs/adr/020) and returns
 * the user-token verifier that consults them. Accounts being down at start is not fatal: anonymous
 * requests are served, signed-in ones get 503 until the first poll succeeds.
 */
async function followAccounts(config: GatewayConfig, signer: InternalTokenSigner, logger: Logger) {
  const jwksUrl = new URL(config.accountsJwksUrl);
  const keys = new AccountsKeys(jwksUrl, { refreshMs: config.accountsKeysRefreshMs, timeoutMs: config.subgraphTimeoutMs, unknownKidCooldownMs: 5000 });
  const revocations = new RevocationWatch({
    url: new URL(config.accountsRevocationsUrl ?? new URL('/revocations', jwksUrl).toString()),
    pollMs: config.revocationPollMs,
    maxStalenessMs: config.revocationMaxStalenessMs,
    timeoutMs: config.subgraphTimeoutMs,
    authorize: () => signer.sign('accounts', { userId: null, roles: [] }, ''),
    logger: logger.child({ component: 'revocations' }),
  });
  keys.start();
  const firstPoll = revocations.start().catch(() => undefined);
  await Promise.race([firstPoll, sleep(FIRST_POLL_WAIT_MS, undefined, { ref: false })]);
  const userTokens = createUserTokenVerifier(config.accountsJwksUrl, { keys, revocations });
  return {
    userTokens,
    stopFollowingAccounts: () => {
      keys.stop();
      revocations.stop();
    },
  };
}

/**
 * Starts the gateway: checks that the supergraph file is present and current (else rejects,
 * naming `npm run schema`) and that a trusted-documents manifest, when configured, checks out;
 * serves `/graphql` (rate-limited per IP and per user) and `/health` (the process is up) on its
 * public port, and on the operations port (config.ops, an internal interface) `/live`, `/ready`
 * (every subgraph answered its health check at the last background check; 503 once stopping)
 * and `/metrics` (Prometheus). Pass a config to override the environment, e.g. port 0 in tests.
 */
export async function startGateway(
  config: GatewayConfig = readGatewayConfig(),
  logger: Logger = createLogger('gateway'),
): Promise<RunningGateway> {
  const supergraphSdl = await loadSupergraph(config.supergraphPath, config.schemaDir);
  // One signature per subgraph and caller every few seconds, not one per fetch (docs/adr/017).
  const signer = reusingInternalTokens(await createInternalTokenSigner(config.internalTokenPrivateKey));
  const { userTokens, stopFollowingAccounts } = await followAccounts(config, signer, logger);
  const delegations = await createDelegationVerifier(config.internalTokenPrivateKey);
  // Likewise one delegation token per subgraph and caller every few seconds (docs/adr/017).
  const delegationSigner = reusingDelegationTokens(await createDelegationTokenSigner(config.internalTokenPrivateKey));
  const persisted = await setUpPersistedQueries(config, logger);
  const metrics = createGatewayMetrics();
  const observeFetch: SubgraphFetchObserver = (subgraph, outcome, seconds) => metrics.subgraphFetches.observe({ subgraph, outcome }, seconds);
  const cache = config.responseCache.enabled ? createResponseCacheStore(config.redisUrl, config.responseCache.maxEntries, logger) : undefined;
  const apollo = createApolloServer(config, createApolloGateway(config, supergraphSdl, logger, signer, delegationSigner, observeFetch, cache), logger, metrics, persisted, cache);
  try {
    await apollo.start();
  } catch (error) {
    stopFollowingAccounts();
    await persisted.close();
    await cache?.close();
    throw error;
  }
  const rateLimits = createRateLimits(config.rateLimits, config.redisUrl, logger, { onLimited: (scope) => metrics.rateLimited.inc({ scope }) });
  /** Stops Apollo and closes the stores beside it (Redis connections or memory), once nothing is served. */
  const closeServing = async () => {
    await apollo.stop();
    await rateLimits.close();
    await persisted.close();
    await cache?.close();
  };

  const requestIds = new WeakMap<IncomingMessage, string>();
  // The response of each /graphql request, for the per-caller RateLimit header fields written once the caller is known.
  const responses = new WeakMap<IncomingMessage, ServerResponse>();
  // The caller's address is worked out once per request: the per-address limit and the context both need it.
  const clientIps = new WeakMap<IncomingMessage, string | null>();
  const clientIpOfRequest = (req: IncomingMessage) => {
    if (!clientIps.has(req)) clientIps.set(req, clientIpOf(req, config.trustedProxies));
    return clientIps.get(req) ?? null;
  };
  // A subgraph asking on a caller's behalf: its delegation token, verified once per request.
  const delegated = new WeakMap<IncomingMessage, Promise<Identity>>();
  const delegationOf = (req: IncomingMessage): Promise<Identity> | undefined => {
    const header = req.headers[DELEGATION_HEADER];
    if (header === undefined) return undefined;
    let verified = delegated.get(req);
    if (!verified) {
      verified = delegations.verify(typeof header === 'string' ? header : '');
      verified.catch(() => undefined); // answered by the context function
      delegated.set(req, verified);
    }
    return verified;
  };
  // Beyond what the machine sustains, refused at once with OVERLOADED; writes and sign-in first (docs/adr/024).
  const admission = config.admission
    ? createAdmissionGate(
        config.admission,
        {
          admitted: (priority) => metrics.admitted.inc({ priority }),
          refused: (priority, reason) => metrics.overloaded.inc({ priority, reason }),
          limit: (limit, inFlight) => {
            metrics.admissionLimit.set(limit);
            metrics.inFlight.set(inFlight);
          },
        },
        async (req) => Boolean((await delegationOf(req)?.catch(() => undefined))?.delegation),
      )
    : undefined;
  const handleGraphQL = createGraphQLHandler(
    // In trusted-documents mode, behind the manifest check (refused before parsing, once the caller is known).
    persisted.guard(apollo),
    async (req, deadline) => {
      const delegation = delegationOf(req);
      const bearer = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      // A token the gateway signed (for a subgraph, or a delegation) is never a user's: a token captured at a
      // subgraph cannot be replayed here as its user (docs/adr/009). It cannot verify as one (another issuer,
      // audience and key), so it is told apart only when verification fails, to say why: decoding every
      // bearer token first cost about 1 % of the gateway's CPU.
      const userCaller = async () => {
        try {
          return await userTokens.callerOf(req.headers.authorization);
        } catch (error) {
          if (bearer && delegations.isGatewaySigned(bearer)) throw delegations.refuseAsBearer(bearer);
          throw error;
        }
      };
      const identity: Identity = delegation ? await delegation : { caller: await userCaller(), depth: 0 };
      const { caller, depth } = identity;
      // A delegated call keeps the id this gateway gave the client's request, across hops: signed into an older
      // delegation token, else sent by the subgraph in x-request-id (trusted once its delegation token is
      // verified; reused tokens carry no id). A client's own x-request-id is only ever clientRequestId, in logs.
      const requestId = (identity.delegation && (identity.delegation.requestId || requestIdOf(req))) || (requestIds.get(req) ?? newRequestId());
      const clientRequestId = identity.delegation ? undefined : clientRequestIdOf(req);
      const response = responses.get(req);
      const limited = await rateLimits.consumeUser(principalIdOf(caller), response && !identity.delegation ? rateLimitHeaders(response) : undefined);
      if (limited) throw limited;
      // A delegated call keeps the end user's address the gateway first saw, not the subgraph's.
      const clientIp = identity.delegation ? identity.delegation.clientIp : clientIpOfRequest(req);
      const log = logger.child(clientRequestId ? { requestId, clientRequestId } : { requestId });
      return { requestId, clientRequestId, logger: log, caller, depth, clientIp, deadline };
    },
    { bodyLimitBytes: config.bodyLimitBytes, admit: admission?.admit, deadlineMs: config.requestTimeoutMs, deadlineInAsyncContext: false },
  );
  // Per address first, before the body is read or a user token verified: floods cost the least there.
  // A valid delegated call is counted for the caller it is made for instead: the address is the subgraph's.
  const graphql = async (req: IncomingMessage, res: ServerResponse) => {
    responses.set(req, res);
    const delegation = await delegationOf(req)?.catch(() => undefined);
    const limited = delegation?.delegation
      ? await rateLimits.consumeDelegated({ userId: principalIdOf(delegation.caller), subgraph: delegation.delegation.subgraph, clientIp: delegation.delegation.clientIp })
      : await rateLimits.consumeIp(clientIpOfRequest(req), rateLimitHeaders(res));
    if (limited) return sendRateLimited(res, limited);
    return handleGraphQL(req, res);
  };
  // The platform's own operations kept out of the public graph (@inaccessible): SYSTEM callers only.
  const tokenRelay = createOAuthTokenRelay({ accountsGraphqlUrl: config.subgraphUrls.accounts, signer, rateLimits, clientIpOf: clientIpOfRequest, timeoutMs: config.subgraphTimeoutMs, logger });
  const systemRelay = createSystemRelay({ subgraphUrls: config.subgraphUrls, signer, userTokens, timeoutMs: config.subgraphTimeoutMs, bodyLimitBytes: config.bodyLimitBytes, logger });
  let stopping: Promise<void> | undefined;
  // Subgraph reachability in the background; a probe of /ready reads the last result.
  const readiness = startReadinessMonitor(async () => {
    const { status, subgraphs } = await checkReadiness(config.subgraphUrls, config.subgraphTimeoutMs);
    return { ready: status === 'ok', details: { subgraphs } };
  }, config.ops.readinessIntervalMs);

  let http: GracefulServer;
  try {
    http = await listen(
      (req, res) => {
        // Always the gateway's own id (returned as x-request-id, so support can find the request).
        const requestId = newRequestId();
        requestIds.set(req, requestId);
        res.setHeader('x-request-id', requestId);
        tagRequestSpan(requestId);
        // While stopping, ask keep-alive clients to reconnect, to a replica that is staying.
        if (stopping) res.setHeader('connection', 'close');
        const path = (req.url ?? '/').split('?')[0];
        metrics.observeHttp(ROUTES.has(path) ? path.slice(1) : 'other', res);
        const route =
          path === '/graphql' ? graphql(req, res)
          : path === '/health' ? Promise.resolve(sendJson(res, 200, { status: 'ok' }))
          : path === OAUTH_TOKEN_PATH ? tokenRelay(req, res, requestId)
          : isSystemRelayPath(path) ? systemRelay(req, res, path, requestId)
          : Promise.resolve(notFound(res));
        route.catch((error: unknown) => {
          logger.error({ requestId, clientRequestId: clientRequestIdOf(req), err: (error as Error).message }, 'request failed');
          answerUnexpectedFailure(res);
        });
      },
      config.host,
      config.port,
    );
  } catch (error) {
    readiness.stop();
    stopFollowingAccounts();
    await closeServing();
    throw error;
  }
  let ops: GracefulServer;
  try {
    ops = await startOpsServer({ host: config.ops.host, port: config.ops.port, registry: metrics.registry, readiness });
  } catch (error) {
    readiness.stop();
    stopFollowingAccounts();
    await http.close();
    await closeServing();
    throw error;
  }
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${shownHost}:${http.port}/graphql`;
  const opsHost = config.ops.host === '0.0.0.0' || config.ops.host === '::' ? '127.0.0.1' : config.ops.host;
  const opsUrl = `http://${opsHost}:${ops.port}`;
  logger.info(
    {
      url,
      opsUrl,
      watchSupergraph: config.watchSupergraph,
      production: config.production,
      rateLimitStore: rateLimits.store,
      persistedQueries: persisted.mode,
      persistedQueryStore: persisted.store,
      trustedOperations: persisted.trustedOperations,
      responseCache: cache?.kind ?? 'off',
    },
    'gateway listening',
  );

  return {
    url,
    port: http.port,
    opsUrl,
    opsPort: ops.port,
    metrics,
    /**
     * Drains: /ready (ops port) answers 503 at once, so load balancers stop sending new work; requests are
     * still served for `shutdownDelayMs` while they notice; then the listener closes, requests
     * in flight finish, and Apollo and the Redis connection stop.
     */
    stop() {
      stopping ??= (async () => {
        readiness.markStopping();
        logger.info({ delayMs: config.shutdownDelayMs }, 'gateway stopping: not ready');
        if (config.shutdownDelayMs > 0) await sleep(config.shutdownDelayMs);
        await http.close();
        stopFollowingAccounts();
        await closeServing();
        await ops.close(100);
        logger.info('gateway stopped');
      })();
      return stopping;
    },
  };
}

function notFound(res: ServerResponse): void {
  sendJson(res, 404, { error: 'Not found. GraphQL is served at /graphql, health at /health.' });
}
