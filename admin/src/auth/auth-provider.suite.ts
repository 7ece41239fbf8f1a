// The auth provider on the real accounts subgraph, through the gateway: only admins get in, the
// access token is refreshed before it expires, and signing out revokes the refresh token.
import type { RunningPlatform } from '../../../test/support/platform';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, dashboardWiring, rawGraphql, signInDemoAdmin, sharedTestPlatform } from '../test/platform-session';
import { authenticatorCode as totpCode } from '@caregraph/demo-data';
import { MfaEnrolmentRequiredError, MfaRequiredError, REFRESH_MARGIN_MS } from '@caregraph/client-kit';
import { createAuthProvider } from './auth-provider';
import { NOT_AN_ADMIN_MESSAGE } from './admin-session';

const REFRESH = 'mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }';

describe('the auth provider, on the real accounts', () => {
  let platform: RunningPlatform;
  /** The demo admin's access token from the first test, for setting up the others. */
  let adminToken: string;
  beforeAll(async () => {
    platform = await sharedTestPlatform();
  }, 150_000);

  it('signs an admin in (with the authenticator step when accounts asks) and knows who it is', async () => {
    const { sessions, store } = dashboardWiring(platform.urls.gateway);
    const auth = createAuthProvider(sessions);
    await expect(auth.checkAuth({})).rejects.toThrow('Please sign in');
    const first = auth.login({ email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD });
    await first.catch((error) => {
      // Admins have two-step verification: the password step asks for the code next.
      expect(error).toBeInstanceOf(MfaRequiredError);
    });
    await signInDemoAdmin(sessions, platform);
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    expect(await auth.getIdentity!()).toMatchObject({ fullName: 'Caregraph Admin', email: DEMO_ADMIN_EMAIL });
    expect(await auth.getPermissions!({})).toBe('ADMIN');
    expect(store.get()?.user.role).toBe('ADMIN');
    adminToken = store.get()!.accessToken;
  });

  it('has a new admin without an authenticator app set one up while signing in, then shows the recovery codes once', async () => {
    // client20 becomes an admin: accounts then insists on two-step verification before any session.
    const users = await rawGraphql<{ adminUsers: { items: { id: string }[] } }>(platform.urls.gateway, '{ adminUsers(filter: { search: "client20@" }) { items { id } } }', {}, adminToken);
    const promoted = await rawGraphql(
      platform.urls.gateway,
      'mutation ($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { role } }',
      { input: { userId: users.data!.adminUsers.items[0].id, role: 'ADMIN', reason: 'Joins the moderation team' } },
      adminToken,
    );
    expect(promoted.errors).toBeUndefined();

    const { sessions, store } = dashboardWiring(platform.urls.gateway);
    const auth = createAuthProvider(sessions);
    const refused = await auth.login({ email: 'client20@caregraph.example', password: DEMO_PASSWORD }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MfaEnrolmentRequiredError);
    expect(store.get()).toBeUndefined();
    const { mfaToken } = refused as MfaEnrolmentRequiredError;

    const enrolment = await auth.startMfaEnrolment(mfaToken);
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    await expect(auth.confirmMfaEnrolment(mfaToken, '000000')).rejects.toThrow();
    expect(store.get()).toBeUndefined();

    const recoveryCodes = await auth.confirmMfaEnrolment(mfaToken, totpCode(enrolment.secret));
    expect(recoveryCodes).toHaveLength(10);
    await auth.login({ enrolled: true });
    expect(await auth.getPermissions!({})).toBe('ADMIN');
    expect(await auth.getIdentity!()).toMatchObject({ email: 'client20@caregraph.example' });
  });

  it('refuses a non-admin with a clear message and keeps no session', async () => {
    const { sessions, store } = dashboardWiring(platform.urls.gateway);
    const auth = createAuthProvider(sessions);
    await expect(auth.login({ email: 'therapist01@caregraph.example', password: DEMO_PASSWORD })).rejects.toThrow(NOT_AN_ADMIN_MESSAGE);
    expect(store.get()).toBeUndefined();
    await expect(auth.checkAuth({})).rejects.toThrow();
  });

  it('passes on the reason for a wrong password', async () => {
    const { sessions } = dashboardWiring(platform.urls.gateway);
    await expect(createAuthProvider(sessions).login({ email: DEMO_ADMIN_EMAIL, password: 'not the password' })).rejects.toThrow(/not right/);
  });

  it('refreshes the access token shortly before it expires, with the refresh token (which then stops working)', async () => {
    let now = Date.now();
    const { sessions, store } = dashboardWiring(platform.urls.gateway, () => now);
    const session = await signInDemoAdmin(sessions, platform);
    expect(await sessions.accessToken()).toBe(session.accessToken);
    now = Date.parse(session.accessTokenExpiresAt) - REFRESH_MARGIN_MS + 1000;
    const [a, b] = await Promise.all([sessions.accessToken(), sessions.accessToken()]);
    expect(a).toBe(b); // one refresh for both: refresh tokens work once
    expect(store.get()!.refreshToken).not.toBe(session.refreshToken);
    const reused = await rawGraphql(platform.urls.gateway, REFRESH, { t: session.refreshToken });
    expect(reused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('revokes the refresh token on logout, and logs out on 401 but not on 403', async () => {
    const { sessions, store } = dashboardWiring(platform.urls.gateway);
    const auth = createAuthProvider(sessions);
    await signInDemoAdmin(sessions, platform);
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(store.get()).toBeDefined();
    const { refreshToken } = store.get()!;
    await auth.logout({});
    expect(store.get()).toBeUndefined();
    const after = await rawGraphql(platform.urls.gateway, REFRESH, { t: refreshToken });
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await signInDemoAdmin(sessions, platform);
    await expect(auth.checkError({ status: 401 })).rejects.toThrow(/session has ended/);
    expect(store.get()).toBeUndefined();
  });
});
