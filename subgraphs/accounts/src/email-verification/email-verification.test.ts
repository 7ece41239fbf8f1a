import { ANONYMOUS } from '@caregraph/runtime/testing';
import { DEFAULT_PASSWORD, startAccounts, type AccountsHarness } from '../test/accounts-harness';

const VERIFY = 'mutation Verify($token: String!) { verifyEmail(token: $token) }';
const RESEND = 'mutation { requestEmailVerification }';
const ME = '{ me { emailVerified } }';

describe('email verification', () => {
  let accounts: AccountsHarness;

  beforeAll(async () => {
    accounts = await startAccounts({ APP_BASE_URL: 'https://app.caregraph.example/' });
  });
  afterAll(() => accounts.stop());

  it('confirms the address with the mailed link, which works only once', async () => {
    await accounts.signUp('lin@caregraph.example');
    const [mail] = await accounts.mails();
    expect(mail.text).toContain('https://app.caregraph.example/verify-email?token=');
    const token = await accounts.linkToken('lin@caregraph.example', 'verify-email');

    expect((await accounts.request(VERIFY, { token })).data).toEqual({ verifyEmail: true });
    const caller = await accounts.callerOf((await accounts.login('lin@caregraph.example', DEFAULT_PASSWORD)).accessToken);
    expect((await accounts.request(ME, {}, caller)).data).toEqual({ me: { emailVerified: true } });

    const again = await accounts.request(VERIFY, { token });
    expect(again.data).toBeNull();
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await accounts.request(RESEND, {}, caller)).data).toEqual({ requestEmailVerification: false });
  });

  it('refuses an unknown token and an expired one', async () => {
    expect((await accounts.request(VERIFY, { token: 'A'.repeat(43) })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    await accounts.signUp('late@caregraph.example');
    const token = await accounts.linkToken('late@caregraph.example', 'verify-email');
    await accounts.subgraph.db.orm.em.getConnection().execute("update one_time_tokens set expires_at = now() - interval '1 second' where used_at is null");
    expect((await accounts.request(VERIFY, { token })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('sends a signed-in person a new link on request; the earlier link stops working', async () => {
    await accounts.signUp('mo@caregraph.example');
    const first = await accounts.linkToken('mo@caregraph.example', 'verify-email');
    const caller = await accounts.callerOf((await accounts.login('mo@caregraph.example', DEFAULT_PASSWORD)).accessToken);
    expect((await accounts.request(RESEND, {}, caller)).data).toEqual({ requestEmailVerification: true });
    const second = await accounts.linkToken('mo@caregraph.example', 'verify-email');
    expect(second).not.toBe(first);
    expect((await accounts.request(VERIFY, { token: first })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await accounts.request(VERIFY, { token: second })).data).toEqual({ verifyEmail: true });
    expect((await accounts.request(RESEND, {}, ANONYMOUS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
