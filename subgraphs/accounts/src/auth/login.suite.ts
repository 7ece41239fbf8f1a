import { ANONYMOUS } from '@caregraph/runtime/testing';
import argon2 from 'argon2';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { passwordNeedsRehash } from '../passwords/password-hasher';
import { DEFAULT_PASSWORD, startAccounts, type AccountsHarness } from '../test/accounts-harness';

describe('login and me', () => {
  let accounts: AccountsHarness;
  let userId: string;
  const ME = '{ me { id email role emailVerified } }';

  beforeAll(async () => {
    accounts = await startAccounts();
    userId = (await accounts.signUp('Noor@Caregraph.example', DEFAULT_PASSWORD, 'THERAPIST')).id;
  });
  afterAll(() => accounts.stop());

  it('signs in an unverified account, any letter case of the email, with a 15-minute EdDSA access token and a refresh token', async () => {
    const before = Math.floor(Date.now() / 1000);
    const login = await accounts.login('noor@caregraph.EXAMPLE', DEFAULT_PASSWORD);
    expect(login).toMatchObject({ mfaRequired: false, mfaToken: null, user: { id: userId, role: 'THERAPIST', emailVerified: false } });
    expect(login.refreshToken).toMatch(/^[\w-]{43}$/);
    const header = decodeProtectedHeader(login.accessToken);
    const claims = decodeJwt(login.accessToken);
    expect(header).toMatchObject({ alg: 'EdDSA', typ: 'JWT' });
    expect(header.kid).toMatch(/^[\w-]{43}$/); // an RFC 7638 SHA-256 thumbprint
    expect(claims).toMatchObject({ iss: 'caregraph-accounts', aud: 'caregraph', sub: userId, roles: ['THERAPIST'] });
    expect(claims.exp! - claims.iat!).toBe(900);
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(new Date(login.accessTokenExpiresAt).getTime()).toBe(claims.exp! * 1000);
    const refreshDays = (new Date(login.refreshTokenExpiresAt).getTime() - Date.now()) / 86_400_000;
    expect(refreshDays).toBeGreaterThan(29.99);
    expect(refreshDays).toBeLessThanOrEqual(30);
  });

  it('issues an access token the JWKS verifies, and that identifies the caller to `me`', async () => {
    const login = await accounts.login('noor@caregraph.example', DEFAULT_PASSWORD);
    const caller = await accounts.callerOf(login.accessToken);
    expect(caller).toEqual({ userId, roles: ['THERAPIST'] });
    const me = await accounts.request(ME, {}, caller);
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({ me: { id: userId, email: 'Noor@Caregraph.example', role: 'THERAPIST', emailVerified: false } });
  });

  it('answers `me` for an anonymous caller with UNAUTHENTICATED', async () => {
    const me = await accounts.request(ME, {}, ANONYMOUS);
    expect(me.data).toBeNull();
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrong = accounts.login('noor@caregraph.example', 'not the password', '192.0.2.10').catch((e: { errors: unknown }) => e.errors);
    const unknown = accounts.login('nobody@caregraph.example', 'not the password', '192.0.2.10').catch((e: { errors: unknown }) => e.errors);
    const expected = [expect.objectContaining({ message: 'Email or password is not right.', extensions: { code: 'UNAUTHENTICATED' } })];
    expect(await wrong).toEqual(expected);
    expect(await unknown).toEqual(expected);
  });

  it('re-hashes a password stored with weaker parameters at the next sign-in', async () => {
    const weak = await argon2.hash(DEFAULT_PASSWORD, { type: argon2.argon2id, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    const connection = accounts.subgraph.db.orm.em.getConnection();
    await connection.execute('update users set password_hash = ? where id = ?', [weak, userId]);
    await accounts.login('noor@caregraph.example', DEFAULT_PASSWORD);
    const [row] = await connection.execute<Array<{ password_hash: string }>>('select password_hash from users where id = ?', [userId]);
    expect(row.password_hash).not.toBe(weak);
    expect(passwordNeedsRehash(row.password_hash)).toBe(false);
    await expect(accounts.login('noor@caregraph.example', DEFAULT_PASSWORD)).resolves.toBeDefined();
  });

  it('never exposes password hashes or tokens as fields', async () => {
    const result = await accounts.request('{ __type(name: "User") { fields { name } } }');
    const fields = (result.data as { __type: { fields: Array<{ name: string }> } }).__type.fields.map((f) => f.name);
    expect(fields.sort()).toEqual(['consents', 'createdAt', 'displayName', 'email', 'emailVerified', 'hasHealthDataConsent', 'id', 'lockedAt', 'mfaEnabled', 'role']);
    const types = await accounts.request<{ __schema: { types: Array<{ name: string }> } }>('{ __schema { types { name } } }');
    const names = types.data!.__schema.types.map((t) => t.name);
    expect(names).not.toContain('RefreshToken');
    expect(names).not.toContain('OneTimeToken');
    expect(names).not.toContain('TotpFactor');
    expect(names).not.toContain('RecoveryCode');
    expect(names).not.toContain('ConsentEvent');
  });
});
