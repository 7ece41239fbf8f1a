// For the node-environment tests of the providers: the real platform (gateway + four subgraphs on
// the test PostgreSQL, demo data seeded), and signed-in clients on it.
import 'reflect-metadata';
import { currentDemoAdminCode, DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from '@caregraph/demo-data';
import { randomBytes } from 'node:crypto';
import { MfaRequiredError, SessionManager, SessionStore, type SessionStorage } from '@caregraph/client-kit';
import { dropPlatformDatabases, startPlatformProcess, type RunningPlatform } from '../../../test/support/platform';
import { ADMIN_SESSION_KEY, ADMIN_SESSIONS } from '../auth/admin-session';
import { createGraphClient } from '../graphql/client';

export { DEMO_ADMIN_EMAIL, DEMO_PASSWORD };

/** The demo admin's current authenticator code. */
export function demoAdminCode(): string {
  return currentDemoAdminCode();
}

/** An in-memory stand-in for sessionStorage. */
export function memoryStorage(): SessionStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

/** A session manager, store and graph client on `gatewayUrl`, as the dashboard wires them. */
export function dashboardWiring(gatewayUrl: string, now: () => number = Date.now) {
  const store = new SessionStore(ADMIN_SESSION_KEY, memoryStorage());
  let sessions: SessionManager;
  const client = createGraphClient({ gatewayUrl, accessToken: () => sessions.accessToken() });
  sessions = new SessionManager(client, store, { ...ADMIN_SESSIONS, now });
  return { store, client, sessions };
}

let lastCode: string | undefined;

/** The demo admin's code, waiting for the next 30-second step when this one was used (accounts refuses replays). */
async function freshDemoAdminCode(): Promise<string> {
  let code = demoAdminCode();
  while (code === lastCode) {
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 200));
    code = demoAdminCode();
  }
  lastCode = code;
  return code;
}

/** Signs the demo admin in, with the authenticator code when accounts asks for it. */
export async function signInDemoAdmin(sessions: SessionManager) {
  try {
    return await sessions.signIn(DEMO_ADMIN_EMAIL, DEMO_PASSWORD);
  } catch (error) {
    if (!(error instanceof MfaRequiredError)) throw error;
    return sessions.completeMfa(error.mfaToken, await freshDemoAdminCode());
  }
}

/** Starts the platform on its own databases (dropped again by `stop`). */
export async function startTestPlatform(name: string): Promise<RunningPlatform> {
  const prefix = `${name}_${randomBytes(3).toString('hex')}_`;
  const platform = await startPlatformProcess({ databaseUrl: process.env.TEST_DATABASE_URL!, databasePrefix: prefix });
  return {
    ...platform,
    async stop() {
      await platform.stop();
      await dropPlatformDatabases(process.env.TEST_DATABASE_URL!, prefix);
    },
  };
}

/** A raw GraphQL request (for checks from outside the dashboard, e.g. public search). */
export async function rawGraphql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as never;
}
