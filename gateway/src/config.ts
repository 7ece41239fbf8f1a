import { ConfigError, envBool, envInt, envString, isProduction, readKeyMaterial } from '@caregraph/runtime';
import path from 'node:path';
import { SUBGRAPHS, type SubgraphName } from './subgraphs';

/** Runtime settings of the gateway process, read from the environment with local defaults. */
export interface GatewayConfig {
  host: string;
  port: number;
  /** The composed supergraph the gateway serves (written by `npm run schema`). */
  supergraphPath: string;
  /** Folder holding each subgraph's SDL, used to check that the supergraph is current. */
  schemaDir: string;
  /** Where each subgraph is reached; replaces the development URLs the supergraph carries. */
  subgraphUrls: Record<SubgraphName, string>;
  /** Longest wait for one subgraph fetch (and for one subgraph's health check). */
  subgraphTimeoutMs: number;
  bodyLimitBytes: number;
  /** NODE_ENV=production: generic errors, no introspection, no landing page, no hot reload. */
  production: boolean;
  /** Reload the supergraph when its file changes. Never in production. */
  watchSupergraph: boolean;
  /** Ed25519 private key (PKCS#8 PEM) that signs the internal token sent with every subgraph fetch. */
  internalTokenPrivateKey: string;
  /** Where the accounts subgraph publishes the public keys of user access tokens. */
  accountsJwksUrl: string;
  /** Behind a load balancer that sets X-Forwarded-For: take the client address from it. */
  trustProxy: boolean;
}

/** The repository's schema/ folder, found from the package (src/ or dist/ alike). */
const DEFAULT_SCHEMA_DIR = path.resolve(__dirname, '../../schema');

/** Reads a subgraph URL variable and refuses anything that is not an http(s) URL, naming it. */
function envUrl(name: string, fallback: string): string {
  const value = envString(name, fallback);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, got "${value}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ConfigError(`${name} must be an http(s) URL, got "${value}"`);
  }
  return value;
}

/**
 * Reads the gateway's configuration: PORT, HOST, SUPERGRAPH_PATH, SCHEMA_DIR, one URL per
 * subgraph (ACCOUNTS_URL, THERAPISTS_URL, BOOKINGS_URL, CARE_PLANS_URL), SUBGRAPH_TIMEOUT_MS,
 * GATEWAY_BODY_LIMIT_BYTES, NODE_ENV and SUPERGRAPH_WATCH.
 */
export function readGatewayConfig(): GatewayConfig {
  const production = isProduction();
  const schemaDir = path.resolve(envString('SCHEMA_DIR', DEFAULT_SCHEMA_DIR));
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, envUrl(s.urlVariable, s.localUrl)]),
  ) as Record<SubgraphName, string>;
  return {
    host: envString('HOST', '0.0.0.0'),
    port: envInt('PORT', 4000),
    supergraphPath: path.resolve(envString('SUPERGRAPH_PATH', path.join(DEFAULT_SCHEMA_DIR, 'supergraph.graphql'))),
    schemaDir,
    subgraphUrls,
    subgraphTimeoutMs: envInt('SUBGRAPH_TIMEOUT_MS', 3000),
    bodyLimitBytes: envInt('GATEWAY_BODY_LIMIT_BYTES', 1_000_000),
    production,
    // Hot reload is a development convenience: production replicas serve the file they started with.
    watchSupergraph: !production && envBool('SUPERGRAPH_WATCH', true),
    internalTokenPrivateKey: requireKey('INTERNAL_TOKEN_PRIVATE_KEY'),
    accountsJwksUrl: envUrl('ACCOUNTS_JWKS_URL', subgraphUrls.accounts.replace(/\/graphql$/, '/.well-known/jwks.json')),
    trustProxy: envBool('TRUST_PROXY', false),
  };
}

/** The gateway cannot reach any subgraph without its signing key, so it refuses to start without one. */
function requireKey(name: string): string {
  const pem = readKeyMaterial(name);
  if (!pem) throw new ConfigError(`${name} (or ${name}_FILE) is not set: the gateway signs every subgraph request with it.`);
  return pem;
}
