import { startAccounts, type AccountsHarness } from '../test/accounts-harness';

const REQUEST_RESET = 'mutation Forgot($email: String!) { requestPasswordReset(email: $email) }';
const RESET = 'mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) }';

// Each person's mail links open the app they use: therapists the therapist workspace, clients the client app.
describe('links in mail', () => {
  let accounts: AccountsHarness;
  const mailTo = async (email: string, subject: string) => (await accounts.mails()).filter((m) => m.to.includes(email) && m.subject === subject).at(-1);

  beforeAll(async () => {
    accounts = await startAccounts({ APP_BASE_URL: 'https://app.caregraph.example/', THERAPIST_APP_BASE_URL: 'https://therapists.caregraph.example/' });
  });
  afterAll(() => accounts.stop());

  it('sends a therapist who joins a confirmation link into the therapist workspace, and a client one into the client app', async () => {
    await accounts.signUp('ot.links@caregraph.example', undefined, 'THERAPIST');
    await accounts.signUp('client.links@caregraph.example');
    const therapistMail = (await accounts.mails()).find((m) => m.to.includes('ot.links@caregraph.example'));
    const clientMail = (await accounts.mails()).find((m) => m.to.includes('client.links@caregraph.example'));
    expect(therapistMail?.text).toMatch(/https:\/\/therapists\.caregraph\.example\/verify-email\?token=[\w-]{43}\n/);
    expect(therapistMail?.text).not.toContain('https://app.caregraph.example');
    expect(clientMail?.text).toMatch(/https:\/\/app\.caregraph\.example\/verify-email\?token=[\w-]{43}\n/);
    expect(clientMail?.text).not.toContain('therapists.caregraph.example');
  });

  it('sends a therapist reset links and the password-changed notice into the therapist workspace', async () => {
    await accounts.request(REQUEST_RESET, { email: 'ot.links@caregraph.example' });
    await accounts.request(REQUEST_RESET, { email: 'client.links@caregraph.example' });
    const token = await accounts.linkToken('ot.links@caregraph.example', 'reset-password');
    expect((await mailTo('ot.links@caregraph.example', 'Reset your Caregraph password'))?.text).toContain('https://therapists.caregraph.example/reset-password?token=');
    expect((await mailTo('client.links@caregraph.example', 'Reset your Caregraph password'))?.text).toContain('https://app.caregraph.example/reset-password?token=');

    expect((await accounts.request(RESET, { input: { token, password: 'a brand new passphrase' } })).data).toEqual({ resetPassword: true });
    // The notice leaves in the background after the answer.
    let notice = await mailTo('ot.links@caregraph.example', 'Your Caregraph password has been changed');
    for (let attempt = 0; attempt < 50 && !notice; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      notice = await mailTo('ot.links@caregraph.example', 'Your Caregraph password has been changed');
    }
    expect(notice?.text).toContain('https://therapists.caregraph.example/forgotten-password');
  });
});
