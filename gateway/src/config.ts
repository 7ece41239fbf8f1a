import { DEFAULT_ADMISSION, type AdmissionSettings } from './admission/admission-limit';
import { ConfigError, envBool, envInt, envString, isProduction, readKeyMaterial, readOpsConfig, requireSharedStateForReplicas, type OpsConfig, type QueryLimits } from '@caregraph/kernel';
import path from 'node:path';
import { SUBGRAPHS, type SubgraphName } from './subgraphs';
import { parseTrustedProxies, type TrustedProxies } from './client-address';

/**
 * The largest operation the gateway accepts. Caregraph's own operations reach depth 8, no
 * aliases or directives, 62 tokens and cost 11,401 (the end-to-end tour: 100 therapists, each
 * with 10 bookings and their clients and a caseload of care plans, costed with the gateway's list
 * sizes, gateway/src/limits/list-sizes.ts); these leave room for clients' own operations. Checked
 * against every operation in the repository by gateway/src/limits/real-operations.suite.ts.
 */
export const GATEWAY_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 10,
  maxDirectives: 20,
  maxTokens: 1000,
  maxCost: 15_000,
};

/**
 * The cost budget of a caller who is not signed in (GATEWAY_MAX_COST_ANONYMOUS): the public
 * directory and one therapist's free times over the longest range (2,233) fit; fanning out
 * over many listings does not.
 */
export const ANONYMOUS_MAX_COST = 2_500;

/** Requests allowed per window: per client address (all traffic) and per signed-in user. 0 turns one off. */
export interface RateLimitSettings {
  perIp: number;
  perUser: number;
  windowSeconds: number;
}

/** Runtime settings of the gateway process, read from the environment with local defaults. */
export interface GatewayConfig {
  host: string;
  port: number;
  /** The operations endpoints (/live, /ready, /metrics): OPS_HOST, OPS_PORT (PORT + 10000), READINESS_INTERVAL_MS. */
  ops: OpsConfig;
  /** The composed supergraph the gateway serves (written by `npm run schema`). */
  supergraphPath: string;
  /** Folder holding each subgraph's SDL, used to check that the supergraph is current. */
  schemaDir: string;
  /** Where each subgraph is reached; replaces the development URLs the supergraph carries. */
  subgraphUrls: Record<SubgraphName, string>;
  /** Longest wait for one subgraph fetch (and for one subgraph's health check). */
  subgraphTimeoutMs: number;
  /**
   * Longest a client's request may take in all (GATEWAY_REQUEST_TIMEOUT_MS): each subgraph fetch gets
   * what is left of it when shorter than subgraphTimeoutMs, and the subgraph its remaining time (docs/adr/026).
   */
  requestTimeoutMs: number;
  bodyLimitBytes: number;
  /** NODE_ENV=production: generic errors, no introspection, no landing page, no hot reload. */
  production: boolean;
  /** Reload the supergraph when its file changes. Never in production. */
  watchSupergraph: boolean;
  /** Ed25519 private key (PKCS#8 PEM) that signs the internal token sent with every subgraph fetch. */
  internalTokenPrivateKey: string;
  /** Where the accounts subgraph publishes the public keys of user access tokens. */
  accountsJwksUrl: string;
  /**
   * Load balancers whose X-Forwarded-For is believed (TRUSTED_PROXIES: addresses and CIDR ranges;
   * none by default): only a request from one of them is attributed to an address it forwarded for.
   */
  trustedProxies: TrustedProxies;
  /** Fetch the JWKS this often: a signing key removed from accounts stops being trusted within it (ACCOUNTS_KEYS_REFRESH_MS). */
  accountsKeysRefreshMs: number;
  /** The accounts revocation list (ACCOUNTS_REVOCATIONS_URL); unset: `/revocations` beside the JWKS. */
  accountsRevocationsUrl?: string;
  /** Poll the revocation list this often (REVOCATION_POLL_MS): a revocation bites within about this time. */
  revocationPollMs: number;
  /** Past this long without a successful poll, signed-in requests get 503 (REVOCATION_MAX_STALENESS_MS). */
  revocationMaxStalenessMs: number;
  /** The largest operation accepted (GATEWAY_MAX_*); `maxCost` is for signed-in callers. */
  queryLimits: QueryLimits;
  /** The cost budget of callers who are not signed in (GATEWAY_MAX_COST_ANONYMOUS), at most `queryLimits.maxCost`. */
  anonymousMaxCost: number;
  /** Per-IP and per-user request limits (GATEWAY_RATE_LIMIT_*). */
  rateLimits: RateLimitSettings;
  /** Redis holding what every replica shares (rate-limit counters, the APQ cache); unset: each process keeps its own in memory. */
  redisUrl: string | undefined;
  /**
   * Trusted-documents mode (GATEWAY_TRUSTED_DOCUMENTS): the manifest of the only operations accepted,
   * `{ "<sha256 of the document>": "<document>" }`; unset: any operation within the limits is served.
   */
  trustedDocumentsPath: string | undefined;
  /** On shutdown, how long /ready (ops port) answers 503 while requests are still served, before the listener closes. */
  shutdownDelayMs: number;
  /** Admission control (GATEWAY_ADMISSION_*): undefined when turned off (GATEWAY_ADMISSION=off). */
  admission: AdmissionSettings | undefined;
  /**
   * The cache of anonymous public reads (GATEWAY_RESPONSE_CACHE, on by default; docs/adr/032): in Redis
   * (REDIS_URL) when configured, else at most `maxEntries` answers in this process (GATEWAY_RESPONSE_CACHE_MAX_ENTRIES).
   */
  responseCache: { enabled: boolean; maxEntries: number };
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
 * Reads the gateway's configuration: PORT, HOST, OPS_PORT, OPS_HOST, READINESS_INTERVAL_MS, SUPERGRAPH_PATH, SCHEMA_DIR, one URL per
 * subgraph (ACCOUNTS_URL, THERAPISTS_URL, BOOKINGS_URL, CARE_PLANS_URL, NOTIFICATIONS_URL), SUBGRAPH_TIMEOUT_MS, GATEWAY_REQUEST_TIMEOUT_MS,
 * GATEWAY_BODY_LIMIT_BYTES, NODE_ENV, SUPERGRAPH_WATCH, the query limits (GATEWAY_MAX_*, with
 * GATEWAY_MAX_COST_ANONYMOUS for callers not signed in), the
 * rate limits (GATEWAY_RATE_LIMIT_*, REDIS_URL, which also holds the APQ cache), the trusted-documents
 * manifest (GATEWAY_TRUSTED_DOCUMENTS), GATEWAY_SHUTDOWN_DELAY_MS, the cache of public reads (GATEWAY_RESPONSE_CACHE*), and how the gateway follows the accounts keys and
 * revocation list (ACCOUNTS_JWKS_URL, ACCOUNTS_KEYS_REFRESH_MS, ACCOUNTS_REVOCATIONS_URL, REVOCATION_POLL_MS, REVOCATION_MAX_STALENESS_MS).
 */
export function readGatewayConfig(): GatewayConfig {
  const production = isProduction();
  const schemaDir = path.resolve(envString('SCHEMA_DIR', DEFAULT_SCHEMA_DIR));
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, envUrl(s.urlVariable, s.localUrl)]),
  ) as Record<SubgraphName, string>;
  const port = envInt('PORT', 4000);
  const subgraphTimeoutMs = envInt('SUBGRAPH_TIMEOUT_MS', 3000);
  return {
    host: envString('HOST', '0.0.0.0'),
    port,
    ops: readOpsConfig(port),
    supergraphPath: path.resolve(envString('SUPERGRAPH_PATH', path.join(DEFAULT_SCHEMA_DIR, 'supergraph.graphql'))),
    schemaDir,
    subgraphUrls,
    subgraphTimeoutMs,
    // An answer after ten seconds is of no use to the person waiting; a longer subgraph timeout raises it.
    requestTimeoutMs: positive('GATEWAY_REQUEST_TIMEOUT_MS', Math.max(10_000, subgraphTimeoutMs)),
    bodyLimitBytes: envInt('GATEWAY_BODY_LIMIT_BYTES', 1_000_000),
    production,
    // Hot reload is a development convenience: production replicas serve the file they started with.
    watchSupergraph: !production && envBool('SUPERGRAPH_WATCH', true),
    internalTokenPrivateKey: requireKey('INTERNAL_TOKEN_PRIVATE_KEY'),
    accountsJwksUrl: envUrl('ACCOUNTS_JWKS_URL', subgraphUrls.accounts.replace(/\/graphql$/, '/.well-known/jwks.json')),
    trustedProxies: readTrustedProxies(),
    accountsKeysRefreshMs: positive('ACCOUNTS_KEYS_REFRESH_MS', 10_000),
    accountsRevocationsUrl: envUrl('ACCOUNTS_REVOCATIONS_URL', subgraphUrls.accounts.replace(/\/graphql$/, '/revocations')),
    revocationPollMs: positive('REVOCATION_POLL_MS', 1000),
    revocationMaxStalenessMs: positive('REVOCATION_MAX_STALENESS_MS', 10_000),
    queryLimits: {
      maxDepth: envInt('GATEWAY_MAX_DEPTH', GATEWAY_QUERY_LIMITS.maxDepth),
      maxAliases: envInt('GATEWAY_MAX_ALIASES', GATEWAY_QUERY_LIMITS.maxAliases),
      maxDirectives: envInt('GATEWAY_MAX_DIRECTIVES', GATEWAY_QUERY_LIMITS.maxDirectives),
      maxTokens: envInt('GATEWAY_MAX_TOKENS', GATEWAY_QUERY_LIMITS.maxTokens),
      maxCost: envInt('GATEWAY_MAX_COST', GATEWAY_QUERY_LIMITS.maxCost),
    },
    anonymousMaxCost: anonymousMaxCost(envInt('GATEWAY_MAX_COST', GATEWAY_QUERY_LIMITS.maxCost)),
    rateLimits: {
      perIp: envInt('GATEWAY_RATE_LIMIT_PER_IP', 1200),
      perUser: envInt('GATEWAY_RATE_LIMIT_PER_USER', 300),
      windowSeconds: positive('GATEWAY_RATE_LIMIT_WINDOW_SECONDS', 60),
    },
    redisUrl: sharedStateFor(redisUrl()),
    trustedDocumentsPath: absolute(envString('GATEWAY_TRUSTED_DOCUMENTS')),
    shutdownDelayMs: envInt('GATEWAY_SHUTDOWN_DELAY_MS', 0),
    admission: readAdmission(),
    responseCache: readResponseCache(),
  };
}

/** GATEWAY_RESPONSE_CACHE (on, or off for comparisons) and GATEWAY_RESPONSE_CACHE_MAX_ENTRIES (memory store only). */
function readResponseCache(): GatewayConfig['responseCache'] {
  const mode = envString('GATEWAY_RESPONSE_CACHE', 'on');
  if (mode !== 'on' && mode !== 'off') throw new ConfigError(`GATEWAY_RESPONSE_CACHE must be on or off, got "${mode}"`);
  return { enabled: mode === 'on', maxEntries: positive('GATEWAY_RESPONSE_CACHE_MAX_ENTRIES', 10_000) };
}

/** GATEWAY_MAX_COST_ANONYMOUS, refused when above the signed-in budget (a signed-out caller never gets more). */
function anonymousMaxCost(signedIn: number): number {
  const value = envInt('GATEWAY_MAX_COST_ANONYMOUS', Math.min(ANONYMOUS_MAX_COST, signedIn));
  if (value > signedIn) throw new ConfigError(`GATEWAY_MAX_COST_ANONYMOUS must be at most GATEWAY_MAX_COST (${signedIn}), got "${value}"`);
  return value;
}

/** A whole number above zero. */
function positive(name: string, fallback: number): number {
  const value = envInt(name, fallback);
  if (value === 0) throw new ConfigError(`${name} must be at least 1, got "0"`);
  return value;
}

/** A file path made absolute (relative to the working directory); undefined stays undefined. */
function absolute(file: string | undefined): string | undefined {
  return file === undefined ? undefined : path.resolve(file);
}

/** REDIS_URL, refused unless redis:// or rediss:// (its password is never repeated in the error). */
function redisUrl(): string | undefined {
  const value = envString('REDIS_URL');
  if (value === undefined) return undefined;
  let protocol: string | undefined;
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
  return value;
}

/** The gateway cannot reach any subgraph without its signing key, so it refuses to start without one. */
/** TRUSTED_PROXIES (it replaces TRUST_PROXY, which believed X-Forwarded-For from any peer). */
function readTrustedProxies(): TrustedProxies {
  try {
    return parseTrustedProxies(envString('TRUSTED_PROXIES', ''));
  } catch (error) {
    throw new ConfigError(`TRUSTED_PROXIES: ${(error as Error).message}`);
  }
}

function requireKey(name: string): string {
  const pem = readKeyMaterial(name);
  if (!pem) throw new ConfigError(`${name} (or ${name}_FILE) is not set: the gateway signs every subgraph request with it.`);
  return pem;
}

/** The Redis URL, required when the gateway runs as several replicas (REPLICAS): see requireSharedStateForReplicas. */
function sharedStateFor(url: string | undefined): string | undefined {
  requireSharedStateForReplicas('gateway', url, 'its rate limits and registered persisted queries');
  return url;
}

/**
 * GATEWAY_ADMISSION (on, or off for comparisons), GATEWAY_ADMISSION_TARGET_MS (the answer time the limit
 * steers for), GATEWAY_ADMISSION_MAX_LIMIT (requests in flight at most) and GATEWAY_ADMISSION_QUEUE_MS
 * (the longest a request waits for a place before OVERLOADED).
 */
function readAdmission(): AdmissionSettings | undefined {
  const mode = envString('GATEWAY_ADMISSION', 'on');
  if (mode === 'off') return undefined;
  if (mode !== 'on') throw new ConfigError(`GATEWAY_ADMISSION must be on or off, got "${mode}"`);
  const targetLatencyMs = positive('GATEWAY_ADMISSION_TARGET_MS', DEFAULT_ADMISSION.targetLatencyMs);
  const maxLimit = positive('GATEWAY_ADMISSION_MAX_LIMIT', DEFAULT_ADMISSION.maxLimit);
  if (maxLimit < DEFAULT_ADMISSION.minLimit) throw new ConfigError(`GATEWAY_ADMISSION_MAX_LIMIT must be at least ${DEFAULT_ADMISSION.minLimit}, got ${maxLimit}`);
  const maxQueueMs = envInt('GATEWAY_ADMISSION_QUEUE_MS', DEFAULT_ADMISSION.maxQueueMs);
  if (maxQueueMs > 5000) throw new ConfigError(`GATEWAY_ADMISSION_QUEUE_MS must be at most 5000 (a refusal comes quickly or not at all), got ${maxQueueMs}`);
  return { ...DEFAULT_ADMISSION, targetLatencyMs, maxLimit, maxQueueMs, initialLimit: Math.min(DEFAULT_ADMISSION.initialLimit, maxLimit) };
}
