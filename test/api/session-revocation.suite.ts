// Revocation end to end (docs/adr/020): the platform as `npm start` runs it, and for each way a
// session ends (lock, role change, logout, password reset, deletion) an access token that worked a
// moment before is refused at the gateway within 5 seconds, while other people's tokens keep working.
import { DEMO_PASSWORD, demoRoster } from '@caregraph/demo-data';
import { graphqlRequest, type GraphQLResult } from '@caregraph/kernel/testing';
import { nextDemoAdminCode } from '../support/demo-admin';
import type { RunningPlatform } from '../support/platform';
import { apiInbox, apiPlatform } from './api-platform';

/** The promise: a revocation bites on the gateway within this long. */
const BOUND_MS = 5000;
const ME = '{ me { id role } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken mfaRequired mfaToken } }';

interface Session {
  accessToken: string;
  refreshToken: string;
}

describe('ending a session reaches the gateway within seconds', () => {
  const clients = demoRoster().users.filter((u) => u.role === 'CLIENT');
  const admin = demoRoster().users.find((u) => u.role === 'ADMIN')!;
  let platform: RunningPlatform;
  let adminToken: string;

  const ask = (token: string, query = ME, variables: Record<string, unknown> = {}) =>
    graphqlRequest<Record<string, unknown>>(platform.urls.gateway, query, variables, { authorization: `Bearer ${token}` });

  async function signIn(email: string, password = DEMO_PASSWORD): Promise<Session> {
    const result = await graphqlRequest<{ login: Session }>(platform.urls.gateway, LOGIN, { input: { email, password } });
    expect(result.errors).toBeUndefined();
    return result.data!.login;
  }

  /** Milliseconds from `since` until `token` is refused at the gateway (fails past twice the bound). */
  async function refusedAfter(token: string, since: number): Promise<{ elapsed: number; refusal: GraphQLResult }> {
    for (;;) {
      const result = await ask(token);
      const elapsed = Date.now() - since;
      if (result.status === 401) return { elapsed, refusal: result };
      if (elapsed > 2 * BOUND_MS) throw new Error(`token still accepted ${elapsed} ms after the revocation: ${JSON.stringify(result)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Asserts the token works now, ends the session with `revoke`, and that it is refused within the bound. */
  async function expectRevokedWithinBound(session: Session, revoke: () => Promise<void>, bystander: Session): Promise<void> {
    expect((await ask(session.accessToken)).status).toBe(200);
    const started = Date.now();
    await revoke();
    const committed = Date.now();
    const { elapsed, refusal } = await refusedAfter(session.accessToken, committed);
    expect(elapsed).toBeLessThan(BOUND_MS);
    expect(refusal.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Sign in again/), extensions: { code: 'UNAUTHENTICATED' } });
    // Someone else's session is untouched.
    const other = await ask(bystander.accessToken);
    expect(other.status).toBe(200);
    expect(other.errors).toBeUndefined();
    expect(committed - started).toBeLessThan(30_000);
  }

  beforeAll(async () => {
    platform = await apiPlatform();
    const first = await graphqlRequest<{ login: { mfaToken: string } }>(platform.urls.gateway, LOGIN.replace('accessToken refreshToken ', ''), { input: { email: admin.email, password: DEMO_PASSWORD } });
    const second = await graphqlRequest<{ completeMfaLogin: { accessToken: string } }>(
      platform.urls.gateway,
      'mutation($mfaToken: String!, $code: String!) { completeMfaLogin(mfaToken: $mfaToken, code: $code) { accessToken } }',
      { mfaToken: first.data!.login.mfaToken, code: await nextDemoAdminCode(platform) },
    );
    expect(second.errors).toBeUndefined();
    adminToken = second.data!.completeMfaLogin.accessToken;
  }, 150_000);

  const asAdmin = async (query: string, variables: Record<string, unknown>) => {
    const result = await ask(adminToken, query, variables);
    expect(result.errors).toBeUndefined();
  };

  it('a locked account', async () => {
    const [target, bystander] = [clients[0], clients[1]];
    const session = await signIn(target.email);
    await expectRevokedWithinBound(
      session,
      () => asAdmin('mutation($input: AccountLockInput!) { lockUser(input: $input) { id } }', { input: { userId: target.id, reason: 'revocation test' } }),
      await signIn(bystander.email),
    );
  });

  it('a role change (the old role in the token stops working)', async () => {
    const [target, bystander] = [clients[2], clients[1]];
    const session = await signIn(target.email);
    await expectRevokedWithinBound(
      session,
      () => asAdmin('mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }', { input: { userId: target.id, role: 'THERAPIST', reason: 'revocation test' } }),
      await signIn(bystander.email),
    );
  });

  it('signing out ends that session only, not the same person\'s other sessions', async () => {
    const target = clients[4];
    const session = await signIn(target.email);
    const otherDevice = await signIn(target.email);
    await expectRevokedWithinBound(
      session,
      async () => {
        const result = await graphqlRequest(platform.urls.gateway, 'mutation($t: String!) { logout(refreshToken: $t) }', { t: session.refreshToken });
        expect(result.data).toEqual({ logout: true });
      },
      otherDevice,
    );
  });

  it('a password reset signs out every session of the person, and a fresh sign-in works', async () => {
    const [target, bystander] = [clients[5], clients[1]];
    const sessions = [await signIn(target.email), await signIn(target.email)];
    await graphqlRequest(platform.urls.gateway, 'mutation($e: String!) { requestPasswordReset(email: $e) }', { e: target.email });
    const token = await resetLinkToken(target.email);
    const newPassword = 'a brand new passphrase 2026';
    await expectRevokedWithinBound(
      sessions[0],
      async () => {
        const result = await graphqlRequest(platform.urls.gateway, 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }', { input: { token, password: newPassword } });
        expect(result.errors).toBeUndefined();
      },
      await signIn(bystander.email),
    );
    expect((await ask(sessions[1].accessToken)).status).toBe(401);
    // Signed in again straight after: the new session is not caught by the revocation.
    const fresh = await signIn(target.email, newPassword);
    expect((await ask(fresh.accessToken)).status).toBe(200);
  });

  it('a deleted account', async () => {
    const [target, bystander] = [clients[6], clients[1]];
    const session = await signIn(target.email);
    await expectRevokedWithinBound(
      session,
      async () => {
        const result = await ask(session.accessToken, 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deletedRecords } }', { input: { password: DEMO_PASSWORD } });
        expect(result.errors).toBeUndefined();
      },
      await signIn(bystander.email),
    );
  });

  it('50 requests at the moment of a lock: none succeeds once the bound has passed', async () => {
    const target = clients[7];
    const session = await signIn(target.email);
    const outcomes: Array<{ sentAt: number; status: number }> = [];
    let locked = 0;
    // 50 requests in flight while the lock commits, then 50 more every 250 ms until well past the bound.
    const burst = () =>
      Promise.all(Array.from({ length: 50 }, async () => {
        const sentAt = Date.now();
        const { status } = await ask(session.accessToken);
        outcomes.push({ sentAt, status });
      }));
    const lock = asAdmin('mutation($input: AccountLockInput!) { lockUser(input: $input) { id } }', { input: { userId: target.id, reason: 'revocation test' } }).then(() => (locked = Date.now()));
    await Promise.all([burst(), lock]);
    const late = () => outcomes.filter((o) => o.sentAt > locked + BOUND_MS).length;
    while (Date.now() - locked < BOUND_MS + 1500 || late() < 50) {
      await burst();
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(outcomes.every((o) => o.status === 200 || o.status === 401)).toBe(true);
    const lateSuccesses = outcomes.filter((o) => o.status === 200 && o.sentAt > locked + BOUND_MS);
    expect(lateSuccesses).toEqual([]);
    expect(outcomes.filter((o) => o.sentAt > locked + BOUND_MS).length).toBeGreaterThanOrEqual(50);
  });

  /** The token in the newest reset link mailed to `email` (the platform's SMTP server keeps each message). */
  async function resetLinkToken(email: string): Promise<string> {
    const inbox = await apiInbox();
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const texts = inbox.received
        .filter((mail) => mail.to.some((to) => to.toLowerCase() === email.toLowerCase()))
        .map((mail) => mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='));
      const token = texts.map((text) => /\/reset-password\?token=([\w-]+)/.exec(text)?.[1]).filter(Boolean).at(-1);
      if (token) return token;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no reset link mailed to ${email}`);
  }
});
