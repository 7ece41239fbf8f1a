// docker-compose.yml, the Dockerfiles and .env.example, checked by reading them: no Docker engine is needed.
// They must agree with the code: the services and ports of docs/architecture.md#ports, the variables the
// services actually read, and the start-up order (postgres → migrate → subgraphs → gateway).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..');
const read = (relative: string) => readFileSync(path.join(ROOT, relative), 'utf8');

/** The five subgraphs: compose service, package folder, workspace, variable prefix, database and default port. */
const SUBGRAPHS = [
  { service: 'accounts', dir: 'subgraphs/accounts', workspace: '@caregraph/accounts', envPrefix: 'ACCOUNTS', database: 'accounts', port: 4101 },
  { service: 'therapists', dir: 'subgraphs/therapists', workspace: '@caregraph/therapists', envPrefix: 'THERAPISTS', database: 'therapists', port: 4102 },
  { service: 'bookings', dir: 'subgraphs/bookings', workspace: '@caregraph/bookings', envPrefix: 'BOOKINGS', database: 'bookings', port: 4103 },
  { service: 'care-plans', dir: 'subgraphs/care-plans', workspace: '@caregraph/care-plans', envPrefix: 'CARE_PLANS', database: 'care_plans', port: 4104 },
  { service: 'notifications', dir: 'subgraphs/notifications', workspace: '@caregraph/notifications', envPrefix: 'NOTIFICATIONS', database: 'notifications', port: 4105 },
] as const;
const GATEWAY = { service: 'gateway', dir: 'gateway', workspace: '@caregraph/gateway', port: 4000 } as const;
const SUBGRAPH_DOCKERFILE = 'subgraphs/Dockerfile';
/** The malloc settings scripts/lib/subgraphs.mjs gives accounts' process, which its image must give it too. */
const ACCOUNTS_GLIBC_TUNABLES = /export const ACCOUNTS_GLIBC_TUNABLES = '([^']+)'/.exec(read('scripts/lib/subgraphs.mjs'))?.[1];
/** The browser apps compose serves: the Vite build behind scripts/serve-app.mjs (the static server `npm start` uses). */
const APPS = [{ service: 'therapist', folder: 'clients/therapist', portVariable: 'THERAPIST_PORT', port: 5175 }] as const;
const APP_DOCKERFILE = 'clients/Dockerfile';
/** The delivery worker: no public port, operations endpoints on 14200 (docs/adr/022). */
const WORKER = { service: 'worker', dir: 'worker', workspace: '@caregraph/worker', opsPort: 14200 } as const;
const NODE_SERVICES = ['migrate', ...SUBGRAPHS.map((s) => s.service), GATEWAY.service, WORKER.service, ...APPS.map((a) => a.service)];

/**
 * Every variable the platform reads, and where. A variable that docker-compose.yml sets for a Caregraph
 * service, or that .env.example lists, must be here; each entry must still be read somewhere in the sources.
 */
const KNOWN_VARIABLES: Record<string, string> = {
  NODE_ENV: 'kernel config.ts isProduction(): production errors, no introspection, no hot reload',
  LOG_LEVEL: 'kernel logger.ts; scripts pass it to the services',
  RESOLUTION_CACHE_DIR: 'kernel startup/resolution-cache.ts: where a service remembers where each require led; off turns it off',
  DATABASE_URL: 'kernel config.ts databaseUrlFor(); scripts/start.mjs and scripts/migrate.mjs',
  DATABASE_POOL_MAX: 'runtime subgraph-config.ts',
  RETENTION_PURGE_INTERVAL_MINUTES: 'runtime subgraph-config.ts: the retention purge timer of bookings and care-plans',
  RETENTION_PURGE_BATCH_SIZE: 'runtime subgraph-config.ts: rows per retention-purge transaction',
  SUBGRAPH_HOST: 'runtime subgraph-config.ts (fallback for <PREFIX>_HOST)',
  SUBGRAPH_BODY_LIMIT_BYTES: 'runtime subgraph-config.ts',
  SUBGRAPH_REQUEST_TIMEOUT_MS: "runtime subgraph-config.ts: a request's longest time when the gateway sent no deadline",
  GRAPH_CALL_TIMEOUT_MS: "runtime subgraph-config.ts: a subgraph's longest wait for a question it asks the graph (ctx.graph)",
  SCHEMA_WAIT_SECONDS: "runtime subgraph-config.ts: how long serve waits for the release's migrations",
  REPLICAS: 'kernel shared-state.ts: accounts and the gateway refuse several replicas without REDIS_URL',
  ...Object.fromEntries(
    SUBGRAPHS.flatMap((s) => [
      [`${s.envPrefix}_HOST`, 'runtime subgraph-config.ts'],
      [`${s.envPrefix}_PORT`, 'runtime subgraph-config.ts; scripts/lib/subgraphs.mjs'],
      [`${s.envPrefix}_OPS_PORT`, 'kernel http/ops-server.ts readOpsConfig(); scripts/lib/subgraphs.mjs'],
      [`${s.envPrefix}_DATABASE_URL`, 'kernel config.ts; scripts/lib/database.mjs'],
      [`${s.envPrefix}_MIGRATION_DATABASE_URL`, 'kernel config.ts migrationDatabaseUrlFor(); scripts/migrate.mjs'],
      [`${s.envPrefix}_URL`, 'gateway subgraphs.ts'],
    ]),
  ),
  HOST: 'gateway config.ts; scripts/serve-app.mjs (an app container binds every interface)',
  PORT: 'gateway config.ts; scripts/lib/subgraphs.mjs',
  OPS_PORT: 'kernel http/ops-server.ts readOpsConfig() for the gateway; scripts/lib/subgraphs.mjs',
  OPS_HOST: 'kernel http/ops-server.ts readOpsConfig(): where every operations port binds',
  READINESS_INTERVAL_MS: 'kernel http/ops-server.ts readOpsConfig(): background readiness checks',
  SUPERGRAPH_PATH: 'gateway config.ts',
  SCHEMA_DIR: 'gateway config.ts',
  SUBGRAPH_TIMEOUT_MS: 'gateway config.ts',
  GATEWAY_REQUEST_TIMEOUT_MS: "gateway config.ts: a client request's whole time, passed on to the subgraphs",
  GATEWAY_BODY_LIMIT_BYTES: 'gateway config.ts',
  SUPERGRAPH_WATCH: 'gateway config.ts',
  ACCOUNTS_JWKS_URL: 'gateway config.ts',
  TRUSTED_PROXIES: 'gateway config.ts: client addresses behind load balancers',
  ACCOUNTS_KEYS_REFRESH_MS: 'gateway config.ts: how often the JWKS is fetched (accounts-keys.ts)',
  ACCOUNTS_REVOCATIONS_URL: 'gateway config.ts: the accounts revocation list (revocations.ts)',
  REVOCATION_POLL_MS: 'gateway config.ts: how often the revocation list is polled',
  REVOCATION_MAX_STALENESS_MS: 'gateway config.ts: fail closed past this without a poll',
  GATEWAY_MAX_DEPTH: 'gateway config.ts: query limits',
  GATEWAY_MAX_ALIASES: 'gateway config.ts: query limits',
  GATEWAY_MAX_DIRECTIVES: 'gateway config.ts: query limits',
  GATEWAY_MAX_TOKENS: 'gateway config.ts: query limits',
  GATEWAY_MAX_COST: 'gateway config.ts: query limits',
  GATEWAY_MAX_COST_ANONYMOUS: 'gateway config.ts: cost budget of callers not signed in',
  GATEWAY_RATE_LIMIT_PER_IP: 'gateway config.ts: rate limits',
  GATEWAY_RATE_LIMIT_PER_USER: 'gateway config.ts: rate limits',
  GATEWAY_RATE_LIMIT_WINDOW_SECONDS: 'gateway config.ts: rate limits',
  GATEWAY_RESPONSE_CACHE: 'gateway config.ts: the cache of public reads, on or off (ADR 032)',
  GATEWAY_RESPONSE_CACHE_MAX_ENTRIES: 'gateway config.ts: answers kept in one process without REDIS_URL',
  GATEWAY_SHUTDOWN_DELAY_MS: 'gateway config.ts: drain before closing on SIGTERM',
  GATEWAY_ADMISSION: 'gateway config.ts: admission control on or off',
  GATEWAY_ADMISSION_TARGET_MS: 'gateway config.ts: the answer time the admission limit steers for',
  GATEWAY_ADMISSION_MAX_LIMIT: 'gateway config.ts: most requests in flight',
  GATEWAY_ADMISSION_QUEUE_MS: 'gateway config.ts: longest wait for a place before OVERLOADED',
  GATEWAY_TRUSTED_DOCUMENTS: 'gateway config.ts: trusted-documents manifest (persisted-queries/)',
  SUBGRAPH_MAX_DEPTH: 'kernel limits/subgraph-limits.ts',
  SUBGRAPH_MAX_ALIASES: 'kernel limits/subgraph-limits.ts',
  SUBGRAPH_MAX_DIRECTIVES: 'kernel limits/subgraph-limits.ts',
  SUBGRAPH_MAX_TOKENS: 'kernel limits/subgraph-limits.ts',
  SUBGRAPH_MAX_COST: 'kernel limits/subgraph-limits.ts',
  EMBEDDED_PG_PORT: 'scripts/start.mjs, scripts/migrate.mjs',
  GATEWAY_HOST: 'scripts/start.mjs',
  ADMIN_PORT: 'scripts/lib/static-app-server.mjs: the admin dashboard npm start serves',
  WEB_PORT: 'scripts/lib/static-app-server.mjs: the reference client app npm start serves',
  THERAPIST_PORT: 'scripts/lib/static-app-server.mjs: the therapist workspace npm start (and its container) serves',
  NO_COLOR: 'scripts/lib/log-format.mjs',
  OTEL_EXPORTER_OTLP_ENDPOINT: 'kernel tracing/start-tracing.ts: traces on, exported over OTLP/HTTP (read again by the OTLP exporter)',
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'kernel tracing/start-tracing.ts: the traces endpoint alone',
  OTEL_SDK_DISABLED: 'kernel tracing/start-tracing.ts: true keeps tracing off',
  INTERNAL_TOKEN_PUBLIC_KEY: 'runtime subgraph-config.ts (key-material.ts); scripts/lib/internal-keys.mjs',
  INTERNAL_TOKEN_PUBLIC_KEY_FILE: 'kernel auth/key-material.ts (`${name}_FILE`)',
  ACCOUNTS_SIGNING_KEYS: 'accounts config.ts: Ed25519 keys that sign access tokens; scripts/lib/signing-keys.mjs',
  ACCOUNTS_SIGNING_KEYS_FILE: 'kernel auth/key-material.ts (`${name}_FILE`); scripts/lib/signing-keys.mjs',
  BOOKINGS_VIDEO_ROOM_URL_TEMPLATE: 'bookings config.ts',
  REMINDER_LEAD_HOURS: 'bookings config.ts: how long before a confirmed session the session-reminders sweep reminds of it',
  GEOCODER_URL: 'therapists config.ts',
  GEOCODER_TIMEOUT_MS: 'therapists config.ts',
  DELIVERY_MAX_ATTEMPTS: 'notifications config.ts: attempts per delivery, given afresh to a retried one (the delivery worker reads it too)',
  ADMIN_APP_BASE_URL: 'worker config.ts: links in admins\' notifications',
  RISK_FLAG_ESCALATION_HOURS: 'care-plans notices/sweep-settings.ts: unacknowledged this long, a risk flag goes to every admin',
  REVIEW_DUE_NOTICE_DAYS: 'care-plans notices/sweep-settings.ts: how many days ahead a review is noticed as due',
  WORKER_CONCURRENCY: 'worker config.ts: jobs run at once per worker process',
  RELAY_INTERVAL_MS: 'worker config.ts: how often each outbox is looked at',
  RELAY_BATCH_SIZE: 'worker config.ts: outbox rows relayed per transaction',
  SWEEP_INTERVAL_SECONDS: 'worker config.ts: how often the subgraphs\' sweeps run, once across all workers',
  WORKER_HEARTBEAT_TIMEOUT_SECONDS: 'worker config.ts: a worker silent this long has its jobs freed',
  WORKER_OPS_PORT: 'worker config.ts: /live, /ready, /metrics (default 14200); scripts/lib/subgraphs.mjs',
  WORKER_OPS_HOST: 'worker config.ts: the interface of the operations endpoints',
  GATEWAY_URL: 'runtime subgraph-config.ts (ctx.graph), accounts config.ts; scripts/lib/platform.mjs passes the running gateway; scripts/serve-app.mjs proxies /graphql to it',
  ACCOUNTS_TOTP_KEYS: 'accounts config.ts (TOTP secrets encrypted at rest)',
  WEBHOOK_SECRET_KEYS: 'kernel crypto/webhook-secret-cipher.ts, read by notifications config.ts and worker config.ts (webhook signing secrets encrypted at rest)',
  WEBHOOK_SECRET_KEYS_FILE: 'kernel auth/key-material.ts (`${name}_FILE`)',
  WEBHOOKS_ALLOW_LOCAL_ENDPOINTS: 'notifications config.ts and worker config.ts: plain HTTP and local addresses for webhook endpoints (development and tests)',
  WEBHOOK_TIMEOUT_MS: 'worker config.ts: how long one webhook delivery attempt may take',
  ACCOUNTS_TOTP_KEYS_FILE: 'kernel auth/key-material.ts (`${name}_FILE`)',
  MFA_CHALLENGE_TTL_SECONDS: 'accounts config.ts',
  MFA_ENROLMENT_TTL_SECONDS: 'accounts config.ts',
  ACCESS_TOKEN_TTL_SECONDS: 'accounts config.ts',
  REFRESH_TOKEN_TTL_DAYS: 'accounts config.ts',
  EMAIL_VERIFICATION_TTL_HOURS: 'accounts config.ts',
  PASSWORD_RESET_TTL_MINUTES: 'accounts config.ts',
  SMTP_URL: 'accounts config.ts',
  MAIL_FROM: 'accounts config.ts',
  MAIL_DIR: 'accounts config.ts',
  APP_BASE_URL: 'accounts config.ts',
  THERAPIST_APP_BASE_URL: 'accounts config.ts: links in therapists\' e-mails (mail/app-base-url.ts)',
  SIGN_UPS_PER_CALLER_PER_HOUR: 'accounts config.ts: sign-ups one client address may make an hour',
  REDIS_URL: 'accounts config.ts; gateway config.ts (shared rate-limit counters)',
  LOGIN_BACKOFF_AFTER: 'accounts config.ts',
  LOGIN_BACKOFF_BASE_SECONDS: 'accounts config.ts',
  LOGIN_LOCK_AFTER: 'accounts config.ts',
  LOGIN_LOCK_SECONDS: 'accounts config.ts',
  LOGIN_FAILURE_WINDOW_SECONDS: 'accounts config.ts',
  LOGIN_IP_MAX_FAILURES: 'accounts config.ts',
  INTERNAL_TOKEN_PRIVATE_KEY: 'gateway config.ts (key-material.ts); scripts/lib/internal-keys.mjs',
  INTERNAL_TOKEN_PRIVATE_KEY_FILE: 'kernel auth/key-material.ts (`${name}_FILE`)',
  TEST_DATABASE_URL: 'jest/global-setup.mjs; runtime testing/test-database.ts',
  ALLOW_DEMO_CREDENTIALS_IN_PRODUCTION: 'runtime config.ts (refusesDemoCredentials): the seed, accounts and the gateway in production',
};

/** Variables the official postgres image reads. */
const POSTGRES_IMAGE_VARIABLES = ['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_DB', 'POSTGRES_INITDB_ARGS', 'PGDATA'];
/** The script that gives each subgraph its database and roles, and the passwords it reads (one per role). */
const DATABASE_INIT_SCRIPT = 'deploy/postgres/init-subgraph-databases.sh';
const ROLE_PASSWORD_VARIABLES = SUBGRAPHS.flatMap((s) => [`${s.envPrefix}_DB_OWNER_PASSWORD`, `${s.envPrefix}_DB_RUNTIME_PASSWORD`]);

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; target?: string; args?: Record<string, string> };
  environment?: Record<string, string | number | boolean | null>;
  ports?: Array<string | number>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] | string };
  volumes?: string[];
  secrets?: string[];
  restart?: string;
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
  secrets?: Record<string, { file: string }>;
}

const compose = parse(read('docker-compose.yml'), { merge: true }) as ComposeFile;
const service = (name: string): ComposeService => {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
};
const environmentOf = (name: string): Record<string, string> =>
  Object.fromEntries(Object.entries(service(name).environment ?? {}).map(([key, value]) => [key, String(value)]));
const healthcheckOf = (name: string): string => {
  const test = service(name).healthcheck?.test;
  return Array.isArray(test) ? test.join(' ') : String(test ?? '');
};

/** Every source file the services and scripts run (tests excluded: a variable only a test reads is not configuration). */
function sourceFiles(): string[] {
  const roots = [...SUBGRAPHS.map((s) => `${s.dir}/src`), 'kernel/src', 'subgraphs/runtime/src', 'gateway/src', 'worker/src', 'scripts', 'jest'];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|mjs|js)$/.test(entry) && !/\.(test|suite)\.ts$/.test(entry)) files.push(full);
    }
  };
  for (const root of roots) if (existsSync(path.join(ROOT, root))) walk(path.join(ROOT, root));
  return files;
}
const SOURCES = sourceFiles().map((file) => readFileSync(file, 'utf8')).join('\n');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when the sources read `name`: as a quoted literal (`envString('PORT', …)`, `portFromEnv(env, 'PORT', …)`),
 * as `env.NAME`, or as a subgraph prefix plus a suffix built in a template (`${prefix}_PORT`).
 */
function readByCode(name: string): boolean {
  // Key material: `NAME` or a file named by `NAME_FILE` (kernel auth/key-material.ts builds the second name).
  if (name.endsWith('_FILE')) return readByCode(name.slice(0, -'_FILE'.length)) && SOURCES.includes('`${name}_FILE`');
  if (new RegExp(`['"\`]${name}['"\`]|\\benv\\.${name}\\b`).test(SOURCES)) return true;
  return SUBGRAPHS.some(
    (s) => name.startsWith(`${s.envPrefix}_`) && new RegExp(`\\$\\{[\\w.]+\\}${escape(name.slice(s.envPrefix.length))}\\b`).test(SOURCES),
  );
}

/** Set by jest and its global setup (jest/global-setup.mjs names the run), not configuration. */
const NOT_CONFIGURATION = new Set(['JEST_WORKER_ID', 'CAREGRAPH_TEST_RUN']);

/** The variables the sources visibly read by a literal name (readers, `process.env.X`, `env.X`, declared names). */
function variablesReadByName(): string[] {
  const patterns = [
    /\b(?:envString|envInt|envBool|envUrl|requireKey|readKeyMaterial)\(\s*'([A-Z][A-Z0-9_]*)'/g,
    /\bportFromEnv\(\s*\w+,\s*'([A-Z][A-Z0-9_]*)'/g,
    /\b(?:process\.)?env\.([A-Z][A-Z0-9_]*)\b/g,
    /\b(?:urlVariable|portVariable):\s*'([A-Z][A-Z0-9_]*)'/g,
    /_VARIABLE = '([A-Z][A-Z0-9_]*)'/g,
  ];
  const names = patterns.flatMap((pattern) => [...SOURCES.matchAll(pattern)].map((match) => match[1]));
  return [...new Set(names)].filter((name) => !NOT_CONFIGURATION.has(name)).sort();
}

/** Variables named in .env.example: lines `NAME=value`, or `#NAME=value` for one left at its default. */
function envExampleVariables(): string[] {
  return read('.env.example')
    .split('\n')
    .map((line) => /^#?([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((name): name is string => Boolean(name));
}

/**
 * The instructions of a Dockerfile, continuation lines joined, comments dropped, and the given
 * build arguments (e.g. SUBGRAPH) written in where `${NAME}` stands.
 */
function dockerInstructions(relative: string, args: Record<string, string> = {}): string[] {
  const withArgs = Object.entries(args).reduce((text, [name, value]) => text.split('${' + name + '}').join(value), read(relative));
  return withArgs
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The instructions of one stage (`FROM … AS name`), or of the last stage when `name` is omitted. */
function stage(relative: string, name?: string, args: Record<string, string> = {}): string[] {
  const stages: string[][] = [];
  for (const instruction of dockerInstructions(relative, args)) {
    if (/^FROM\s/i.test(instruction)) stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  const found = name ? stages.find((s) => new RegExp(`\\sAS\\s+${name}$`, 'i').test(s[0])) : stages.at(-1);
  if (!found) throw new Error(`${relative} has no stage ${name}`);
  return found;
}

/** Patterns of .dockerignore as regular expressions over repository-relative paths. */
const DOCKER_IGNORED = read('.dockerignore')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'))
  .map((pattern) => new RegExp(`^${pattern.split('**/').map((part) => escape(part).replace(/\\\*/g, '[^/]*')).join('(?:.*/)?')}(?:/.*)?$`));
const dockerIgnored = (relative: string) => DOCKER_IGNORED.some((pattern) => pattern.test(relative));

describe('docker-compose.yml', () => {
  it('defines exactly PostgreSQL, the migration step, the five subgraphs, the gateway, the delivery worker and the therapist workspace', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['postgres', 'migrate', ...SUBGRAPHS.map((s) => s.service), GATEWAY.service, WORKER.service, ...APPS.map((a) => a.service)].sort());
  });

  it('runs the official postgres:16 image on a named volume, with a pg_isready health check', () => {
    const postgres = service('postgres');
    expect(postgres.image).toBe('postgres:16');
    const [volume, mountPoint] = (postgres.volumes ?? [])[0].split(':');
    expect(mountPoint).toBe('/var/lib/postgresql/data');
    expect(Object.keys(compose.volumes ?? {})).toContain(volume);
    expect(healthcheckOf('postgres')).toContain('pg_isready');
    for (const name of Object.keys(environmentOf('postgres'))) expect([...POSTGRES_IMAGE_VARIABLES, ...ROLE_PASSWORD_VARIABLES]).toContain(name);
  });

  it('builds every Caregraph service from the repository root with a Dockerfile that exists', () => {
    const expected: Record<string, string> = {
      migrate: 'gateway/Dockerfile',
      ...Object.fromEntries(SUBGRAPHS.map((s) => [s.service, SUBGRAPH_DOCKERFILE])),
      gateway: 'gateway/Dockerfile',
      worker: 'worker/Dockerfile',
      ...Object.fromEntries(APPS.map((a) => [a.service, APP_DOCKERFILE])),
    };
    // One Dockerfile serves the five subgraphs; the build arguments pick the folder and port.
    for (const subgraph of SUBGRAPHS) {
      expect(service(subgraph.service).build?.args).toEqual({ SUBGRAPH: subgraph.service, PORT: String(subgraph.port) });
    }
    for (const name of NODE_SERVICES) {
      const build = service(name).build;
      expect(build).toBeDefined();
      expect(path.resolve(ROOT, build!.context)).toBe(ROOT);
      expect(build!.dockerfile).toBe(expected[name]);
      expect(existsSync(path.join(ROOT, build!.dockerfile))).toBe(true);
      // A named target must be a stage of that Dockerfile; without one, Docker builds the last stage.
      if (build!.target) expect(() => stage(build!.dockerfile, build!.target)).not.toThrow();
    }
    expect(service('migrate').build?.target).toBe('migrate');
  });

  it.each(SUBGRAPHS)('$service listens on its default port, as the code says', (subgraph) => {
    const definition = read(`${subgraph.dir}/src/subgraph.ts`);
    expect(definition).toMatch(new RegExp(`defaultPort:\\s*${subgraph.port}\\b`));
    expect(definition).toMatch(new RegExp(`envPrefix:\\s*'${subgraph.envPrefix}'`));
    expect(definition).toMatch(new RegExp(`database:\\s*'${subgraph.database}'`));
    const environment = environmentOf(subgraph.service);
    expect(environment[`${subgraph.envPrefix}_PORT`]).toBe(String(subgraph.port));
    // Loopback is the default; in a container the subgraph must listen on every interface.
    expect(environment[`${subgraph.envPrefix}_HOST`] ?? environment.SUBGRAPH_HOST).toBe('0.0.0.0');
    // Probed on the operations port, which compose binds inside its network (Prometheus scrapes it there) and never publishes.
    expect(environment.OPS_HOST).toBe('0.0.0.0');
    expect(environment[`${subgraph.envPrefix}_OPS_PORT`]).toBeUndefined();
    expect(healthcheckOf(subgraph.service)).toContain(`http://127.0.0.1:${subgraph.port + 10000}/ready`);
  });

  it('publishes only the gateway, on 4000, and the browser apps, each on its own port', () => {
    const published = Object.entries(compose.services).filter(([, s]) => s.ports?.length).map(([name]) => name);
    expect(published.sort()).toEqual([GATEWAY.service, ...APPS.map((a) => a.service)].sort());
    expect(service(GATEWAY.service).ports).toEqual([`${GATEWAY.port}:${GATEWAY.port}`]);
    expect(environmentOf(GATEWAY.service).PORT).toBe(String(GATEWAY.port));
    expect(environmentOf(GATEWAY.service).OPS_HOST).toBe('0.0.0.0');
    expect(healthcheckOf(GATEWAY.service)).toContain(`http://127.0.0.1:${GATEWAY.port + 10000}/ready`);
  });

  it.each(APPS)('$service serves its build on $port, proxying /graphql to the gateway, once the gateway is healthy', (app) => {
    const definition = service(app.service);
    expect(definition.build?.args).toEqual({ APP: app.service, PORT: String(app.port) });
    expect(existsSync(path.join(ROOT, app.folder, 'package.json'))).toBe(true);
    expect(definition.ports).toEqual([`${app.port}:${app.port}`]);
    const environment = environmentOf(app.service);
    expect(environment[app.portVariable]).toBe(String(app.port));
    expect(environment.HOST).toBe('0.0.0.0');
    expect(environment.GATEWAY_URL).toBe(`http://${GATEWAY.service}:${GATEWAY.port}/graphql`);
    expect(definition.depends_on).toEqual({ [GATEWAY.service]: { condition: 'service_healthy' } });
    expect(healthcheckOf(app.service)).toContain(`http://127.0.0.1:${app.port}/`);
    // The port and its variable are the ones `npm start` uses for the app.
    expect(read('scripts/lib/static-app-server.mjs')).toMatch(new RegExp(`name: '${app.service}',[\\s\\S]*?defaultPort: ${app.port},\\s*portVariable: '${app.portVariable}'`));
  });

  it('points the gateway at each subgraph by its compose service name and port', () => {
    const environment = environmentOf(GATEWAY.service);
    const gatewaySubgraphs = read('gateway/src/subgraphs.ts');
    for (const subgraph of SUBGRAPHS) {
      expect(environment[`${subgraph.envPrefix}_URL`]).toBe(`http://${subgraph.service}:${subgraph.port}/graphql`);
      // The gateway's own list: the same variable, and the same port in its local default.
      expect(gatewaySubgraphs).toMatch(
        new RegExp(`name: '${subgraph.service}'.*urlVariable: '${subgraph.envPrefix}_URL'.*localUrl: 'http://127\\.0\\.0\\.1:${subgraph.port}/graphql'`),
      );
    }
  });

  it('sets only variables that the code reads, and NODE_ENV=production everywhere', () => {
    for (const name of NODE_SERVICES) {
      const environment = environmentOf(name);
      for (const variable of Object.keys(environment)) {
        expect({ service: name, variable, known: variable in KNOWN_VARIABLES }).toEqual({ service: name, variable, known: true });
      }
      expect(environment.NODE_ENV).toBe('production');
    }
  });

  it('makes each subgraph its database and two roles on a new volume, with the init script', () => {
    const postgres = service('postgres');
    expect(postgres.volumes).toContain(`./${DATABASE_INIT_SCRIPT}:/docker-entrypoint-initdb.d/10-init-subgraph-databases.sh:ro`);
    const script = read(DATABASE_INIT_SCRIPT);
    expect(statSync(path.join(ROOT, DATABASE_INIT_SCRIPT)).mode & 0o111).not.toBe(0);
    for (const subgraph of SUBGRAPHS) expect(script).toContain(`"${subgraph.database} ${subgraph.envPrefix}"`);
    expect(script).toContain('${database}_owner');
    expect(script).toContain('${database}_runtime');
    // Every role's password comes from the environment (none has a default), each from its own variable.
    const environment = environmentOf('postgres');
    for (const variable of [...ROLE_PASSWORD_VARIABLES, 'POSTGRES_PASSWORD']) {
      expect({ variable, value: environment[variable] }).toEqual({ variable, value: expect.stringMatching(new RegExp(`^\\$\\{${variable}:\\?[^}]+\\}$`)) });
    }
  });

  it.each(SUBGRAPHS)('$service serves as its own runtime role and migrate migrates it as its owner role, on its own database', (subgraph) => {
    const url = environmentOf(subgraph.service)[`${subgraph.envPrefix}_DATABASE_URL`];
    expect(url).toBe(`postgres://${subgraph.database}_runtime:\${${subgraph.envPrefix}_DB_RUNTIME_PASSWORD:?set ${subgraph.envPrefix}_DB_RUNTIME_PASSWORD}@postgres:5432/${subgraph.database}`);
    const migration = environmentOf('migrate')[`${subgraph.envPrefix}_MIGRATION_DATABASE_URL`];
    expect(migration).toBe(`postgres://${subgraph.database}_owner:\${${subgraph.envPrefix}_DB_OWNER_PASSWORD:?set ${subgraph.envPrefix}_DB_OWNER_PASSWORD}@postgres:5432/${subgraph.database}`);
    // The serving subgraph gets no owner credentials, and no server-wide URL to fall back on.
    expect(Object.keys(environmentOf(subgraph.service)).filter((name) => /DATABASE_URL$/.test(name))).toEqual([`${subgraph.envPrefix}_DATABASE_URL`]);
  });

  it('lets no Caregraph service log in to PostgreSQL as the superuser', () => {
    const superuser = environmentOf('postgres').POSTGRES_USER;
    for (const name of NODE_SERVICES) {
      const environment = environmentOf(name);
      expect({ service: name, DATABASE_URL: environment.DATABASE_URL }).toEqual({ service: name, DATABASE_URL: undefined });
      for (const [variable, value] of Object.entries(environment).filter(([key]) => /DATABASE_URL$/.test(key))) {
        const user = /^postgres:\/\/([^:@]+)/.exec(value)?.[1];
        expect({ service: name, variable, user }).toEqual({ service: name, variable, user: expect.stringMatching(/_(owner|runtime)$/) });
        expect(user).not.toBe(superuser);
        expect(value).not.toContain('POSTGRES_PASSWORD');
      }
    }
  });

  it('gives the gateway the private half of the internal-token key pair and the subgraphs only the public half', () => {
    const secrets = compose.secrets ?? {};
    const gitignore = read('.gitignore').split('\n');
    for (const [name, secret] of Object.entries(secrets)) {
      // Key files live in a git-ignored folder that no image's build context includes.
      const file = path.relative(ROOT, path.resolve(ROOT, secret.file));
      expect({ name, ignoredByGit: gitignore.some((line) => line && file.startsWith(line.replace(/^\//, ''))), inBuildContext: !dockerIgnored(file) }).toEqual({
        name,
        ignoredByGit: true,
        inBuildContext: false,
      });
    }
    const gateway = service(GATEWAY.service);
    expect(gateway.secrets).toEqual(['internal-token-private-key']);
    expect(environmentOf(GATEWAY.service).INTERNAL_TOKEN_PRIVATE_KEY_FILE).toBe('/run/secrets/internal-token-private-key');
    for (const subgraph of SUBGRAPHS) {
      // accounts also holds the key that signs user access tokens; nobody else does. notifications holds the key that
      // encrypts webhook signing secrets (the worker too, to sign).
      const extra = subgraph.service === 'accounts' ? ['accounts-signing-key', 'accounts-totp-key'] : subgraph.service === 'notifications' ? ['webhook-secret-key'] : [];
      expect(service(subgraph.service).secrets).toEqual(['internal-token-public-key', ...extra]);
      expect(environmentOf(subgraph.service).INTERNAL_TOKEN_PUBLIC_KEY_FILE).toBe('/run/secrets/internal-token-public-key');
    }
    expect(service('worker').secrets).toEqual(['internal-token-private-key', 'webhook-secret-key']);
    expect(environmentOf('worker').WEBHOOK_SECRET_KEYS_FILE).toBe('/run/secrets/webhook-secret-key');
    expect(environmentOf('notifications').WEBHOOK_SECRET_KEYS_FILE).toBe('/run/secrets/webhook-secret-key');
    expect(service('migrate').secrets).toBeUndefined();
    expect(Object.keys(secrets).sort()).toEqual(['accounts-signing-key', 'accounts-totp-key', 'internal-token-private-key', 'internal-token-public-key', 'webhook-secret-key']);
  });

  it('starts in order: postgres healthy → migrate completed → subgraphs healthy → gateway', () => {
    expect(service('migrate').depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(service('migrate').restart ?? 'no').toBe('no');
    for (const subgraph of SUBGRAPHS) {
      expect(service(subgraph.service).depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
      expect(service(subgraph.service).healthcheck).toBeDefined();
    }
    expect(service(GATEWAY.service).depends_on).toEqual(
      Object.fromEntries(SUBGRAPHS.map((s) => [s.service, { condition: 'service_healthy' }])),
    );
  });
});

describe('Dockerfiles', () => {
  const workspaces = (JSON.parse(read('package.json')) as { workspaces: string[] }).workspaces;
  const images = [
    ...SUBGRAPHS.map((s) => ({
      ...s,
      dockerfile: SUBGRAPH_DOCKERFILE,
      entry: `${s.dir}/dist/main.js`,
      target: undefined as string | undefined,
      args: { SUBGRAPH: s.service, PORT: String(s.port) } as Record<string, string>,
    })),
    { ...GATEWAY, dockerfile: 'gateway/Dockerfile', entry: 'gateway/dist/main.js', target: undefined as string | undefined, args: {} as Record<string, string> },
    { ...GATEWAY, service: 'migrate', dockerfile: 'gateway/Dockerfile', entry: 'scripts/migrate.mjs', target: 'migrate', args: {} as Record<string, string> },
  ];
  const isSubgraph = (image: { service: string }) => image.service !== 'migrate' && image.service !== 'gateway';

  it.each(images)('$dockerfile ($service) runs production dependencies only, as the node user, with a health check', (image) => {
    const instructions = dockerInstructions(image.dockerfile, image.args);
    expect(instructions).toContain('ARG NODE_IMAGE=node:20-bookworm-slim');
    for (const from of instructions.filter((i) => /^FROM\s/.test(i))) expect(from).toMatch(/^FROM (\$\{NODE_IMAGE\}|npm|[\w-]+) AS [\w-]+$/);
    const final = stage(image.dockerfile, image.target, image.args);
    expect(final[0]).toMatch(/^FROM \$\{NODE_IMAGE\} AS /);
    expect(final).toContain('USER node');
    expect(final.join('\n')).toMatch(/ENV NODE_ENV=production/);
    // Subgraphs start through `sh -c "exec …"` (the folder comes from a build argument); exec keeps node PID 1.
    // Accounts' process gets the malloc settings the scripts give it (scripts/lib/subgraphs.mjs, docs/adr/035).
    expect(final.at(-1)).toBe(
      isSubgraph(image)
        ? `CMD ["sh", "-c", "if [ \\"$SUBGRAPH\\" = accounts ]; then export GLIBC_TUNABLES=${ACCOUNTS_GLIBC_TUNABLES}; fi; exec node ${image.entry} serve"]`
        : `CMD ["node", "${image.entry}"]`,
    );
    const source = image.entry.replace(/^(.*)\/dist\/(.*)\.js$/, '$1/src/$2.ts');
    expect(existsSync(path.join(ROOT, source))).toBe(true);
    // The final image is the /app folder of a stage that installed production dependencies only, whole:
    // npm may put a workspace's own node_modules beside it (the lock has subgraphs/runtime/node_modules/…).
    const copies = final.filter((i) => /^COPY\s/.test(i));
    const appStage = /^COPY --from=([\w-]+) \/app \.\/$/.exec(copies[0] ?? '')?.[1];
    expect({ copies, appStage: Boolean(appStage) }).toEqual({ copies: [expect.any(String)], appStage: true });
    const app = stage(image.dockerfile, appStage, image.args).join('\n');
    expect(app).toMatch(/npm ci --omit=dev/);
    expect(app).not.toMatch(/--include-workspace-root/);
    if (image.service !== 'migrate') {
      expect(app).toContain(`--workspace=${image.workspace}`);
      if (isSubgraph(image)) {
        expect(final.join('\n')).toMatch(new RegExp(`HEALTH_PORT=${image.port}\\b`));
        expect(final.join('\n')).toMatch(/HEALTHCHECK .*process\.env\.HEALTH_PORT \+ '\/health'/);
      } else {
        expect(final.join('\n')).toMatch(new RegExp(`HEALTHCHECK .*\\|\\| ${image.port}\\) \\+ '/health'`));
      }
      expect(final).toContain(`EXPOSE ${image.port}`);
    }
  });

  it('clients/Dockerfile builds the app with Vite and runs only its build and the static server, as the node user', () => {
    const instructions = dockerInstructions(APP_DOCKERFILE);
    expect(instructions).toContain('ARG NODE_IMAGE=node:20-bookworm-slim');
    const final = stage(APP_DOCKERFILE, 'runtime');
    expect(stage(APP_DOCKERFILE).join('\n')).toBe(final.join('\n'));
    expect(final[0]).toBe('FROM ${NODE_IMAGE} AS runtime');
    expect(final).toContain('USER node');
    expect(final.join('\n')).toMatch(/ENV NODE_ENV=production/);
    expect(final.at(-1)).toBe('CMD ["sh", "-c", "exec node scripts/serve-app.mjs ${APP}"]');
    // No dependencies at run time: the build output from the build stage, the server from the sources.
    const fromBuild = final.filter((i) => /^COPY --from=/.test(i));
    expect(fromBuild).toEqual(['COPY --from=build /app/clients/${APP}/dist clients/${APP}/dist', 'COPY --from=build /app/clients/${APP}/dist-server clients/${APP}/dist-server']);
    expect(stage(APP_DOCKERFILE, 'build').join('\n')).toMatch(/npm run build --workspace=clients\/\$\{APP\}/);
    expect(final.join('\n')).toMatch(/HEALTHCHECK .*process\.env\.HEALTH_PORT/);
    // The server's own imports are all in the image.
    for (const file of ['scripts/serve-app.mjs', 'scripts/lib/static-app-server.mjs']) {
      for (const [, imported] of read(file).matchAll(/from '(\.[^']+)'/g)) {
        const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), imported));
        expect({ file, imported: target, copied: final.some((i) => /^COPY\s/.test(i) && i.includes(path.basename(target))) }).toEqual({ file, imported: target, copied: true });
      }
    }
  });

  it.each(APPS)('clients/Dockerfile copies every file it needs for $service, none of them ignored', (app) => {
    const copies = dockerInstructions(APP_DOCKERFILE, { APP: app.service }).filter((i) => /^COPY\s/.test(i) && !/--from=/.test(i));
    for (const copy of copies) {
      for (const source of copy.split(/\s+/).slice(1, -1).filter((word) => !word.startsWith('--'))) {
        expect({ source, exists: existsSync(path.join(ROOT, source)), ignored: dockerIgnored(source) }).toEqual({ source, exists: true, ignored: false });
      }
    }
  });

  it.each([...new Set([...images.map((i) => i.dockerfile), APP_DOCKERFILE])])('%s copies every workspace manifest (npm ci checks the lock against all)', (dockerfile) => {
    const instructions = dockerInstructions(dockerfile);
    expect(instructions).toContain('COPY package.json package-lock.json .npmrc ./');
    for (const workspace of workspaces) expect(instructions).toContain(`COPY ${workspace}/package.json ${workspace}/`);
  });

  it.each(images)('$dockerfile ($service) copies only files that exist and that .dockerignore lets through', ({ dockerfile, args }) => {
    const copies = dockerInstructions(dockerfile, args).filter((i) => /^COPY\s/.test(i) && !/--from=/.test(i));
    for (const copy of copies) {
      const sources = copy.split(/\s+/).slice(1, -1).filter((word) => !word.startsWith('--'));
      for (const source of sources) {
        expect({ dockerfile, source, exists: existsSync(path.join(ROOT, source)), ignored: dockerIgnored(source) }).toEqual({
          dockerfile,
          source,
          exists: true,
          ignored: false,
        });
      }
    }
  });

  it('keeps build output and local state out of the build context', () => {
    for (const ignored of ['.git', 'node_modules', 'subgraphs/accounts/dist', 'subgraphs/runtime/node_modules', '.data', '.env', 'gateway/tsconfig.build.tsbuildinfo']) {
      expect({ path: ignored, ignored: dockerIgnored(ignored) }).toEqual({ path: ignored, ignored: true });
    }
  });
});

describe('configuration documents', () => {
  it('knows only variables that the code or the scripts read', () => {
    const unread = Object.keys(KNOWN_VARIABLES).filter((name) => !readByCode(name));
    expect(unread).toEqual([]);
  });

  it('knows every variable that the code or the scripts read (so .env.example and README.md list it)', () => {
    const unknown = variablesReadByName().filter((name) => !(name in KNOWN_VARIABLES));
    expect(unknown).toEqual([]);
  });

  it('.env.example lists every variable, each one read by the code or the scripts', () => {
    const listed = envExampleVariables();
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(Object.keys(KNOWN_VARIABLES).sort());
    for (const name of listed) expect({ name, read: readByCode(name) }).toEqual({ name, read: true });
  });

  it('README.md documents every variable in .env.example', () => {
    const readme = read('README.md');
    const missing = envExampleVariables().filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
