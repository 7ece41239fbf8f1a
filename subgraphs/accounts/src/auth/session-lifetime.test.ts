import { ConfigError } from '@caregraph/kernel';
import { totpCode } from '../mfa/totp';
import { createUser, START_ENROLMENT } from '../test/mfa-helpers';
import { DEFAULT_PASSWORD, startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { Role } from '../users/role';
import { readSessionLifetimes } from './session-lifetime';

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { refreshToken refreshTokenExpiresAt sessionEndsAt mfaToken } }`;
const REFRESH = `mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { refreshToken refreshTokenExpiresAt sessionEndsAt } }`;
const CONFIRM = `mutation Confirm($input: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $input) { session { refreshToken refreshTokenExpiresAt sessionEndsAt } } }`;

type Ends = { refreshToken: string; refreshTokenExpiresAt: string; sessionEndsAt: string };
const HOUR = 3_600_000;

describe('absolute session lifetime', () => {
  let accounts: AccountsHarness;
  const sql = <T>(query: string, params: unknown[] = []) => accounts.subgraph.db.orm.em.getConnection().execute<T[]>(query, params);
  const login = async (email: string) => (await accounts.request<{ login: Ends & { mfaToken: string | null } }>(LOGIN, { input: { email, password: DEFAULT_PASSWORD } })).data!.login;
  const refresh = (refreshToken: string) => accounts.request<{ refreshSession: Ends }>(REFRESH, { refreshToken });

  beforeAll(async () => {
    accounts = await startAccounts();
    await accounts.signUp('lee@caregraph.example');
  });
  afterAll(() => accounts.stop());

  it('ends a client session 720 hours after sign-in; refreshes carry the end unchanged and never outlive it', async () => {
    const before = Date.now();
    const first = await login('lee@caregraph.example');
    const ends = Date.parse(first.sessionEndsAt);
    expect(ends).toBeGreaterThanOrEqual(before + 720 * HOUR);
    expect(ends).toBeLessThanOrEqual(Date.now() + 720 * HOUR);
    let current: Ends = first;
    for (let i = 0; i < 3; i++) {
      const next = await refresh(current.refreshToken);
      expect(next.errors).toBeUndefined();
      current = next.data!.refreshSession;
      expect(current.sessionEndsAt).toBe(first.sessionEndsAt);
      expect(Date.parse(current.refreshTokenExpiresAt)).toBeLessThanOrEqual(ends);
    }
    const rows = await sql<{ ends: string }>('select distinct session_ends_at::text as ends from refresh_tokens where user_id = (select id from users where email = ?)', [
      'lee@caregraph.example',
    ]);
    expect(rows).toHaveLength(1); // four tokens in the family, one end
  });

  it('refuses a refresh once the session has reached its end, asking to sign in again', async () => {
    const session = await login('lee@caregraph.example');
    const rotated = (await refresh(session.refreshToken)).data!.refreshSession;
    // The sign-in is older than its lifetime; its newest refresh token itself would still be valid.
    await sql(`update refresh_tokens set session_ends_at = now() - interval '1 second' where session_ends_at = ?`, [new Date(session.sessionEndsAt)]);
    const result = await refresh(rotated.refreshToken);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].message).toBe('This session has reached its maximum length. Please sign in again.');
    // Signing in again starts a new session with a new end.
    const again = await login('lee@caregraph.example');
    expect((await refresh(again.refreshToken)).errors).toBeUndefined();
  });

  it('ends an admin session after 12 hours', async () => {
    await createUser(accounts, 'ida-admin@caregraph.example', Role.ADMIN);
    const { mfaToken } = await login('ida-admin@caregraph.example');
    const started = await accounts.request<{ startMfaEnrolment: { secret: string } }>(START_ENROLMENT, { mfaToken });
    const before = Date.now();
    const confirmed = await accounts.request<{ confirmMfaEnrolment: { session: Ends } }>(CONFIRM, {
      input: { mfaToken, code: totpCode(started.data!.startMfaEnrolment.secret) },
    });
    expect(confirmed.errors).toBeUndefined();
    const { session } = confirmed.data!.confirmMfaEnrolment;
    expect(Date.parse(session.sessionEndsAt)).toBeGreaterThanOrEqual(before + 12 * HOUR);
    expect(Date.parse(session.sessionEndsAt)).toBeLessThanOrEqual(Date.now() + 12 * HOUR);
    // The refresh token is cut to the session's end, not the usual 30 days.
    expect(session.refreshTokenExpiresAt).toBe(session.sessionEndsAt);
    const next = await refresh(session.refreshToken);
    expect(next.data?.refreshSession.sessionEndsAt).toBe(session.sessionEndsAt);
  });
});

describe('session lifetime configuration', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ['SESSION_LIFETIME_HOURS', 'ADMIN_SESSION_LIFETIME_HOURS']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('reads both lifetimes, with defaults of 720 and 12 hours', () => {
    delete process.env.SESSION_LIFETIME_HOURS;
    delete process.env.ADMIN_SESSION_LIFETIME_HOURS;
    expect(readSessionLifetimes()).toEqual({ hours: 720, adminHours: 12 });
    Object.assign(process.env, { SESSION_LIFETIME_HOURS: '48', ADMIN_SESSION_LIFETIME_HOURS: '2' });
    expect(readSessionLifetimes()).toEqual({ hours: 48, adminHours: 2 });
  });

  it.each([
    ['SESSION_LIFETIME_HOURS', '0', /SESSION_LIFETIME_HOURS must be at least 1/],
    ['SESSION_LIFETIME_HOURS', 'a month', /SESSION_LIFETIME_HOURS must be a whole number/],
    ['ADMIN_SESSION_LIFETIME_HOURS', '-3', /ADMIN_SESSION_LIFETIME_HOURS must be a whole number/],
    ['ADMIN_SESSION_LIFETIME_HOURS', '0', /ADMIN_SESSION_LIFETIME_HOURS must be at least 1/],
  ])('refuses %s=%s with a ConfigError naming it', (name, value, message) => {
    process.env[name] = value;
    expect(() => readSessionLifetimes()).toThrow(ConfigError);
    expect(() => readSessionLifetimes()).toThrow(message);
  });
});
