import { listen } from '@caregraph/kernel';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GatewayConfig } from '../config';
import { startGateway, type RunningGateway } from '../start-gateway';
import { SUBGRAPHS, type SubgraphName } from '../subgraphs';
import { tempSchemaDir, testGatewayConfig, writeSchemaDir } from './schema-dir';

/** The repository's schema/ folder. */
export const REPOSITORY_SCHEMA_DIR = path.resolve(__dirname, '../../../schema');

/** Each subgraph's SDL as `npm run schema` printed it into schema/: the real Caregraph graph. */
export function repositorySdl(): Record<SubgraphName, string> {
  return Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, readFileSync(path.join(REPOSITORY_SCHEMA_DIR, s.sdlFile), 'utf8')]),
  ) as Record<SubgraphName, string>;
}

/** A gateway over the real graph whose subgraphs are all one recorder, to show what gets through. */
export interface GuardedGateway {
  gateway: RunningGateway;
  url: string;
  /** How many requests reached any subgraph: an attack the gateway refuses reaches none. */
  subgraphRequests(): number;
  /** POSTs `body` (JSON-encoded unless a string) to /graphql. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * Starts the gateway over the real Caregraph supergraph (composed afresh from schema/*.graphql),
 * in production mode unless overridden, with every subgraph URL pointing at a recorder that
 * counts GraphQL requests and answers none of them usefully.
 */
export async function startGuardedGateway(overrides: Partial<GatewayConfig> = {}): Promise<GuardedGateway> {
  let requests = 0;
  const recorder = await listen(
    (req, res) => {
      // The gateway's background readiness checks (GET /health) and its polls of the accounts keys and
      // revocation list are not requests an attack sent.
      if (req.url?.startsWith('/graphql')) requests++;
      req.resume();
      res.writeHead(503, { 'content-type': 'text/plain' }).end('recorder');
    },
    '127.0.0.1',
    0,
  );
  const schema = await tempSchemaDir();
  await writeSchemaDir(schema.dir, repositorySdl());
  const url = `http://127.0.0.1:${recorder.port}/graphql`;
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, url])) as Record<SubgraphName, string>;
  const gateway = await startGateway(testGatewayConfig(schema.dir, urls, { production: true, ...overrides }));
  return {
    gateway,
    url: gateway.url,
    subgraphRequests: () => requests,
    post: (body, headers = {}) =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async stop() {
      await gateway.stop();
      await recorder.close(100);
      await schema.remove();
    },
  };
}

/** The first error of a GraphQL response body. */
export async function firstError(response: Response): Promise<{ message: string; extensions?: Record<string, unknown> }> {
  const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  if (!body.errors?.length) throw new Error(`expected errors, got ${JSON.stringify(body)}`);
  return body.errors[0];
}
