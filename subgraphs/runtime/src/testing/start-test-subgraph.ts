import { randomUUID } from 'node:crypto';
import type { InternalTokenSigner, Caller } from '@caregraph/kernel';
import { startSubgraph, type RunningSubgraph } from '../subgraph/start-subgraph';
import type { SubgraphDefinition } from '../subgraph/definition';
import { graphqlRequest, type GraphQLResult, testTokenPair } from '@caregraph/kernel/testing';
import { createTestDatabase, type TestDatabase } from './test-database';

/** Someone who is not signed in. */
export const ANONYMOUS: Caller = { userId: null, roles: [] };

/** A subgraph served over HTTP on a free port, backed by its own fresh test database. */
export interface TestSubgraph {
  subgraph: RunningSubgraph;
  db: TestDatabase;
  url: string;
  /** Signs tokens as the gateway would, for this subgraph. */
  signer: InternalTokenSigner;
  /** Sends an operation as the gateway would, on behalf of `caller` (anonymous by default). */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller,
    clientIp?: string,
  ): Promise<GraphQLResult<T>>;
  stop(): Promise<void>;
}

/**
 * Starts `definition` on 127.0.0.1 with a free port, a new migrated database and fresh gateway keys.
 * `gatewayUrl` is where the subgraph's `ctx.graph` sends its questions (a test's stand-in for the rest of the graph).
 */
export async function startTestSubgraph(definition: SubgraphDefinition, options: { gatewayUrl?: string } = {}): Promise<TestSubgraph> {
  const db = await createTestDatabase(definition);
  const { signer, verifier } = await testTokenPair(definition.name);
  const subgraph = await startSubgraph(definition, {
    host: '127.0.0.1',
    port: 0,
    orm: db.orm,
    verifier,
    ...(options.gatewayUrl ? { gatewayUrl: options.gatewayUrl } : {}),
  });
  return {
    subgraph,
    db,
    url: subgraph.url,
    signer,
    async request<T>(query: string, variables: Record<string, unknown> = {}, caller: Caller = ANONYMOUS, clientIp = '198.51.100.7') {
      const token = await signer.sign(definition.name, caller, randomUUID(), clientIp);
      return graphqlRequest<T>(subgraph.url, query, variables, { authorization: `Bearer ${token}` });
    },
    async stop() {
      await subgraph.stop();
      await db.drop();
    },
  };
}
