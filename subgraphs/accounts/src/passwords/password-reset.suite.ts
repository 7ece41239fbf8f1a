import { DEFAULT_PASSWORD, startAccounts, type AccountsHarness } from '../test/accounts-harness';

const REQUEST = 'mutation Forgot($email: String!) { requestPasswordReset(email: $email) }';
const RESET = 'mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const REFRESH = 'mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken } }';
const NEW_PASSWORD = 'a brand new passphrase';

describe('password reset', () => {
  let accounts: AccountsHarness;
  const reset = (token: string, password = NEW_PASSWORD) => accounts.request(RESET, { input: { token, password } });

  beforeAll(async () => {
    accounts = await startAccounts();
    await accounts.signUp('kit@caregraph.example');
    await accounts.signUp('jo@caregraph.example');
  });
  afterAll(() => accounts.stop());

  it('answers the same whether or not the account exists, and mails only an existing one', async () => {
    const before = (await accounts.mails()).length;
    const known = await accounts.request(REQUEST, { email: 'KIT@caregraph.example' });
    const unknown = await accounts.request(REQUEST, { email: 'stranger@caregraph.example' });
    expect(known).toEqual({ status: 200, data: { requestPasswordReset: true } });
    expect(unknown).toEqual(known);
    const mails = (await accounts.mails()).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toContain('kit@caregraph.example');
    expect(mails[0].subject).toBe('Reset your Caregraph password');
    expect(mails[0].text).toMatch(/http:\/\/localhost:5174\/reset-password\?token=[\w-]{43}\n/);
    expect(mails[0].text).toContain('expires in 60 minutes');
  });

  it('sets the new password once per link, signs out every session, and sends a notice', async () => {
    const session = await accounts.login('kit@caregraph.example', DEFAULT_PASSWORD);
    await accounts.request(REQUEST, { email: 'kit@caregraph.example' });
    const token = await accounts.linkToken('kit@caregraph.example', 'reset-password');

    expect((await reset(token)).data).toEqual({ resetPassword: true });
    await expect(accounts.login('kit@caregraph.example', DEFAULT_PASSWORD)).rejects.toThrow('Email or password is not right.');
    await expect(accounts.login('kit@caregraph.example', NEW_PASSWORD)).resolves.toMatchObject({ user: { emailVerified: true } });
    // The refresh token from before the reset is revoked.
    expect((await accounts.request(REFRESH, { refreshToken: session.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The link works once.
    const again = await reset(token, 'yet another passphrase');
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    await expect(accounts.login('kit@caregraph.example', NEW_PASSWORD)).resolves.toBeDefined();
    const notice = (await accounts.mails()).at(-1)!;
    expect(notice.subject).toBe('Your Caregraph password has been changed');
  });

  it('refuses an expired link, an unknown one, and a verification link', async () => {
    await accounts.request(REQUEST, { email: 'jo@caregraph.example' });
    const token = await accounts.linkToken('jo@caregraph.example', 'reset-password');
    await accounts.subgraph.db.orm.em
      .getConnection()
      .execute("update one_time_tokens set expires_at = now() - interval '1 second' where purpose = 'PASSWORD_RESET' and used_at is null");
    expect((await reset(token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await reset('B'.repeat(43))).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    const verification = await accounts.linkToken('jo@caregraph.example', 'verify-email');
    expect((await reset(verification)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    await expect(accounts.login('jo@caregraph.example', DEFAULT_PASSWORD)).resolves.toBeDefined();
  });

  it('expires links after one hour', async () => {
    await accounts.request(REQUEST, { email: 'jo@caregraph.example' });
    const [row] = await accounts.subgraph.db.orm.em
      .getConnection()
      .execute<Array<{ lifetime: number }>>(
        "select extract(epoch from expires_at - created_at) as lifetime from one_time_tokens where purpose = 'PASSWORD_RESET' order by created_at desc limit 1",
      );
    expect(Number(row.lifetime)).toBeCloseTo(3600, 0);
  });

  it('checks the new password like sign-up does, without spending the link', async () => {
    await accounts.request(REQUEST, { email: 'jo@caregraph.example' });
    const token = await accounts.linkToken('jo@caregraph.example', 'reset-password');
    for (const password of ['short', 'x'.repeat(257)]) {
      expect((await reset(token, password)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    }
    expect((await reset(token)).data).toEqual({ resetPassword: true });
  });

  it('sends at most three mails an hour to one address, the sign-up confirmation included, still answering true', async () => {
    await accounts.signUp('busy@caregraph.example');
    const toBusy = async () => (await accounts.mails()).filter((m) => m.to.includes('busy@caregraph.example'));
    expect(await toBusy()).toHaveLength(1);
    for (let i = 0; i < 5; i++) {
      expect((await accounts.request(REQUEST, { email: 'busy@caregraph.example' })).data).toEqual({ requestPasswordReset: true });
    }
    const mails = await toBusy();
    expect(mails.map((m) => m.subject)).toEqual(['Confirm your email address for Caregraph', 'Reset your Caregraph password', 'Reset your Caregraph password']);
    // Counted per address, whatever its letter case.
    expect((await accounts.request(REQUEST, { email: 'BUSY@caregraph.example' })).data).toEqual({ requestPasswordReset: true });
    expect(await toBusy()).toHaveLength(3);
  });

  it('lifts a login lock: the person proved they own the address', async () => {
    await accounts.signUp('locked@caregraph.example');
    for (let i = 0; i < 11; i++) await accounts.login('locked@caregraph.example', 'wrong password').catch(() => undefined);
    await expect(accounts.login('locked@caregraph.example', DEFAULT_PASSWORD)).rejects.toThrow(/paused for 15 minutes/);
    await accounts.request(REQUEST, { email: 'locked@caregraph.example' });
    expect((await reset(await accounts.linkToken('locked@caregraph.example', 'reset-password'))).data).toEqual({ resetPassword: true });
    await expect(accounts.login('locked@caregraph.example', NEW_PASSWORD)).resolves.toBeDefined();
  });
});
