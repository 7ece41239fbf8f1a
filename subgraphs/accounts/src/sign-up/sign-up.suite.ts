import { SIGN_UP, startAccounts, type AccountsHarness } from '../test/accounts-harness';

/** The one answer to a valid sign-up, for a new and a registered address alike. */
const ACCEPTED = { status: 200, data: { signUp: true } };

describe('signUp', () => {
  let accounts: AccountsHarness;
  let nextIp = 0;
  /** A client address of its own, so the per-caller limit only counts where a test means it to. */
  const freshIp = () => `192.0.2.${++nextIp}`;
  const input = (overrides: Record<string, unknown> = {}) => ({
    email: 'ada@caregraph.example',
    password: 'a sound passphrase',
    displayName: 'Ada Lovelace',
    role: 'CLIENT',
    ...overrides,
  });
  const signUp = (overrides: Record<string, unknown> = {}, ip = freshIp()) => accounts.request<{ signUp: boolean }>(SIGN_UP, { input: input(overrides) }, undefined, ip);
  const sql = <T>(query: string, params: unknown[] = []) => accounts.subgraph.db.orm.em.getConnection().execute<T[]>(query, params);
  const counts = async () => {
    const rows = await sql<{ users: string; tokens: string }>('select (select count(*) from users) as users, (select count(*) from one_time_tokens) as tokens');
    return { users: Number(rows[0].users), tokens: Number(rows[0].tokens) };
  };
  const mailsTo = async (email: string) => (await accounts.mails()).filter((m) => m.to.toLowerCase().includes(email.toLowerCase()));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

  beforeAll(async () => {
    accounts = await startAccounts();
  });
  afterAll(() => accounts.stop());

  it('opens an unverified account, stores an argon2id hash at OWASP parameters and mails a confirmation link; answers true', async () => {
    const result = await signUp();
    expect(result).toEqual(ACCEPTED);
    const [row] = await sql<{ password_hash: string; display_name: string; role: string; email_verified_at: Date | null }>(
      "select password_hash, display_name, role, email_verified_at from users where email = 'ada@caregraph.example'",
    );
    expect(row).toMatchObject({ display_name: 'Ada Lovelace', role: 'CLIENT', email_verified_at: null });
    // PHC string: $argon2id$v=19$<parameters>$<salt>$<hash>; the parameters' order is the library's.
    const [, algorithm, version, parameters, salt, hash] = row.password_hash.split('$');
    expect({ algorithm, version }).toEqual({ algorithm: 'argon2id', version: 'v=19' });
    expect(Object.fromEntries(parameters.split(',').map((p) => p.split('=')))).toEqual({ m: '19456', t: '2', p: '1' });
    expect(salt).toMatch(/^[A-Za-z0-9+/]{22}$/); // 16 random bytes
    expect(hash).toMatch(/^[A-Za-z0-9+/]{43}$/); // 32 bytes
    const mails = await accounts.mails();
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toContain('ada@caregraph.example');
    expect(mails[0].subject).toBe('Confirm your email address for Caregraph');
    expect(mails[0].text).toMatch(/^Hello Ada Lovelace,/);
    expect(mails[0].text).toMatch(/http:\/\/localhost:5174\/verify-email\?token=[\w-]{43}\n/);
    // Only the token's hash is stored.
    const token = await accounts.linkToken('ada@caregraph.example', 'verify-email');
    const [stored] = await sql<{ token_hash: string; purpose: string }>('select token_hash, purpose from one_time_tokens');
    expect(stored.purpose).toBe('EMAIL_VERIFICATION');
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toContain(token);
    // The person signs in next with the same email and password.
    await expect(accounts.login('ada@caregraph.example', 'a sound passphrase')).resolves.toMatchObject({ mfaRequired: false, user: { emailVerified: false } });
  });

  it('accepts a therapist and a 256-character password', async () => {
    const result = await signUp({ email: 'grace@caregraph.example', role: 'THERAPIST', password: 'p'.repeat(256) });
    expect(result).toEqual(ACCEPTED);
    expect(await sql("select role from users where email = 'grace@caregraph.example'")).toEqual([{ role: 'THERAPIST' }]);
  });

  it.each([
    ['a 7-character password', { password: 'short12' }, 'password', /at least 8 characters/],
    ['a 257-character password', { password: 'p'.repeat(257) }, 'password', /at most 256 characters/],
    ['a malformed email', { email: 'not-an-email' }, 'email', /must be an email address/],
    ['the ADMIN role', { role: 'ADMIN' }, 'role', /CLIENT or THERAPIST/],
    ['a blank display name', { displayName: '   ' }, 'displayName', /must not be blank/],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_name, overrides, field, message) => {
    const before = await counts();
    const result = await signUp({ email: `new-${field}@caregraph.example`, ...overrides });
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('answers a registered address (in any letter case) exactly like a new one, changes nothing and tells the owner by mail', async () => {
    const [before] = await sql<Record<string, unknown>>("select * from users where email = 'ada@caregraph.example'");
    const countsBefore = await counts();
    const registered = await signUp({ email: 'ADA@Caregraph.Example', password: 'another passphrase', displayName: 'Somebody Else', role: 'THERAPIST' });
    const fresh = await signUp({ email: 'ben@caregraph.example' });
    expect(registered).toEqual(fresh);
    expect(registered).toEqual(ACCEPTED);
    // No account change: same row, same password; no new user, no token.
    expect(await sql("select * from users where email = 'ada@caregraph.example'")).toEqual([before]);
    expect(await counts()).toEqual({ users: countsBefore.users + 1, tokens: countsBefore.tokens + 1 });
    await expect(accounts.login('ada@caregraph.example', 'another passphrase')).rejects.toThrow('Email or password is not right.');
    const notice = (await mailsTo('ada@caregraph.example')).at(-1)!;
    expect(notice.subject).toBe('Someone tried to sign up to Caregraph with your email address');
    expect(notice.text).toMatch(/^Hello Ada Lovelace,/);
    expect(notice.text).toContain('no new one was opened');
    expect(notice.text).toContain('http://localhost:5174/forgotten-password'); // the client app's page for a forgotten password
  });

  it('takes about as long for a registered address as for a new one (the password is hashed on both paths)', async () => {
    const fresh: number[] = [];
    const registered: number[] = [];
    for (let i = 0; i < 5; i++) {
      // Alternating, so machine load falls on both alike. The registered address gets mail only 3 times an hour: timing covers both.
      let started = performance.now();
      expect((await signUp({ email: `timing-${i}@caregraph.example` })).errors).toBeUndefined();
      fresh.push(performance.now() - started);
      started = performance.now();
      expect((await signUp({ email: 'grace@caregraph.example' })).errors).toBeUndefined();
      registered.push(performance.now() - started);
    }
    const [a, b] = [median(fresh), median(registered)];
    // argon2 dominates both (tens of milliseconds); a missing hash would make the registered path several times faster.
    expect(Math.min(a, b) / Math.max(a, b)).toBeGreaterThan(0.5);
  });

  it('sends at most 3 sign-up, confirmation and reset mails an hour to one address, still answering true', async () => {
    const email = 'cap@caregraph.example';
    expect(await signUp({ email })).toEqual(ACCEPTED); // 1: confirmation
    expect(await signUp({ email })).toEqual(ACCEPTED); // 2: notice
    const reset = await accounts.request('mutation($email: String!) { requestPasswordReset(email: $email) }', { email });
    expect(reset).toEqual({ status: 200, data: { requestPasswordReset: true } }); // 3: reset link
    expect(await mailsTo(email)).toHaveLength(3);
    expect(await signUp({ email })).toEqual(ACCEPTED);
    expect(await accounts.request('mutation($email: String!) { requestPasswordReset(email: $email) }', { email })).toEqual({ status: 200, data: { requestPasswordReset: true } });
    expect(await mailsTo(email)).toHaveLength(3);
    // Counted in PostgreSQL: a restart (or another replica) keeps the count.
    await accounts.restart();
    expect(await signUp({ email })).toEqual(ACCEPTED);
    expect(await mailsTo(email)).toHaveLength(3);
    // After the hour, mail flows again.
    await sql("update hourly_allowance_uses set used_at = now() - interval '61 minutes'");
    expect(await signUp({ email })).toEqual(ACCEPTED);
    expect(await mailsTo(email)).toHaveLength(4);
  });

  it('opens one account and sends at most 3 mails for 50 concurrent sign-ups with one new address', async () => {
    const email = 'rush@caregraph.example';
    const results = await Promise.all(Array.from({ length: 50 }, () => signUp({ email })));
    expect(results.every((r) => r.data?.signUp === true && !r.errors)).toBe(true);
    expect(await sql('select count(*)::int as n from users where lower(email) = ?', [email])).toEqual([{ n: 1 }]);
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(3);
    expect(mails.filter((m) => m.subject === 'Confirm your email address for Caregraph')).toHaveLength(1);
  });

  it('answers RATE_LIMITED after SIGN_UPS_PER_CALLER_PER_HOUR (20) sign-ups from one client address, also after a restart', async () => {
    const ip = '198.51.100.200';
    for (let i = 0; i < 20; i++) expect((await signUp({ email: `many-${i}@caregraph.example` }, ip)).errors).toBeUndefined();
    const before = await counts();
    const refused = await signUp({ email: 'many-20@caregraph.example' }, ip);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 3600 });
    expect(refused.errors?.[0].message).toMatch(/Too many sign-ups/);
    expect(await counts()).toEqual(before);
    // Registered addresses count too: the limit cannot be used to tell them apart.
    expect((await signUp({ email: 'ada@caregraph.example' }, ip)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    await accounts.restart();
    expect((await signUp({ email: 'many-21@caregraph.example' }, ip)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect((await signUp({ email: 'many-21@caregraph.example' })).errors).toBeUndefined(); // other callers go on
  });

  it('never truncates a long password: only the exact 256 characters sign in', async () => {
    await expect(accounts.login('grace@caregraph.example', 'p'.repeat(256))).resolves.toMatchObject({ mfaRequired: false });
    await expect(accounts.login('grace@caregraph.example', 'p'.repeat(255))).rejects.toThrow('Email or password is not right.');
  });
});
