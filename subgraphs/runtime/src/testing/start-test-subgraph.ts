import { randomUUID } from 'node:crypto';
import type { InternalTokenSigner, Caller } from '@caregraph/kernel';
import { startSubgraph, type RunningSubgraph } from '../subgraph/start-subgraph';
import type { SubgraphDefinition } from '../subgraph/definition';
import { graphqlRequest, type GatewayHeaders, type GraphQLResult, testTokenPair } from '@caregraph/kernel/testing';
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
  /** The headers the gateway would send for a caller: internal token and delegation token. */
  gatewayHeaders: GatewayHeaders;
  /** Sends an operation as the gateway would, on behalf of `caller` (anonymous by default). */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller,
    clientIp?: string,
  ): Promise<GraphQLResult<T>>;
  /**
   * Stops the subgraph and serves it again on the same database, as a process restart would: its
   * composition root runs again and reads the environment afresh (e.g. rotated keys). It gets a new
   * port: read `url` afresh.
   */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `definition` on 127.0.0.1 with a free port, a new migrated database and fresh gateway keys.
 * `gatewayUrl` is where the subgraph's `ctx.graph` sends its questions (a test's stand-in for the rest of the graph).
 */
export async function startTestSubgraph(definition: SubgraphDefinition, options: { gatewayUrl?: string } = {}): Promise<TestSubgraph> {
  const db = await createTestDatabase(definition);
  const { signer, verifier, gatewayHeaders } = await testTokenPair(definition.name);
  const serve = (port: number) =>
    startSubgraph(definition, {
      host: '127.0.0.1',
      port,
      orm: db.orm,
      verifier,
      // Tests run the purge themselves, when they mean to.
      retentionPurgeIntervalMinutes: 0,
      ...(options.gatewayUrl ? { gatewayUrl: options.gatewayUrl } : {}),
    });
  const subgraph = await serve(0);
  const test: TestSubgraph = {
    subgraph,
    db,
    url: subgraph.url,
    signer,
    gatewayHeaders,
    async request<T>(query: string, variables: Record<string, unknown> = {}, caller: Caller = ANONYMOUS, clientIp = '198.51.100.7') {
      return graphqlRequest<T>(test.url, query, variables, await gatewayHeaders(caller, randomUUID(), clientIp));
    },
    async restart() {
      await test.subgraph.stop();
      // A new port, as a new process would get: keep-alive clients cannot reuse a socket the old server closed.
      test.subgraph = await serve(0);
      test.url = test.subgraph.url;
    },
    async stop() {
      await test.subgraph.stop();
      await db.drop();
    },
  };
  return test;
}
