// The one list of Caregraph's services that every script uses (docs/architecture.md#ports): where each
// package lives, the database it owns, its environment-variable prefix and default port.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (scripts/lib/ is two levels below it). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The committed SDL and supergraph live here. */
export const SCHEMA_DIR = path.join(REPO_ROOT, 'schema');

/**
 * @typedef {object} SubgraphService
 * @property {string} name        Subgraph name as it appears in the supergraph.
 * @property {string} dir         Package folder, relative to the repository root.
 * @property {string} database    PostgreSQL database the subgraph owns.
 * @property {string} envPrefix   Prefix of its variables: `<PREFIX>_PORT`, `<PREFIX>_DATABASE_URL`.
 * @property {number} defaultPort Port used when `<PREFIX>_PORT` is unset.
 * @property {string} url         Local development GraphQL URL (the one the committed supergraph carries).
 * @property {string} urlVariable Variable through which the gateway is told where the subgraph is.
 * @property {string} sdlFile     Its SDL file under schema/.
 * @property {Readonly<Record<string,string>>} processEnv Set for its process wherever it is started (this, subgraphs/Dockerfile).
 */

/**
 * glibc's malloc settings for accounts (docs/adr/035): each argon2id verification's 19 MiB block is mmapped
 * and handed back when freed, instead of staying in the malloc arena of the libuv thread that ran it (up to
 * four × 19 MiB of RSS after a few sign-ins); huge pages keep mapping it afresh cheap (bench/argon2-malloc.mjs).
 */
export const ACCOUNTS_GLIBC_TUNABLES = 'glibc.malloc.mmap_threshold=131072:glibc.malloc.hugetlb=1';

/** @param {string} name @param {string} database @param {string} envPrefix @param {number} defaultPort @param {Record<string,string>} [processEnv] @returns {SubgraphService} */
function subgraph(name, database, envPrefix, defaultPort, processEnv = {}) {
  return Object.freeze({
    name,
    dir: `subgraphs/${name}`,
    database,
    envPrefix,
    defaultPort,
    url: localGraphqlUrl(defaultPort),
    urlVariable: `${envPrefix}_URL`,
    sdlFile: `${name}.graphql`,
    processEnv: Object.freeze(processEnv),
  });
}

/** The five subgraphs, in the order they are started and listed. */
export const SUBGRAPHS = Object.freeze([
  subgraph('accounts', 'accounts', 'ACCOUNTS', 4101, { GLIBC_TUNABLES: ACCOUNTS_GLIBC_TUNABLES }),
  subgraph('therapists', 'therapists', 'THERAPISTS', 4102),
  subgraph('bookings', 'bookings', 'BOOKINGS', 4103),
  subgraph('care-plans', 'care_plans', 'CARE_PLANS', 4104),
  subgraph('notifications', 'notifications', 'NOTIFICATIONS', 4105),
]);

/** The gateway: one process in front of the subgraphs. Its port variable is plain `PORT`. */
export const GATEWAY = Object.freeze({ name: 'gateway', dir: 'gateway', defaultPort: 4000, portVariable: 'PORT', opsPortVariable: 'OPS_PORT' });

/** The delivery worker: no public port, only its operations port (WORKER_OPS_PORT, 14200). */
export const WORKER = Object.freeze({ name: 'worker', dir: 'worker', opsPortVariable: 'WORKER_OPS_PORT', defaultOpsPort: 14200 });

/** A service's operations port (/live, /ready, /metrics) is, by convention, its port + 10000 (the kernel's OPS_PORT_OFFSET). */
export const OPS_PORT_OFFSET = 10000;

/** The variable a service reads its operations port from: OPS_PORT for the gateway, `<PREFIX>_OPS_PORT` for a subgraph. */
export function opsPortVariableOf(service) {
  return service.envPrefix ? `${service.envPrefix}_OPS_PORT` : GATEWAY.opsPortVariable;
}

/** The composed supergraph's file under schema/. */
export const SUPERGRAPH_FILE = 'supergraph.graphql';

/** The GraphQL URL of a service on this machine. */
export function localGraphqlUrl(port, host = '127.0.0.1') {
  return `http://${host}:${port}/graphql`;
}

/** A path as people want to read it: relative inside the repository, absolute outside it. */
export function displayPath(file) {
  const relative = path.relative(REPO_ROOT, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Absolute path of a service's entry point (`<dir>/dist/main.js`) in this checkout, or in the one at `root`. */
export function entryPointOf(service, root = REPO_ROOT) {
  return path.join(root, service.dir, 'dist', 'main.js');
}

/**
 * Reads a port from `env[variable]`, falling back to `fallback`; throws naming the variable
 * when the value is not a port number.
 */
export function portFromEnv(env, variable, fallback) {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new Error(`${variable} must be a port number between 1 and 65535, got "${raw}"`);
  }
  return port;
}

/**
 * The ports the platform uses, from the same variables the services read
 * (PORT, ACCOUNTS_PORT, THERAPISTS_PORT, BOOKINGS_PORT, CARE_PLANS_PORT, NOTIFICATIONS_PORT), keyed by service name.
 * @returns {Record<string, number>}
 */
export function portsFromEnv(env = process.env) {
  const ports = { [GATEWAY.name]: portFromEnv(env, GATEWAY.portVariable, GATEWAY.defaultPort) };
  for (const service of SUBGRAPHS) ports[service.name] = portFromEnv(env, `${service.envPrefix}_PORT`, service.defaultPort);
  return ports;
}

/**
 * The operations ports of the services on `ports`, from OPS_PORT and `<PREFIX>_OPS_PORT`,
 * else each service's port + 10000, keyed by service name.
 * @returns {Record<string, number>}
 */
export function opsPortsFromEnv(ports, env = process.env) {
  return Object.fromEntries(
    [GATEWAY, ...SUBGRAPHS].map((service) => [service.name, portFromEnv(env, opsPortVariableOf(service), ports[service.name] + OPS_PORT_OFFSET)]),
  );
}
