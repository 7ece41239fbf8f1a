import { DEFAULT_PASSWORD, startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { callerFor, COMPLETE_MFA_LOGIN, enrol, nextTimeStep } from '../test/mfa-helpers';
import { totpCode } from './totp';

type Completed = { completeMfaLogin: { accessToken: string; refreshToken: string; user: { id: string; role: string; email: string } } | null };

describe('signing in with two-step verification', () => {
  let accounts: AccountsHarness;
  let userId: string;
  let secret: string;
  let recoveryCodes: string[];
  const EMAIL = 'rae@caregraph.example';
  const complete = (mfaToken: string | null, code: string, ip?: string) => accounts.request<Completed>(COMPLETE_MFA_LOGIN, { mfaToken, code }, undefined, ip);
  const expectWrongCode = (result: Awaited<ReturnType<typeof complete>>) => {
    expect(result.data?.completeMfaLogin).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      message: 'That code is not right. Check the authenticator app, or use one of your recovery codes.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  };
  const passwordStep = async () => (await accounts.login(EMAIL, DEFAULT_PASSWORD)).mfaToken!;

  beforeAll(async () => {
    accounts = await startAccounts();
    userId = (await accounts.signUp(EMAIL)).id;
    ({ secret, recoveryCodes } = await enrol(accounts, callerFor({ id: userId })));
  });
  afterAll(() => accounts.stop());

  it('answers a right password with mfaRequired and a short-lived mfaToken, and no tokens or session yet', async () => {
    const login = await accounts.login(EMAIL, DEFAULT_PASSWORD);
    expect(login).toEqual({
      accessToken: null,
      refreshToken: null,
      accessTokenExpiresAt: null,
      refreshTokenExpiresAt: null,
      user: null,
      mfaRequired: true,
      mfaEnrolmentRequired: false,
      mfaToken: expect.stringMatching(/^[\w-]{43}$/),
    });
    const [row] = await accounts.subgraph.db.orm.em
      .getConnection()
      .execute<Array<{ purpose: string; seconds: number }>>("select purpose, extract(epoch from expires_at - created_at)::int as seconds from one_time_tokens where user_id = ? and used_at is null and purpose like 'MFA%'", [userId]);
    expect(row).toEqual({ purpose: 'MFA_LOGIN', seconds: 300 });
    const sessions = await accounts.subgraph.db.orm.em.getConnection().execute('select 1 from refresh_tokens where user_id = ?', [userId]);
    expect(sessions).toHaveLength(0);
  });

  it('completes with a right authenticator code: a session, and the mfaToken is spent', async () => {
    await nextTimeStep(accounts, userId);
    const mfaToken = await passwordStep();
    const result = await complete(mfaToken, totpCode(secret));
    expect(result.errors).toBeUndefined();
    const session = result.data!.completeMfaLogin!;
    expect(session.user).toEqual({ id: userId, role: 'CLIENT', email: EMAIL });
    expect(await accounts.callerOf(session.accessToken)).toEqual({ userId, roles: ['CLIENT'] });
    await nextTimeStep(accounts, userId);
    const again = await complete(mfaToken, totpCode(secret));
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/expired or is already complete/) });
  });

  it('refuses wrong, old and future codes, and a code already used', async () => {
    await nextTimeStep(accounts, userId);
    const mfaToken = await passwordStep();
    expectWrongCode(await complete(mfaToken, totpCode(secret, Date.now() - 90_000)));
    expectWrongCode(await complete(mfaToken, totpCode(secret, Date.now() + 90_000)));
    expectWrongCode(await complete(mfaToken, '12345'));
    expectWrongCode(await complete(mfaToken, 'not a code'));
    // The code is right once; the same code again is a replay.
    const code = totpCode(secret);
    expect((await complete(mfaToken, code)).errors).toBeUndefined();
    const replay = await complete(await passwordStep(), code);
    expectWrongCode(replay);
  });

  it('accepts each recovery code once, typed in any case with or without dashes', async () => {
    const loose = recoveryCodes[0].toUpperCase().replace(/-/g, ' ');
    expect((await complete(await passwordStep(), loose)).errors).toBeUndefined();
    expectWrongCode(await complete(await passwordStep(), recoveryCodes[0]));
    const rows = await accounts.subgraph.db.orm.em
      .getConnection()
      .execute<Array<{ used: string }>>('select count(*) as used from mfa_recovery_codes where user_id = ? and used_at is not null', [userId]);
    expect(rows[0].used).toBe('1');
  });

  it('refuses an expired mfaToken', async () => {
    const mfaToken = await passwordStep();
    await accounts.subgraph.db.orm.em.getConnection().execute("update one_time_tokens set expires_at = now() - interval '1 second' where purpose = 'MFA_LOGIN' and used_at is null");
    await nextTimeStep(accounts, userId);
    const result = await complete(mfaToken, totpCode(secret));
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await complete('x'.repeat(43), totpCode(secret))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('counts wrong codes in the login guard, and a right password does not reset the count', async () => {
    const email = 'sol@caregraph.example';
    const user = await accounts.signUp(email);
    const factor = await enrol(accounts, callerFor(user));
    const login = () => accounts.login(email, DEFAULT_PASSWORD, '203.0.113.40').then((l) => l.mfaToken!);
    const wrong = totpCode(factor.secret, Date.now() - 120_000);
    let mfaToken = await login();
    for (let i = 0; i < 4; i++) expectWrongCode(await complete(mfaToken, wrong, '203.0.113.40'));
    // Knowing the password starts a new challenge but keeps the four failures.
    mfaToken = await login();
    expectWrongCode(await complete(mfaToken, wrong, '203.0.113.40'));
    // Five failures: the next attempt must wait, even with the right code.
    const early = await complete(mfaToken, totpCode(factor.secret), '203.0.113.40');
    expect(early.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // ... and the password step is held back too.
    await expect(accounts.login(email, DEFAULT_PASSWORD, '203.0.113.40')).rejects.toThrow(/Too many failed sign-in attempts/);
  });
});
