// For the node-environment tests of the providers: the real platform (gateway + four subgraphs on
// the test PostgreSQL, demo data seeded), and signed-in clients on it.
import 'reflect-metadata';
import { authenticatorCode, currentDemoAdminCode, DEMO_ADMIN_EMAIL, DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from '@caregraph/demo-data';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
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

/** Length of a TOTP time step (RFC 6238), and how far from the server's step accounts accepts a code. */
const STEP_MS = 30_000;
const ACCEPTED_STEPS_EITHER_WAY = 1;
/** A previous step's code is only sent this long before it drops out of the accepted window. */
const SAFETY_MS = 5_000;
let lastStep: number | undefined;

/**
 * A demo admin code accounts takes now: for the earliest time step it accepts (one either side of
 * the current one, as for an authenticator app with a drifting clock) that is after the step used
 * last, because accounts refuses a step at or before the last one used. Three sign-ins fit in one
 * step this way. For a fourth, with `platform` given, the test forgets the step used last in that
 * platform's own accounts database (the state a new authenticator app leaves) instead of waiting up
 * to 30 s for the next step; without it, the fourth waits.
 */
async function freshDemoAdminCode(platform?: RunningPlatform): Promise<string> {
  for (;;) {
    const now = Date.now();
    const current = Math.floor(now / STEP_MS);
    // The step before the current one only while it is safely inside the window.
    const earliest = current - (now % STEP_MS < STEP_MS - SAFETY_MS ? ACCEPTED_STEPS_EITHER_WAY : 0);
    const step = Math.max(earliest, (lastStep ?? -Infinity) + 1);
    if (step <= current + ACCEPTED_STEPS_EITHER_WAY) {
      lastStep = step;
      return authenticatorCode(DEMO_ADMIN_TOTP_SECRET, step * STEP_MS);
    }
    if (platform) {
      await forgetDemoAdminLastStep(platform);
      lastStep = undefined;
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, STEP_MS - (now % STEP_MS) + 200));
  }
}

/** Clears the demo admin's last accepted authenticator step in `platform`'s accounts database. */
async function forgetDemoAdminLastStep(platform: RunningPlatform): Promise<void> {
  const db = new Client({ connectionString: platformDatabaseUrl(platform, 'accounts') });
  await db.connect();
  try {
    const { rowCount } = await db.query(
      'update mfa_totp_factors set last_used_step = null where user_id = (select id from users where email = $1) and confirmed_at is not null',
      [DEMO_ADMIN_EMAIL],
    );
    if (rowCount !== 1) throw new Error(`the demo admin has ${rowCount} confirmed authenticator apps, not one`);
  } finally {
    await db.end();
  }
}

/** Signs the demo admin in, with the authenticator code when accounts asks for it (see freshDemoAdminCode for `platform`). */
export async function signInDemoAdmin(sessions: SessionManager, platform?: RunningPlatform) {
  try {
    return await sessions.signIn(DEMO_ADMIN_EMAIL, DEMO_PASSWORD);
  } catch (error) {
    if (!(error instanceof MfaRequiredError)) throw error;
    return sessions.completeMfa(error.mfaToken, await freshDemoAdminCode(platform));
  }
}

/** The platform of this test file, once started. */
let shared: Promise<RunningPlatform> | undefined;

/**
 * This test file's platform, started on its own databases by the first caller; every later call in the same file
 * gets the same one, so that suites run one after another on one platform (admin/src/providers.test.ts): each
 * start costs about 11 s of CPU. The file stops it with `stopSharedTestPlatform`.
 */
export function sharedTestPlatform(): Promise<RunningPlatform> {
  shared ??= (async () => {
    const prefix = `admin_${randomBytes(3).toString('hex')}_`;
    // The suites' requests, nearly all as the one demo admin, count against one per-user budget: about 210 a run
    // where the default allows 300 a minute, and a slow delivery worker makes the webhook suite poll more. None of
    // them tests the limit (test/scale-out.e2e.test.ts does).
    const env = { GATEWAY_RATE_LIMIT_PER_USER: '1000' };
    const platform = await startPlatformProcess({ databaseUrl: process.env.TEST_DATABASE_URL!, databasePrefix: prefix, env });
    return {
      ...platform,
      async stop() {
        await platform.stop();
        await dropPlatformDatabases(process.env.TEST_DATABASE_URL!, prefix);
      },
    };
  })();
  return shared;
}

/** Stops the shared platform, if one was started, and drops its databases. */
export async function stopSharedTestPlatform(): Promise<void> {
  const platform = await shared?.catch(() => undefined);
  shared = undefined;
  await platform?.stop();
}

/**
 * The URL of one of the platform's databases (`notifications`, `care-plans`, …) with the test server's
 * credentials, for a test that puts rows in the state another process would leave them in.
 */
export function platformDatabaseUrl(platform: RunningPlatform, service: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = new URL(platform.databases[service]).pathname;
  return url.toString();
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
