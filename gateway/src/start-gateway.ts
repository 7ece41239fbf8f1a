import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  createGraphQLHandler,
  createInternalTokenSigner,
  type InternalTokenSigner,
  createLogger,
  listen,
  requestLoggingPlugin,
  sendJson,
  type GracefulServer,
  type Logger,
} from '@caregraph/runtime';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readGatewayConfig, type GatewayConfig } from './config';
import { clientIpOf, requestIdOf, type GatewayContext } from './context';
import { createUserTokenVerifier } from './user-token';
import { formatGatewayError } from './format-error';
import { checkReadiness } from './readiness';
import { SUBGRAPH_UNAVAILABLE_MESSAGE, SubgraphDataSource } from './subgraph-data-source';
import { loadSupergraph } from './supergraph-file';
import { watchSupergraph } from './supergraph-watch';

/** A gateway that is up: its GraphQL URL, port, and a stop function that drains and closes it. */
export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The Apollo gateway over the static supergraph, sending each subgraph's part to its configured URL. */
function createApolloGateway(config: GatewayConfig, supergraphSdl: string, logger: Logger, signer: InternalTokenSigner): ApolloGateway {
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
      return new SubgraphDataSource(name, url, config.subgraphTimeoutMs, signer);
    },
    logger: logger.child({ component: 'apollo-gateway' }),
  });
}

function createApolloServer(config: GatewayConfig, gateway: ApolloGateway, logger: Logger): ApolloServer<GatewayContext> {
  return new ApolloServer<GatewayContext>({
    gateway,
    logger,
    formatError: formatGatewayError(config.production),
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    // The process handles SIGTERM/SIGINT itself: drain HTTP first, then stop Apollo.
    stopOnTerminationSignals: false,
    plugins: [
      // The runtime's plugin only reads `contextValue.logger`, which the gateway context has too.
      // An unavailable subgraph is already logged by its data source, with the reason.
      requestLoggingPlugin<GatewayContext>(logger, (error) => (error as { message?: string }).message === SUBGRAPH_UNAVAILABLE_MESSAGE),
      config.production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      // Health data: no operation reports to Apollo's cloud, whatever the environment holds.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
  });
}

/**
 * Starts the gateway: checks that the supergraph file is present and current (else rejects,
 * naming `npm run schema`), serves `/graphql`, `/health` (the process is up) and `/ready`
 * (every subgraph answers its health check). Pass a config to override the environment,
 * e.g. port 0 in tests.
 */
export async function startGateway(
  config: GatewayConfig = readGatewayConfig(),
  logger: Logger = createLogger('gateway'),
): Promise<RunningGateway> {
  const supergraphSdl = await loadSupergraph(config.supergraphPath, config.schemaDir);
  const signer = await createInternalTokenSigner(config.internalTokenPrivateKey);
  const userTokens = createUserTokenVerifier(config.accountsJwksUrl);
  const apollo = createApolloServer(config, createApolloGateway(config, supergraphSdl, logger, signer), logger);
  await apollo.start();

  const requestIds = new WeakMap<IncomingMessage, string>();
  const graphql = createGraphQLHandler(
    apollo,
    async (req) => {
      const requestId = requestIds.get(req) ?? requestIdOf(req);
      const caller = await userTokens.callerOf(req.headers.authorization);
      return { requestId, logger: logger.child({ requestId }), caller, clientIp: clientIpOf(req, config.trustProxy) };
    },
    config.bodyLimitBytes,
  );
  const ready = async (res: ServerResponse) => {
    const readiness = await checkReadiness(config.subgraphUrls, config.subgraphTimeoutMs);
    sendJson(res, readiness.status === 'ok' ? 200 : 503, readiness);
  };

  let http: GracefulServer;
  try {
    http = await listen(
      (req, res) => {
        const requestId = requestIdOf(req);
        requestIds.set(req, requestId);
        res.setHeader('x-request-id', requestId);
        const path = (req.url ?? '/').split('?')[0];
        const route =
          path === '/graphql' ? graphql(req, res)
          : path === '/health' ? Promise.resolve(sendJson(res, 200, { status: 'ok' }))
          : path === '/ready' ? ready(res)
          : Promise.resolve(notFound(res));
        route.catch((error: unknown) => {
          logger.error({ requestId, err: (error as Error).message }, 'request failed');
          if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
          else res.end();
        });
      },
      config.host,
      config.port,
    );
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${shownHost}:${http.port}/graphql`;
  logger.info({ url, watchSupergraph: config.watchSupergraph, production: config.production }, 'gateway listening');

  let stopping: Promise<void> | undefined;
  return {
    url,
    port: http.port,
    stop() {
      stopping ??= (async () => {
        await http.close();
        await apollo.stop();
        logger.info('gateway stopped');
      })();
      return stopping;
    },
  };
}

function notFound(res: ServerResponse): void {
  sendJson(res, 404, { error: 'Not found. GraphQL is served at /graphql, health at /health, readiness at /ready.' });
}
