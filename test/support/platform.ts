// Runs the whole platform for a repository-level test: `node scripts/start.mjs` as a child process
// (jest's CommonJS tests cannot import the .mjs scripts), on free ports and its own databases,
// reporting its URLs over IPC. The child stops by itself if the test process dies.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';

const root = path.resolve(__dirname, '..', '..');

/** Service names, as `scripts/lib/subgraphs.mjs` lists them. */
export const SERVICE_NAMES = ['gateway', 'accounts', 'therapists', 'bookings', 'care-plans'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** The variable start.mjs reads each service's port from. */
const PORT_VARIABLES: Record<ServiceName, string> = {
  gateway: 'PORT',
  accounts: 'ACCOUNTS_PORT',
  therapists: 'THERAPISTS_PORT',
  bookings: 'BOOKINGS_PORT',
  'care-plans': 'CARE_PLANS_PORT',
};

/** The variable start.mjs reads each service's operations port (/live, /ready, /metrics) from. */
const OPS_PORT_VARIABLES: Record<ServiceName, string> = {
  gateway: 'OPS_PORT',
  accounts: 'ACCOUNTS_OPS_PORT',
  therapists: 'THERAPISTS_OPS_PORT',
  bookings: 'BOOKINGS_OPS_PORT',
  'care-plans': 'CARE_PLANS_OPS_PORT',
};

/** Where a started platform answers (what `startPlatform` in scripts/lib/platform.mjs returns). */
export interface PlatformUrls {
  gateway: string;
  health: string;
  /** The gateway's readiness, on its operations port. */
  ready: string;
  /** The gateway's Prometheus metrics, on its operations port. */
  metrics: string;
  /** Each subgraph's Prometheus metrics, on its operations port. */
  subgraphMetrics: Record<Exclude<ServiceName, 'gateway'>, string>;
  subgraphs: Record<Exclude<ServiceName, 'gateway'>, string>;
  /** The admin dashboard, when it is built and its port (ADMIN_PORT) was free. */
  admin?: string;
  /** The reference client app, when it is built and its port (WEB_PORT) was free. */
  web?: string;
  /** The therapist workspace, when it is built and its port (THERAPIST_PORT) was free. */
  therapist?: string;
}

export interface RunningPlatform {
  urls: PlatformUrls;
  /** Process id of start.mjs; each service is a child process of it (fault tests find one by its arguments). */
  pid: number;
  /** Each subgraph's database URL, without password. */
  databases: Record<string, string>;
  /** Everything the platform printed so far (for failure messages). */
  output(): string;
  /** Stops the gateway, then the subgraphs; resolves once start.mjs has exited. */
  stop(): Promise<void>;
}

export interface PlatformOptions {
  /** The PostgreSQL server, e.g. process.env.TEST_DATABASE_URL. */
  databaseUrl: string;
  /** Database names become `<prefix>accounts`, …; default `e2e_`, so development data is left alone. */
  databasePrefix?: string;
  /** Ports by service; any not given is a free one. */
  ports?: Partial<Record<ServiceName, number>>;
  /** Write the demo data (default true). */
  seed?: boolean;
  /** Extra environment for the platform's processes (LOG_LEVEL, …). */
  env?: Record<string, string>;
  /** How long to wait for the platform to be ready (default 90 s: migrations and seeds included). */
  timeoutMs?: number;
}

/** What start.mjs sends over IPC. */
interface PlatformMessage {
  type: 'ready' | 'failed';
  urls?: PlatformUrls;
  databases?: Record<string, string>;
  message?: string;
}

/** `count` distinct ports the system reports free right now. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<net.Server>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/** Resolves once the child has exited. */
function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts the platform (create databases, migrate, seed, start the four subgraphs and the gateway)
 * and resolves once the gateway's `/ready` answers 200. Rejects with the platform's output when
 * it fails to start.
 */
export async function startPlatformProcess(options: PlatformOptions): Promise<RunningPlatform> {
  const free = await freePorts(SERVICE_NAMES.length * 2);
  const ports = Object.fromEntries(SERVICE_NAMES.map((name, i) => [name, options.ports?.[name] ?? free[i]])) as Record<ServiceName, number>;
  // Operations ports picked free too: port + 10000 may be taken on a busy test machine.
  const opsPorts = Object.fromEntries(SERVICE_NAMES.map((name, i) => [name, free[SERVICE_NAMES.length + i]])) as Record<ServiceName, number>;
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env, DATABASE_URL: options.databaseUrl };
  // The test decides where the data goes: no per-subgraph database URL from the surrounding shell.
  for (const key of Object.keys(env)) if (/^[A-Z_]+_DATABASE_URL$/.test(key)) delete env[key];
  for (const name of SERVICE_NAMES) env[PORT_VARIABLES[name]] = String(ports[name]);
  for (const name of SERVICE_NAMES) env[OPS_PORT_VARIABLES[name]] = String(opsPorts[name]);
  const args = ['scripts/start.mjs', `--database-prefix=${options.databasePrefix ?? 'e2e_'}`];
  if (options.seed === false) args.push('--no-seed');

  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = exitOf(child);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  };

  const timeoutMs = options.timeoutMs ?? 90_000;
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race<PlatformMessage>([
    new Promise((resolve) =>
      child.on('message', (message: PlatformMessage) => {
        if (message?.type === 'ready' || message?.type === 'failed') resolve(message);
      }),
    ),
    exited.then(() => ({ type: 'failed', message: `start.mjs exited (${child.signalCode ?? `code ${child.exitCode}`})` })),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve({ type: 'failed', message: `not ready within ${timeoutMs / 1000} s` }), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (outcome.type !== 'ready' || !outcome.urls) {
    await stop();
    throw new Error(`The platform did not start: ${outcome.message}\n--- its output ---\n${output}`);
  }
  return { urls: outcome.urls, pid: child.pid!, databases: outcome.databases ?? {}, output: () => output, stop };
}

/**
 * The process id of one service of a running platform: the child of start.mjs running
 * `<service>/dist/main.js serve` (the gateway: `gateway/dist/main.js`). Linux only (reads /proc).
 */
export function servicePid(platform: RunningPlatform, service: ServiceName): number {
  const entry = service === 'gateway' ? `${path.sep}gateway${path.sep}dist${path.sep}` : `${path.sep}subgraphs${path.sep}${service}${path.sep}dist${path.sep}`;
  const children = readFileSync(`/proc/${platform.pid}/task/${platform.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  const match = children.find((pid) => {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.some((arg) => arg.includes(entry));
  });
  if (!match) throw new Error(`no ${service} process under start.mjs (pid ${platform.pid})`);
  return match;
}

/** The databases a platform started with `databasePrefix` creates, one per subgraph, without the prefix. */
export const PLATFORM_DATABASES = ['accounts', 'therapists', 'bookings', 'care_plans'] as const;

/** Drops the databases of a platform started with `prefix` on `databaseUrl`'s server (after it stopped). */
export async function dropPlatformDatabases(databaseUrl: string, prefix: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const name of PLATFORM_DATABASES) await client.query(`drop database if exists "${prefix}${name}" with (force)`);
  } finally {
    await client.end();
  }
}
