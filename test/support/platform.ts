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
export const SERVICE_NAMES = ['gateway', 'accounts', 'therapists', 'bookings', 'care-plans', 'notifications'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** The variable start.mjs reads each service's port from. */
export const PORT_VARIABLES: Record<ServiceName, string> = {
  gateway: 'PORT',
  accounts: 'ACCOUNTS_PORT',
  therapists: 'THERAPISTS_PORT',
  bookings: 'BOOKINGS_PORT',
  'care-plans': 'CARE_PLANS_PORT',
  notifications: 'NOTIFICATIONS_PORT',
};

/** The variable start.mjs reads each service's operations port (/live, /ready, /metrics) from. */
export const OPS_PORT_VARIABLES: Record<ServiceName, string> = {
  gateway: 'OPS_PORT',
  accounts: 'ACCOUNTS_OPS_PORT',
  therapists: 'THERAPISTS_OPS_PORT',
  bookings: 'BOOKINGS_OPS_PORT',
  'care-plans': 'CARE_PLANS_OPS_PORT',
  notifications: 'NOTIFICATIONS_OPS_PORT',
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
  /** The delivery worker's operations server (`/live`, `/ready`, `/metrics`). */
  worker: string;
  /** With replicas: each process's own GraphQL URL and operations server, past the round-robin. */
  replicas?: Record<ServiceName, Array<{ url: string; ops: string }>>;
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
  /**
   * Extra environment for the platform's processes (LOG_LEVEL, …), or a function of the browser apps'
   * ports (each start picks them free) for settings that name them, such as APP_BASE_URL.
   */
  env?: Record<string, string> | ((appPorts: AppPorts) => Record<string, string>);
  /** How long to wait for the platform to be ready (default 90 s: migrations and seeds included). */
  timeoutMs?: number;
  /**
   * Copy the databases from this jest run's migrated and seeded template (default true when seeding in a
   * jest run): false migrates and seeds them here, as `npm start` does.
   */
  fromTemplate?: boolean;
  /** Processes of the gateway and of each subgraph, behind a round-robin each (`--replicas`; REDIS_URL needed). */
  replicas?: number;
}

/** The browser apps start.mjs serves when built, and the variable each one's port is read from. */
const APP_PORT_VARIABLES = { admin: 'ADMIN_PORT', web: 'WEB_PORT', therapist: 'THERAPIST_PORT' } as const;
export type AppPorts = Record<keyof typeof APP_PORT_VARIABLES, number>;

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

/** Names the jest run (jest/global-setup.mjs); its teardown drops the run's templates (`*_tpl_*_<run>*`). */
const TEST_RUN_VARIABLE = 'CAREGRAPH_TEST_RUN';

/** This process's template, once made or found. */
let template: Promise<string> | undefined;

/**
 * The database prefix of this jest run's seeded platform: five databases migrated and seeded once (by
 * `start.mjs --prepare-only`, whichever test file comes first; the others wait on an advisory lock), that
 * each platform of the run then copies. Built under other names and renamed when whole.
 */
function seededTemplate(databaseUrl: string): Promise<string> {
  template ??= (async () => {
    const run = process.env[TEST_RUN_VARIABLE]!;
    const prefix = `platform_tpl_seeded_${run}_`;
    const building = `platform_tpl_building_${run}_`;
    const server = new URL(databaseUrl);
    server.pathname = '/postgres';
    const client = new Client({ connectionString: server.toString() });
    await client.connect();
    try {
      await client.query('select pg_advisory_lock(hashtext($1))', [prefix]);
      const names = PLATFORM_DATABASES.map((name) => `${prefix}${name}`);
      const { rowCount } = await client.query('select 1 from pg_database where datname = any($1)', [names]);
      if (rowCount === names.length) return prefix;
      for (const name of PLATFORM_DATABASES) await client.query(`drop database if exists "${building}${name}" with (force)`);
      await prepareDatabases(databaseUrl, building);
      for (const name of PLATFORM_DATABASES) {
        await client.query(`drop database if exists "${prefix}${name}" with (force)`);
        await client.query(`alter database "${building}${name}" rename to "${prefix}${name}"`);
      }
      return prefix;
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [prefix]).catch(() => undefined);
      await client.end();
    }
  })();
  template.catch(() => (template = undefined));
  return template;
}

/** Runs `start.mjs --prepare-only`: creates, migrates and seeds `<prefix>accounts`, … and exits. */
async function prepareDatabases(databaseUrl: string, prefix: string): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' };
  for (const key of Object.keys(env)) if (/^[A-Z_]+_DATABASE_URL$/.test(key)) delete env[key];
  const child = spawn(process.execPath, ['scripts/start.mjs', '--prepare-only', `--database-prefix=${prefix}`], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await exitOf(child);
  if (child.exitCode !== 0) throw new Error(`Preparing the test run's seeded databases failed (${child.signalCode ?? `code ${child.exitCode}`}):\n${output}`);
}

/** Resolves once the child has exited. */
function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts the platform (create databases, migrate, seed, start the five subgraphs, the gateway and the delivery worker)
 * and resolves once the gateway's `/ready` answers 200. Rejects with the platform's output when
 * it fails to start.
 */
export async function startPlatformProcess(options: PlatformOptions): Promise<RunningPlatform> {
  // A port found free can be taken by another process (an outgoing connection's ephemeral port) before the
  // service binds it: start again on other ports, from fresh copies of the databases.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startPlatformOnce(options);
    } catch (error) {
      // A service says "Port … is already in use"; the replicas' round-robin passes on the system's EADDRINUSE.
      const portTaken = /Port \d+ .*is already in use|EADDRINUSE/.test((error as Error).message);
      if (!portTaken || attempt === 3) throw error;
      await dropPlatformDatabases(options.databaseUrl, options.databasePrefix ?? 'e2e_');
    }
  }
}

/** start.mjs just spawned on free ports, before it has said anything over IPC. */
export interface SpawnedPlatform {
  child: ChildProcess;
  /** The browser apps' ports, picked free. */
  appPorts: AppPorts;
  /** Everything start.mjs printed so far. */
  output(): string;
  /** Resolves once start.mjs has exited. */
  exited: Promise<void>;
  /** Asks start.mjs to stop (SIGTERM; SIGKILL after 30 s) and resolves once it has exited. */
  stop(): Promise<void>;
  /** Whether stop() was called. */
  stopAsked(): boolean;
}

/** Spawns `node scripts/start.mjs` with `options` on free ports, without waiting for anything. */
export async function spawnPlatform(options: PlatformOptions): Promise<SpawnedPlatform> {
  const appNames = Object.keys(APP_PORT_VARIABLES) as Array<keyof AppPorts>;
  const free = await freePorts(SERVICE_NAMES.length * 2 + 1 + appNames.length);
  const appPorts = Object.fromEntries(appNames.map((name, i) => [name, free[SERVICE_NAMES.length * 2 + 1 + i]])) as AppPorts;
  const extraEnv = typeof options.env === 'function' ? options.env(appPorts) : options.env;
  const ports = Object.fromEntries(SERVICE_NAMES.map((name, i) => [name, options.ports?.[name] ?? free[i]])) as Record<ServiceName, number>;
  // Operations ports picked free too: port + 10000 may be taken on a busy test machine.
  const opsPorts = Object.fromEntries(SERVICE_NAMES.map((name, i) => [name, free[SERVICE_NAMES.length + i]])) as Record<ServiceName, number>;
  // Admission control stays on, patient: test files share two cores, and slowness there is not overload.
  // So are the subgraph fetches: a sign-in's password hash under a loaded CI machine once took past 3 s. And a
  // subgraph's questions to the graph (a booking asks for the listing's facts) wait as long as the gateway does.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', GATEWAY_ADMISSION_TARGET_MS: '10000', GATEWAY_ADMISSION_QUEUE_MS: '5000', SUBGRAPH_TIMEOUT_MS: '10000', GRAPH_CALL_TIMEOUT_MS: '10000', ...extraEnv, DATABASE_URL: options.databaseUrl };
  // The test decides where the data goes: no per-subgraph database URL from the surrounding shell.
  for (const key of Object.keys(env)) if (/^[A-Z_]+_DATABASE_URL$/.test(key)) delete env[key];
  for (const name of SERVICE_NAMES) env[PORT_VARIABLES[name]] = String(ports[name]);
  for (const name of SERVICE_NAMES) env[OPS_PORT_VARIABLES[name]] = String(opsPorts[name]);
  // The delivery worker has only an operations port.
  env.WORKER_OPS_PORT = String(free[SERVICE_NAMES.length * 2]);
  // Free ports for the apps too: their defaults (5173–5175) are shared by every platform of the run.
  for (const name of appNames) env[APP_PORT_VARIABLES[name]] = String(appPorts[name]);
  const args = ['scripts/start.mjs', `--database-prefix=${options.databasePrefix ?? 'e2e_'}`];
  if (options.replicas) args.push(`--replicas=${options.replicas}`);
  if (options.seed === false) args.push('--no-seed');
  else if (options.fromTemplate !== false && process.env[TEST_RUN_VARIABLE]) args.push(`--database-template=${await seededTemplate(options.databaseUrl)}`);

  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = exitOf(child);

  let stopAsked = false;
  const stop = async () => {
    stopAsked = true;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  };
  return { child, appPorts, output: () => output, exited, stop, stopAsked: () => stopAsked };
}

async function startPlatformOnce(options: PlatformOptions): Promise<RunningPlatform> {
  const { child, output: printed, exited, stop, stopAsked } = await spawnPlatform(options);

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
    throw new Error(`The platform did not start: ${outcome.message}\n--- its output ---\n${printed()}`);
  }
  // An app whose port was taken meanwhile is left unserved while the platform runs on: start again, as for a service.
  const appPortTaken = /not served: port (\d+) is in use/.exec(printed());
  if (appPortTaken) {
    await stop();
    throw new Error(`Port ${appPortTaken[1]} of a browser app is already in use\n--- its output ---\n${printed()}`);
  }
  // A platform that stops while its tests run fails them with refused connections: say why, with its output.
  void exited.then(() => {
    if (!stopAsked()) console.error(`The platform exited while its tests ran (${child.signalCode ?? `code ${child.exitCode}`})\n--- its output ---\n${printed().slice(-20_000)}`);
  });
  return { urls: outcome.urls, pid: child.pid!, databases: outcome.databases ?? {}, output: printed, stop };
}

/**
 * The process id of one service of a running platform: the child of start.mjs running
 * `<service>/dist/main.js serve` (the gateway: `gateway/dist/main.js`). Linux only (reads /proc).
 */
export function servicePid(platform: RunningPlatform, service: ServiceName): number {
  const [first] = servicePids(platform, service);
  return first;
}

/** The processes `pid` started that still run or are not yet reaped; none once it is gone. Linux only (reads /proc). */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Every process of one service (its replicas), in the order start.mjs started them. Linux only (reads /proc). */
export function servicePids(platform: RunningPlatform, service: ServiceName): number[] {
  const entry = service === 'gateway' ? `${path.sep}gateway${path.sep}dist${path.sep}` : `${path.sep}subgraphs${path.sep}${service}${path.sep}dist${path.sep}`;
  const matches = childPids(platform.pid).filter((pid) => {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.some((arg) => arg.includes(entry));
  });
  if (!matches.length) throw new Error(`no ${service} process under start.mjs (pid ${platform.pid})`);
  return matches.sort((a, b) => a - b);
}

/** The databases a platform started with `databasePrefix` creates, one per subgraph, without the prefix. */
export const PLATFORM_DATABASES = ['accounts', 'therapists', 'bookings', 'care_plans', 'notifications'] as const;

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

/**
 * The URL of one of a running platform's databases, by its service's name (`accounts`, `care-plans`, …),
 * with the test server's credentials, for a test that reads what a service wrote or puts rows in the state
 * another process would leave them in.
 */
export function platformDatabaseUrl(platform: RunningPlatform, service: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = new URL(platform.databases[service]).pathname;
  return url.toString();
}

/** Runs one statement in one of a running platform's databases (see platformDatabaseUrl), answering its rows. */
export async function queryPlatformDatabase<T>(platform: RunningPlatform, service: string, text: string, params: unknown[] = []): Promise<T[]> {
  const db = new Client({ connectionString: platformDatabaseUrl(platform, service) });
  await db.connect();
  try {
    return (await db.query(text, params)).rows as T[];
  } finally {
    await db.end();
  }
}
