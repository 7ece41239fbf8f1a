import { ANONYMOUS } from '@caregraph/runtime/testing';
import { DEFAULT_PASSWORD, startAccounts, type AccountsHarness } from '../test/accounts-harness';
import {
  callerFor,
  CONFIRM_ENROLMENT,
  createUser,
  DISABLE_MFA,
  enrol,
  MFA_ENABLED,
  nextTimeStep,
  REGENERATE_CODES,
  START_ENROLMENT,
} from '../test/mfa-helpers';
import { Role } from '../users/role';
import { totpCode } from './totp';

type Start = { startMfaEnrolment: { secret: string; otpauthUri: string } };
type Confirm = { confirmMfaEnrolment: { recoveryCodes: string[]; session: unknown } };

describe('setting up two-step verification', () => {
  let accounts: AccountsHarness;
  const sql = <T>(query: string, params: unknown[] = []) => accounts.subgraph.db.orm.em.getConnection().execute<T[]>(query, params);
  const mfaEnabled = async (userId: string, caller = { userId, roles: ['CLIENT' as const] }) =>
    // user(id) itself is null for anyone but the person, their therapist and admins.
    (await accounts.request<{ user: { mfaEnabled: boolean | null } | null }>(MFA_ENABLED, { id: userId }, caller)).data?.user?.mfaEnabled ?? null;

  beforeAll(async () => {
    accounts = await startAccounts();
  });
  afterAll(() => accounts.stop());

  it('gives a signed-in client a secret and an otpauth URI (issuer Caregraph, label = email), stored only encrypted', async () => {
    const user = await accounts.signUp('ivy@caregraph.example');
    const started = await accounts.request<Start>(START_ENROLMENT, { password: DEFAULT_PASSWORD }, callerFor(user));
    expect(started.errors).toBeUndefined();
    const { secret, otpauthUri } = started.data!.startMfaEnrolment;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/); // 20 random bytes in base32
    expect(otpauthUri).toBe(`otpauth://totp/Caregraph:ivy%40caregraph.example?secret=${secret}&issuer=Caregraph`);
    const [row] = await sql<{ secret_ciphertext: string; confirmed_at: Date | null }>('select secret_ciphertext, confirmed_at from mfa_totp_factors where user_id = ?', [user.id]);
    expect(row.confirmed_at).toBeNull();
    expect(row.secret_ciphertext).toMatch(/^v1\.[0-9a-f]{16}\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(row.secret_ciphertext).not.toContain(secret);
    // Pending is not on: sign-in still needs the password only.
    expect(await mfaEnabled(user.id)).toBe(false);
    await expect(accounts.login('ivy@caregraph.example', DEFAULT_PASSWORD)).resolves.toMatchObject({ mfaRequired: false });
  });

  it('confirms with the first code: ten single-use recovery codes shown once, stored as hashes', async () => {
    const user = await accounts.signUp('jo@caregraph.example');
    const caller = callerFor(user);
    const { secret } = (await accounts.request<Start>(START_ENROLMENT, { password: DEFAULT_PASSWORD }, caller)).data!.startMfaEnrolment;

    const wrong = await accounts.request<Confirm>(CONFIRM_ENROLMENT, { input: { code: totpCode(secret, Date.now() - 120_000) } }, caller);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(await mfaEnabled(user.id)).toBe(false);

    const confirmed = await accounts.request<Confirm>(CONFIRM_ENROLMENT, { input: { code: totpCode(secret) } }, caller);
    expect(confirmed.errors).toBeUndefined();
    const { recoveryCodes, session } = confirmed.data!.confirmMfaEnrolment;
    expect(session).toBeNull();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
    const stored = await sql<{ code_hash: string }>('select code_hash from mfa_recovery_codes where user_id = ?', [user.id]);
    expect(stored).toHaveLength(10);
    const hashes = stored.map((r) => r.code_hash).join(' ');
    expect(stored.every((r) => /^[0-9a-f]{64}$/.test(r.code_hash))).toBe(true);
    for (const code of recoveryCodes) expect(hashes).not.toContain(code.replace(/-/g, ''));
    expect(await mfaEnabled(user.id)).toBe(true);
    await expect(accounts.login('jo@caregraph.example', DEFAULT_PASSWORD)).resolves.toMatchObject({ mfaRequired: true, mfaEnrolmentRequired: false });
  });

  it('shows whether two-step verification is on to the person and admins only', async () => {
    const user = await accounts.signUp('kit@caregraph.example');
    await enrol(accounts, callerFor(user));
    expect(await mfaEnabled(user.id)).toBe(true);
    expect(await mfaEnabled(user.id, { userId: '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a', roles: ['ADMIN'] } as never)).toBe(true);
    expect(await mfaEnabled(user.id, { userId: '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a', roles: ['THERAPIST'] } as never)).toBeNull();
    expect(await mfaEnabled(user.id, ANONYMOUS as never)).toBeNull();
  });

  it('needs the current password when signed in; a wrong one is counted like a wrong sign-in', async () => {
    const user = await accounts.signUp('pam@caregraph.example');
    const caller = callerFor(user);
    const missing = await accounts.request(START_ENROLMENT, {}, caller);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(missing.errors?.[0].message).toMatch(/Enter your password/);
    const wrong = await accounts.request(START_ENROLMENT, { password: 'not the password' }, caller);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(wrong.errors?.[0].message).toMatch(/password is not right/);
    // Nothing was set up, and the wrong password counts toward the login guard.
    const [pending] = await sql<{ count: string }>('select count(*) from mfa_totp_factors where user_id = ?', [user.id]);
    expect(pending.count).toBe('0');
    for (let i = 0; i < 4; i++) await accounts.request(START_ENROLMENT, { password: 'still not it' }, caller);
    const backingOff = await accounts.request(START_ENROLMENT, { password: 'still not it' }, caller);
    expect(backingOff.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    await expect(accounts.login('pam@caregraph.example', DEFAULT_PASSWORD)).rejects.toThrow();
  });

  it('moves to a new authenticator app only with a current code', async () => {
    const user = await accounts.signUp('lou@caregraph.example');
    const caller = callerFor(user);
    const old = await enrol(accounts, caller);

    const missing = await accounts.request(START_ENROLMENT, { password: DEFAULT_PASSWORD }, caller);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentCode' });
    const wrong = await accounts.request(START_ENROLMENT, { password: DEFAULT_PASSWORD, currentCode: totpCode(old.secret, Date.now() - 120_000) }, caller);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentCode' });

    await nextTimeStep(accounts, user.id);
    const moved = await accounts.request<Start>(START_ENROLMENT, { password: DEFAULT_PASSWORD, currentCode: totpCode(old.secret) }, caller);
    expect(moved.errors).toBeUndefined();
    const secret = moved.data!.startMfaEnrolment.secret;
    // Until the new app is confirmed, the old one still works.
    const [counts] = await sql<{ confirmed: string; pending: string }>(
      'select count(*) filter (where confirmed_at is not null) as confirmed, count(*) filter (where confirmed_at is null) as pending from mfa_totp_factors where user_id = ?',
      [user.id],
    );
    expect(counts).toEqual({ confirmed: '1', pending: '1' });
    const confirmed = await accounts.request<Confirm>(CONFIRM_ENROLMENT, { input: { code: totpCode(secret) } }, caller);
    expect(confirmed.errors).toBeUndefined();
    const [after] = await sql<{ count: string }>('select count(*) from mfa_totp_factors where user_id = ?', [user.id]);
    expect(after.count).toBe('1');
    // The old app and the old recovery codes no longer work.
    await nextTimeStep(accounts, user.id);
    for (const code of [totpCode(old.secret), old.recoveryCodes[0]]) {
      const result = await accounts.request(REGENERATE_CODES, { code }, caller);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    }
  });

  it('refuses anonymous callers, the login mfaToken, and a confirmation without a set-up', async () => {
    for (const [query, variables] of [
      [START_ENROLMENT, {}],
      [CONFIRM_ENROLMENT, { input: { code: '123456' } }],
      [DISABLE_MFA, { code: '123456' }],
      [REGENERATE_CODES, { code: '123456' }],
    ] as const) {
      const result = await accounts.request(query, variables, ANONYMOUS);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    // A client with a second factor gets an mfaToken for the code, which does not open the set-up.
    const user = await accounts.signUp('max@caregraph.example');
    await enrol(accounts, callerFor(user));
    const login = await accounts.login('max@caregraph.example', DEFAULT_PASSWORD);
    const withLoginToken = await accounts.request(START_ENROLMENT, { mfaToken: login.mfaToken });
    expect(withLoginToken.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const fresh = await accounts.signUp('ned@caregraph.example');
    const nothingStarted = await accounts.request(CONFIRM_ENROLMENT, { input: { code: '123456' } }, callerFor(fresh));
    expect(nothingStarted.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('replaces the recovery codes with a current code', async () => {
    const user = await accounts.signUp('opal@caregraph.example');
    const caller = callerFor(user);
    const { recoveryCodes } = await enrol(accounts, caller);
    const wrong = await accounts.request(REGENERATE_CODES, { code: 'aaaa-bbbb-cccc-dddd' }, caller);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    // A recovery code proves the factor too (and is spent by it).
    const fresh = await accounts.request<{ regenerateMfaRecoveryCodes: string[] }>(REGENERATE_CODES, { code: recoveryCodes[0] }, caller);
    expect(fresh.errors).toBeUndefined();
    const next = fresh.data!.regenerateMfaRecoveryCodes;
    expect(next).toHaveLength(10);
    expect(next.some((code) => recoveryCodes.includes(code))).toBe(false);
    const old = await accounts.request(REGENERATE_CODES, { code: recoveryCodes[1] }, caller);
    expect(old.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('turns two-step verification off with a current code, for clients and therapists but never admins', async () => {
    const user = await accounts.signUp('pat@caregraph.example', DEFAULT_PASSWORD, 'THERAPIST');
    const caller = callerFor(user, Role.THERAPIST);
    const { secret } = await enrol(accounts, caller);
    const wrong = await accounts.request(DISABLE_MFA, { code: totpCode(secret, Date.now() - 120_000) }, caller);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    await nextTimeStep(accounts, user.id);
    const done = await accounts.request(DISABLE_MFA, { code: totpCode(secret) }, caller);
    expect(done).toMatchObject({ data: { disableMfa: true } });
    expect(await sql('select 1 from mfa_totp_factors where user_id = ? union all select 1 from mfa_recovery_codes where user_id = ?', [user.id, user.id])).toHaveLength(0);
    await expect(accounts.login('pat@caregraph.example', DEFAULT_PASSWORD)).resolves.toMatchObject({ mfaRequired: false });
    const again = await accounts.request(DISABLE_MFA, { code: '123456' }, caller);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const admin = await createUser(accounts, 'quinn-admin@caregraph.example', Role.ADMIN);
    const adminCaller = callerFor(admin, Role.ADMIN);
    const adminFactor = await enrol(accounts, adminCaller);
    await nextTimeStep(accounts, admin.id);
    const refused = await accounts.request(DISABLE_MFA, { code: totpCode(adminFactor.secret) }, adminCaller);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await mfaEnabled(admin.id, adminCaller as never)).toBe(true);
  });
});
