import { DEFAULT_PASSWORD, startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { callerFor, COMPLETE_MFA_LOGIN, CONFIRM_ENROLMENT, createUser, nextTimeStep, START_ENROLMENT } from '../test/mfa-helpers';
import { TokenPurpose } from '../one-time-tokens/token-purpose';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { issueMfaToken } from './mfa-token';
import { totpCode } from './totp';

type Confirm = {
  confirmMfaEnrolment: { recoveryCodes: string[]; session: { accessToken: string; refreshToken: string; user: { id: string; role: string } } | null };
};

describe('admins and two-step verification', () => {
  let accounts: AccountsHarness;
  let adminId: string;
  const EMAIL = 'tess-admin@caregraph.example';
  const sessionsOf = async (userId: string) =>
    (await accounts.subgraph.db.orm.em.getConnection().execute('select 1 from refresh_tokens where user_id = ?', [userId])).length;

  beforeAll(async () => {
    accounts = await startAccounts();
    adminId = (await createUser(accounts, EMAIL, Role.ADMIN)).id;
  });
  afterAll(() => accounts.stop());

  it('never gives an admin without a second factor a session: the password only opens the set-up', async () => {
    const login = await accounts.login(EMAIL, DEFAULT_PASSWORD);
    expect(login).toMatchObject({ mfaRequired: true, mfaEnrolmentRequired: true, accessToken: null, refreshToken: null, user: null });
    expect(login.mfaToken).toMatch(/^[\w-]{43}$/);
    // The enrolment token is not a sign-in: completeMfaLogin refuses it, whatever the code.
    const complete = await accounts.request(COMPLETE_MFA_LOGIN, { mfaToken: login.mfaToken, code: '123456' });
    expect(complete.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await sessionsOf(adminId)).toBe(0);
  });

  it('sets up the authenticator with the enrolment token and answers with the session', async () => {
    const { mfaToken } = await accounts.login(EMAIL, DEFAULT_PASSWORD);
    const started = await accounts.request<{ startMfaEnrolment: { secret: string; otpauthUri: string } }>(START_ENROLMENT, { mfaToken });
    expect(started.errors).toBeUndefined();
    const { secret, otpauthUri } = started.data!.startMfaEnrolment;
    expect(otpauthUri).toContain('otpauth://totp/Caregraph:tess-admin%40caregraph.example?');

    const wrong = await accounts.request<Confirm>(CONFIRM_ENROLMENT, { input: { mfaToken, code: totpCode(secret, Date.now() - 120_000) } });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(await sessionsOf(adminId)).toBe(0);

    const confirmed = await accounts.request<Confirm>(CONFIRM_ENROLMENT, { input: { mfaToken, code: totpCode(secret) } });
    expect(confirmed.errors).toBeUndefined();
    const { recoveryCodes, session } = confirmed.data!.confirmMfaEnrolment;
    expect(recoveryCodes).toHaveLength(10);
    expect(session!.user).toEqual({ id: adminId, role: 'ADMIN', email: EMAIL });
    expect(await accounts.callerOf(session!.accessToken)).toEqual({ userId: adminId, roles: ['ADMIN'] });

    // The enrolment token is spent.
    const again = await accounts.request(START_ENROLMENT, { mfaToken });
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // From now on the admin signs in with password and code.
    await nextTimeStep(accounts, adminId);
    const login = await accounts.login(EMAIL, DEFAULT_PASSWORD);
    expect(login).toMatchObject({ mfaRequired: true, mfaEnrolmentRequired: false, accessToken: null });
    const completed = await accounts.request<{ completeMfaLogin: { user: { role: string } } }>(COMPLETE_MFA_LOGIN, { mfaToken: login.mfaToken, code: totpCode(secret) });
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.completeMfaLogin.user.role).toBe('ADMIN');
  });

  it('does not let an enrolment token replace an authenticator that is already set up', async () => {
    // A leftover enrolment token (issued before the set-up was confirmed elsewhere) still needs a current code.
    const em = accounts.subgraph.db.orm.em.fork();
    const token = await issueMfaToken(em, await em.findOneOrFail(User, adminId), TokenPurpose.MFA_ENROLMENT, 900);
    const result = await accounts.request(START_ENROLMENT, { mfaToken: token });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentCode' });
  });

  it('asks an admin whose second factor was removed to set one up again', async () => {
    const other = await createUser(accounts, 'uma-admin@caregraph.example', Role.ADMIN);
    const caller = callerFor(other, Role.ADMIN);
    const started = await accounts.request<{ startMfaEnrolment: { secret: string } }>(START_ENROLMENT, { password: DEFAULT_PASSWORD }, caller);
    const secret = started.data!.startMfaEnrolment.secret;
    await accounts.request(CONFIRM_ENROLMENT, { input: { code: totpCode(secret) } }, caller);
    await accounts.subgraph.db.orm.em.getConnection().execute('delete from mfa_totp_factors where user_id = ?', [other.id]);
    await expect(accounts.login('uma-admin@caregraph.example', DEFAULT_PASSWORD)).resolves.toMatchObject({ mfaRequired: true, mfaEnrolmentRequired: true });
  });
});
