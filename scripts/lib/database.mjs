// PostgreSQL chores shared by `npm start` and `npm run migrate`: check the server answers,
// work out each subgraph's database URL, and create the databases that are missing.
import pg from 'pg';
import { SUBGRAPHS } from './subgraphs.mjs';

/** How long to wait for PostgreSQL to accept a connection before giving up. */
export const CONNECT_TIMEOUT_MS = 5000;

/** Raised when the server cannot be reached or used; the message names host and port, never credentials. */
export class DatabaseError extends Error {}

/** `host:port` of a PostgreSQL URL: safe to print, unlike the URL itself. */
export function describeServer(url) {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}`;
}

/** The URL with its password removed, for showing where the data lives. */
export function withoutPassword(url) {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

/** The same server with database `database`. */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Checks that `url` is a postgres:// URL, naming `source` (e.g. DATABASE_URL) when it is not. */
export function assertPostgresUrl(url, source) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseError(`${source} is not a valid URL; expected postgres://user:password@host:port/database`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DatabaseError(`${source} must be a postgres:// URL, got a ${parsed.protocol}// one`);
  }
}

/**
 * Each subgraph's database URL: `<PREFIX>_DATABASE_URL` from `env` when set, otherwise the server in
 * `serverUrl` with the subgraph's database (optionally prefixed, e.g. `e2e_accounts` for a test run).
 * @returns {Record<string, string>} keyed by subgraph name
 */
export function databaseUrlsFor(serverUrl, { env = {}, prefix = '' } = {}) {
  return Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, env[`${s.envPrefix}_DATABASE_URL`] || withDatabase(serverUrl, `${prefix}${s.database}`)]),
  );
}

/** The first useful line of a pg / network error (AggregateErrors from dual-stack connects carry it inside). */
function reasonOf(error) {
  const inner = Array.isArray(error?.errors) && error.errors.length ? error.errors[0] : undefined;
  const message = error?.message || inner?.message || error?.code || String(error);
  return message.split('\n')[0];
}

/** Opens a client to `url`, failing within CONNECT_TIMEOUT_MS with a DatabaseError naming host and port. */
export async function connect(url, timeoutMs = CONNECT_TIMEOUT_MS) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {}); // a dropped connection surfaces through the query that hits it
  let timer;
  try {
    await Promise.race([
      client.connect(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs + 500);
      }),
    ]);
    return client;
  } catch (error) {
    client.end().catch(() => {});
    const wrapped = new DatabaseError(`Cannot reach PostgreSQL at ${describeServer(url)}: ${reasonOf(error)}`);
    wrapped.code = error?.code;
    throw wrapped;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Connects to the server behind `url` for administrative work: the database the URL names, or
 * `postgres` / `template1` when that one does not exist yet.
 */
export async function connectToServer(url) {
  const candidates = [...new Set([new URL(url).pathname.slice(1) || 'postgres', 'postgres', 'template1'])];
  for (const [index, database] of candidates.entries()) {
    try {
      return await connect(withDatabase(url, database));
    } catch (error) {
      // 3D000: the database does not exist; the server is there, so try the next one.
      if (error.code !== '3D000' || index === candidates.length - 1) throw error;
    }
  }
  throw new DatabaseError(`Cannot reach PostgreSQL at ${describeServer(url)}`);
}

/** Fails with a DatabaseError naming host and port (and where the URL came from) unless the server answers. */
export async function assertServerReachable(url, source = 'DATABASE_URL') {
  try {
    const client = await connectToServer(url);
    await client.end();
  } catch (error) {
    throw new DatabaseError(
      `${error.message}\nCheck ${source} (host, port, user, password) and that the server is running (the URL is not printed: it may hold a password).`,
    );
  }
}

/**
 * Creates each database in `urls` ({ name: url }) as a copy of the database of the same name after
 * `templatePrefix` on the same server (CREATE DATABASE … TEMPLATE): a test's platform starts from data
 * migrated and seeded once per test run. Fails when a database exists already or a template is missing.
 */
export async function cloneDatabases(urls, templatePrefix) {
  for (const [name, url] of Object.entries(urls)) {
    const database = decodeURIComponent(new URL(url).pathname.slice(1));
    const template = `${templatePrefix}${SUBGRAPHS.find((s) => s.name === name).database}`;
    const client = await connectToServer(withDatabase(url, 'postgres'));
    try {
      await client.query(`create database ${client.escapeIdentifier(database)} template ${client.escapeIdentifier(template)}`);
    } catch (error) {
      throw new DatabaseError(`Cannot copy database "${template}" to "${database}" on ${describeServer(url)}: ${reasonOf(error)}`);
    } finally {
      await client.end().catch(() => {});
    }
  }
}

/**
 * Creates each database in `urls` ({ name: url }) that does not exist yet, on whichever server its
 * URL names. Returns the names of the databases created. A database that exists is only connected
 * to, so deployments whose role may not create databases work once they are there.
 */
export async function ensureDatabases(urls) {
  const created = [];
  for (const url of Object.values(urls)) {
    try {
      await (await connect(url)).end();
      continue;
    } catch (error) {
      if (error.code !== '3D000') throw error; // 3D000: the database does not exist yet
    }
    const database = decodeURIComponent(new URL(url).pathname.slice(1));
    const client = await connectToServer(withDatabase(url, 'postgres'));
    try {
      await client.query(`create database ${client.escapeIdentifier(database)}`);
      created.push(database);
    } catch (error) {
      // 42P04: created meanwhile by another process (e.g. a parallel test run). Anything else is real.
      if (error.code !== '42P04') {
        throw new DatabaseError(`Cannot create database "${database}" on ${describeServer(url)}: ${reasonOf(error)}`);
      }
    } finally {
      await client.end().catch(() => {});
    }
  }
  return created;
}
