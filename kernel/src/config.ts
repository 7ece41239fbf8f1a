/**
 * Typed readers for configuration taken from the environment. Each service keeps one
 * config module built from these, with defaults for the embedded local setup.
 */

/** Raised when an environment variable holds a value of the wrong shape. */
export class ConfigError extends Error {}

/** Reads a string variable, falling back to `fallback` when unset or empty. */
export function envString(name: string, fallback: string): string;
export function envString(name: string): string | undefined;
export function envString(name: string, fallback?: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
}

/** Reads a non-negative integer variable (ports, timeouts, sizes). */
export function envInt(name: string, fallback: number): number {
  const raw = envString(name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  return Number(raw);
}

/** Reads a boolean variable written as true/false/1/0. */
export function envBool(name: string, fallback: boolean): boolean {
  const raw = envString(name);
  if (raw === undefined) return fallback;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** True when the process runs with NODE_ENV=production. */
export function isProduction(): boolean {
  return process.env.NODE_ENV === 'production';
}

/** The variable a test rig sets to run production mode on the demo data (README.md, "Demo data"). */
export const ALLOW_DEMO_CREDENTIALS_VARIABLE = 'ALLOW_DEMO_CREDENTIALS_IN_PRODUCTION';

/**
 * True when production refuses the demo data and its published credentials: the demo seed, and serving
 * while an account has the demo password or authenticator secret. Only a test rig that exercises production
 * behaviour on the demo data sets ALLOW_DEMO_CREDENTIALS_IN_PRODUCTION=true; never a deployment.
 */
export function refusesDemoCredentials(): boolean {
  return isProduction() && !envBool(ALLOW_DEMO_CREDENTIALS_VARIABLE, false);
}

/** The PostgreSQL server used when DATABASE_URL is unset: the embedded one `npm start` runs. */
export const EMBEDDED_DATABASE_URL = 'postgres://postgres:postgres@127.0.0.1:54329/postgres';

/**
 * The connection URL for one subgraph's own database: `<NAME>_DATABASE_URL` when set,
 * otherwise the server in `DATABASE_URL` (or the embedded default) with the database
 * name replaced by `database`.
 */
export function databaseUrlFor(database: string, envPrefix: string): string {
  const own = envString(`${envPrefix}_DATABASE_URL`);
  if (own) return own;
  return withDatabase(envString('DATABASE_URL', EMBEDDED_DATABASE_URL), database);
}

/**
 * The URL migrations use for one subgraph's database: `<NAME>_MIGRATION_DATABASE_URL` when set (the
 * role that owns the database's schema; the serving role may only read and write rows), otherwise the
 * same URL the subgraph serves with (`databaseUrlFor`), as on a development server with one superuser.
 */
export function migrationDatabaseUrlFor(database: string, envPrefix: string): string {
  return envString(`${envPrefix}_MIGRATION_DATABASE_URL`) || databaseUrlFor(database, envPrefix);
}

/** Returns `url` pointing at database `database` on the same server. */
export function withDatabase(url: string, database: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid postgres:// URL');
  }
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Host and port of a database URL, for error messages that must not leak credentials. */
export function describeDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}
