import { DEFAULT_PASSWORD, startAccounts, type AccountsHarness } from '../test/accounts-harness';

type Answer = { code: unknown; message: string; retryAfterSeconds?: unknown } | 'signed in';

/** One request holding `count` aliased copies of `login`, all with the same credentials unless `emails` differ. */
function aliasedLogins(count: number): string {
  const copies = Array.from({ length: count }, (_, i) => `a${i}: login(input: { email: $email${i}, password: $password }) { accessToken }`);
  const variables = Array.from({ length: count }, (_, i) => `$email${i}: String!`).join(', ');
  return `mutation Guess(${variables}, $password: String!) { ${copies.join('\n')} }`;
}

describe('brute-force protection of login', () => {
  let accounts: AccountsHarness;

  beforeAll(async () => {
    accounts = await startAccounts({ LOGIN_BACKOFF_BASE_SECONDS: '1', LOGIN_IP_MAX_FAILURES: '20' });
    await accounts.signUp('victim@caregraph.example');
    await accounts.signUp('patient@caregraph.example');
    await accounts.signUp('bystander@caregraph.example');
  });
  afterAll(() => accounts.stop());

  /** Sends the aliased copies and returns each copy's answer in order. */
  async function attempt(emails: string[], password: string, ip: string): Promise<Answer[]> {
    const variables: Record<string, string> = { password };
    emails.forEach((email, i) => (variables[`email${i}`] = email));
    const result = await accounts.request<Record<string, { accessToken: string } | null>>(aliasedLogins(emails.length), variables, undefined, ip);
    if (!result.data) throw new Error(`request failed: ${JSON.stringify(result)}`);
    return emails.map((_, i) => {
      const error = result.errors?.find((e) => e.path?.[0] === `a${i}`);
      if (!error) return 'signed in';
      return { code: error.extensions?.code, message: error.message, ...(error.extensions?.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.extensions.retryAfterSeconds } : {}) };
    });
  }

  const WRONG = { code: 'UNAUTHENTICATED', message: 'Email or password is not right.' };
  const backoff = (seconds: number) => ({ code: 'RATE_LIMITED', message: `Too many failed sign-in attempts. Please wait ${seconds} seconds before trying again.`, retryAfterSeconds: seconds });
  const LOCKED = {
    code: 'RATE_LIMITED',
    message: 'Too many failed sign-in attempts: signing in with this email address is paused for 15 minutes. You can reset your password to sign in sooner.',
    retryAfterSeconds: 900,
  };
  const ELEVEN_WRONG = [WRONG, WRONG, WRONG, WRONG, WRONG, backoff(2), backoff(4), backoff(8), backoff(16), LOCKED, LOCKED];

  it('counts every aliased copy of login in one request: 5 failures, then back-off, then a 15-minute lock', async () => {
    const answers = await attempt(Array(11).fill('victim@caregraph.example'), 'wrong password', '203.0.113.1');
    expect(answers).toEqual(ELEVEN_WRONG);
    // Locked: even the right password is refused, from any address.
    expect(await attempt(['victim@caregraph.example'], DEFAULT_PASSWORD, '203.0.113.99')).toEqual([LOCKED]);
  });

  it('answers exactly the same for an email that has no account', async () => {
    expect(await attempt(Array(11).fill('nobody@caregraph.example'), 'wrong password', '203.0.113.2')).toEqual(ELEVEN_WRONG);
  });

  it('lets the right password in once the back-off has passed, and then forgets the failures', async () => {
    // Five wrong passwords, then the right one too early (all in one request, so no gap can let the back-off lapse).
    const copies = [...Array(5).fill(`a: login(input: { email: "patient@caregraph.example", password: "wrong password" }) { accessToken }`), `a: login(input: { email: "patient@caregraph.example", password: "${DEFAULT_PASSWORD}" }) { accessToken }`];
    const early = await accounts.request(`mutation { ${copies.map((c, i) => c.replace('a:', `a${i}:`)).join(' ')} }`, {}, undefined, '203.0.113.3');
    expect(early.errors?.map((e) => e.extensions?.code)).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    expect(early.errors?.[5]).toMatchObject({ message: backoff(2).message, extensions: { retryAfterSeconds: 2 } }); // counted as failure 6
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(await attempt(['patient@caregraph.example'], DEFAULT_PASSWORD, '203.0.113.3')).toEqual(['signed in']);
    // Counting starts again from zero.
    expect(await attempt(Array(5).fill('patient@caregraph.example'), 'wrong password', '203.0.113.3')).toEqual(Array(5).fill(WRONG));
  }, 15_000);

  it('lets no more than 10 guesses through a burst of parallel requests', async () => {
    await accounts.signUp('burst@caregraph.example');
    const burst = await Promise.all(Array.from({ length: 25 }, () => attempt(['burst@caregraph.example'], 'wrong password', '203.0.113.6')));
    const answers = burst.flat();
    const checked = answers.filter((a) => typeof a === 'object' && a.code === 'UNAUTHENTICATED');
    expect(checked.length).toBeGreaterThanOrEqual(1);
    expect(checked.length).toBeLessThanOrEqual(10);
    expect(answers.filter((a) => typeof a === 'object' && a.code === 'RATE_LIMITED')).toHaveLength(25 - checked.length);
    // The lock began during the burst: on a busy machine a second or more of its 15 minutes may have passed.
    const [locked] = await attempt(['burst@caregraph.example'], DEFAULT_PASSWORD, '203.0.113.7');
    expect(locked).toEqual({ ...LOCKED, retryAfterSeconds: expect.any(Number) });
    expect((locked as typeof LOCKED).retryAfterSeconds).toBeGreaterThan(LOCKED.retryAfterSeconds - 30);
    expect((locked as typeof LOCKED).retryAfterSeconds).toBeLessThanOrEqual(LOCKED.retryAfterSeconds);
  });

  it('refuses an address that fails too often across many accounts', async () => {
    const emails = Array.from({ length: 21 }, (_, i) => `sprayed${i}@caregraph.example`);
    const answers = await attempt(emails, 'Summer2026!', '203.0.113.4');
    expect(answers.slice(0, 20)).toEqual(Array(20).fill(WRONG));
    expect(answers[20]).toEqual({
      code: 'RATE_LIMITED',
      message: 'Too many failed sign-in attempts from your network. Please try again in 15 minutes.',
      retryAfterSeconds: 900,
    });
    // The address is refused even for a right password; another address is not affected.
    expect(await attempt(['bystander@caregraph.example'], DEFAULT_PASSWORD, '203.0.113.4')).toEqual([answers[20]]);
    expect(await attempt(['bystander@caregraph.example'], DEFAULT_PASSWORD, '203.0.113.5')).toEqual(['signed in']);
  });
});
