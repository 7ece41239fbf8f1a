import { parseTrustedProxies } from '../client-address';
import { generateGatewayKeys } from '@caregraph/kernel/testing';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ANONYMOUS_MAX_COST, GATEWAY_QUERY_LIMITS, type GatewayConfig } from '../config';
import { composeSupergraph } from '../supergraph-file';
import { SUBGRAPHS, type SubgraphName } from '../subgraphs';
import { testSdl } from './test-subgraphs';
import { DEFAULT_ADMISSION } from '../admission/admission-limit';

/** Writes each subgraph's SDL and the supergraph composed from them into `dir`, as `npm run schema` does. */
export async function writeSchemaDir(dir: string, sdl: Record<SubgraphName, string> = testSdl()): Promise<string> {
  for (const subgraph of SUBGRAPHS) await writeFile(path.join(dir, subgraph.sdlFile), sdl[subgraph.name]);
  const supergraph = composeSupergraph(SUBGRAPHS.map((s) => ({ name: s.name, url: s.localUrl, typeDefs: sdl[s.name] })));
  await writeFile(path.join(dir, 'supergraph.graphql'), supergraph);
  return supergraph;
}

/** A fresh temporary schema folder; `remove` deletes it. */
export async function tempSchemaDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'caregraph-gateway-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Gateway settings for a test: loopback, a free port, the schema folder `dir`, the given subgraph URLs. */
/** Keys the test gateway signs internal tokens with; tests verify with the public half. */
export const TEST_GATEWAY_KEYS = generateGatewayKeys();

/** Admission control for tests: the real gate, with a target and a queue time a busy test machine stays within. */
export const TEST_ADMISSION = { ...DEFAULT_ADMISSION, targetLatencyMs: 10_000, maxQueueMs: 5000 };

export function testGatewayConfig(dir: string, subgraphUrls: Record<SubgraphName, string>, overrides: Partial<GatewayConfig> = {}): GatewayConfig {
  return {
    host: '127.0.0.1',
    port: 0,
    ops: { host: '127.0.0.1', port: 0, readinessIntervalMs: 200 },
    supergraphPath: path.join(dir, 'supergraph.graphql'),
    schemaDir: dir,
    subgraphUrls,
    // Patient: test files share two cores, and a subgraph slow to answer there is not a fault. Tests of
    // the timeout itself set their own.
    subgraphTimeoutMs: 10_000,
    requestTimeoutMs: 10_000,
    bodyLimitBytes: 1_000_000,
    production: false,
    watchSupergraph: false,
    internalTokenPrivateKey: TEST_GATEWAY_KEYS.privateKeyPem,
    accountsJwksUrl: subgraphUrls.accounts.replace(/\/graphql$/, '/.well-known/jwks.json'),
    trustedProxies: parseTrustedProxies(''),
    accountsKeysRefreshMs: 1000,
    revocationPollMs: 250,
    revocationMaxStalenessMs: 10_000,
    queryLimits: GATEWAY_QUERY_LIMITS,
    anonymousMaxCost: ANONYMOUS_MAX_COST,
    rateLimits: { perIp: 1200, perUser: 300, windowSeconds: 60 },
    redisUrl: undefined,
    trustedDocumentsPath: undefined,
    shutdownDelayMs: 0,
    // On, as in production, but patient: test files share two cores, and slowness there is not overload.
    admission: TEST_ADMISSION,
    responseCache: { enabled: true, maxEntries: 1000 },
    ...overrides,
  };
}
