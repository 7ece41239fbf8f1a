// For the node-environment tests of the providers: the real platform (gateway + four subgraphs on
// the test PostgreSQL, demo data seeded), and signed-in clients on it.
import 'reflect-metadata';
import { currentDemoAdminCode, DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from '@caregraph/demo-data';
import { MfaRequiredError, SessionManager, SessionStore, type SessionStorage } from '@caregraph/client-kit';
import { nextDemoAdminCode } from '../../../test/support/demo-admin';
import type { RunningPlatform } from '../../../test/support/platform';
import { sharedPlatform } from '../../../test/support/shared-platform';
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

/** Signs the demo admin in, with the authenticator code when accounts asks for it (see nextDemoAdminCode for `platform`). */
export async function signInDemoAdmin(sessions: SessionManager, platform?: RunningPlatform) {
  try {
    return await sessions.signIn(DEMO_ADMIN_EMAIL, DEMO_PASSWORD);
  } catch (error) {
    if (!(error instanceof MfaRequiredError)) throw error;
    return sessions.completeMfa(error.mfaToken, await nextDemoAdminCode(platform));
  }
}

/**
 * This test file's platform (test/support/shared-platform.ts), so that suites run one after another on one
 * platform (admin/src/providers.test.ts). The file stops it with `stopSharedPlatform`.
 */
export function sharedTestPlatform(): Promise<RunningPlatform> {
  // The suites' requests, nearly all as the one demo admin, count against one per-user budget: about 210 a run
  // where the default allows 300 a minute, and a slow delivery worker makes the webhook suite poll more. None of
  // them tests the limit (test/replicas/scale-out.suite.ts does).
  return sharedPlatform({ name: 'admin', env: { GATEWAY_RATE_LIMIT_PER_USER: '1000' } });
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
