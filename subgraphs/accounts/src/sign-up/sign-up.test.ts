import { SIGN_UP, startAccounts, type AccountsHarness } from '../test/accounts-harness';

describe('signUp', () => {
  let accounts: AccountsHarness;
  const input = (overrides: Record<string, unknown> = {}) => ({
    email: 'ada@caregraph.example',
    password: 'a sound passphrase',
    displayName: 'Ada Lovelace',
    role: 'CLIENT',
    ...overrides,
  });
  const counts = async () => {
    const rows = await accounts.subgraph.db.orm.em
      .getConnection()
      .execute<Array<{ users: string; tokens: string }>>('select (select count(*) from users) as users, (select count(*) from one_time_tokens) as tokens');
    return { users: Number(rows[0].users), tokens: Number(rows[0].tokens) };
  };

  beforeAll(async () => {
    accounts = await startAccounts();
  });
  afterAll(() => accounts.stop());

  it('opens an unverified account, stores an argon2id hash at OWASP parameters and mails a confirmation link', async () => {
    const result = await accounts.request<{ signUp: Record<string, unknown> }>(SIGN_UP, { input: input() });
    expect(result.errors).toBeUndefined();
    expect(result.data?.signUp).toMatchObject({ email: 'ada@caregraph.example', displayName: 'Ada Lovelace', role: 'CLIENT', emailVerified: false });
    const [row] = await accounts.subgraph.db.orm.em
      .getConnection()
      .execute<Array<{ password_hash: string }>>('select password_hash from users where id = ?', [result.data?.signUp.id]);
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
    const [stored] = await accounts.subgraph.db.orm.em.getConnection().execute<Array<{ token_hash: string; purpose: string }>>('select token_hash, purpose from one_time_tokens');
    expect(stored.purpose).toBe('EMAIL_VERIFICATION');
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toContain(token);
  });

  it('accepts a therapist and a 256-character password', async () => {
    const result = await accounts.request<{ signUp: { role: string } }>(SIGN_UP, {
      input: input({ email: 'grace@caregraph.example', role: 'THERAPIST', password: 'p'.repeat(256) }),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.signUp.role).toBe('THERAPIST');
  });

  it.each([
    ['a 7-character password', { password: 'short12' }, 'password', /at least 8 characters/],
    ['a 257-character password', { password: 'p'.repeat(257) }, 'password', /at most 256 characters/],
    ['a malformed email', { email: 'not-an-email' }, 'email', /must be an email address/],
    ['the ADMIN role', { role: 'ADMIN' }, 'role', /CLIENT or THERAPIST/],
    ['a blank display name', { displayName: '   ' }, 'displayName', /must not be blank/],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_name, overrides, field, message) => {
    const before = await counts();
    const result = await accounts.request(SIGN_UP, { input: input({ email: `new-${field}@caregraph.example`, ...overrides }) });
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses an email already taken in another letter case with CONFLICT naming email, writing nothing', async () => {
    const before = await counts();
    const result = await accounts.request(SIGN_UP, { input: input({ email: 'ADA@Caregraph.Example' }) });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(await counts()).toEqual(before);
  });

  it('never truncates a long password: only the exact 256 characters sign in', async () => {
    await expect(accounts.login('grace@caregraph.example', 'p'.repeat(256))).resolves.toMatchObject({ mfaRequired: false });
    await expect(accounts.login('grace@caregraph.example', 'p'.repeat(255))).rejects.toThrow('Email or password is not right.');
  });
});
