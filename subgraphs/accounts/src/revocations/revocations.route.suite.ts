import { ANONYMOUS } from '@caregraph/runtime/testing';
import { decodeJwt } from 'jose';
import { callerFor, createUser } from '../test/mfa-helpers';
import { DEFAULT_PASSWORD, startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { Role } from '../users/role';
import type { RevocationPage } from './revocation-list';
import { REVOCATIONS_PATH } from './revocations.route';

const LOGOUT = 'mutation($refreshToken: String!) { logout(refreshToken: $refreshToken) }';
const LOCK = 'mutation($input: AccountLockInput!) { lockUser(input: $input) { id } }';

describe('the revocation list the gateway polls', () => {
  let accounts: AccountsHarness;
  let admin: ReturnType<typeof callerFor>;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => accounts.subgraph.db.orm.em.getConnection().execute<T[]>(query, params);
  const url = (since: string | number) => accounts.subgraph.url.replace(/\/graphql$/, `${REVOCATIONS_PATH}?since=${since}`);
  const asGateway = async () => ({ authorization: `Bearer ${await accounts.subgraph.signer.sign('accounts', ANONYMOUS, '')}` });
  const poll = async (since: string | number = 0): Promise<RevocationPage> => {
    const response = await fetch(url(since), { headers: await asGateway() });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return (await response.json()) as RevocationPage;
  };
  const sidOf = (accessToken: string) => decodeJwt(accessToken).sid as string;

  beforeAll(async () => {
    accounts = await startAccounts();
    admin = callerFor({ id: (await createUser(accounts, 'root-admin@caregraph.example', Role.ADMIN)).id }, Role.ADMIN);
  });
  afterAll(() => accounts.stop());

  it('answers only the gateway: no token, a token for another subgraph or a user access token is 401', async () => {
    expect((await fetch(url(0))).status).toBe(401);
    const otherAudience = await accounts.subgraph.signer.sign('bookings', ANONYMOUS, '');
    expect((await fetch(url(0), { headers: { authorization: `Bearer ${otherAudience}` } })).status).toBe(401);
    await accounts.signUp('nosy@caregraph.example');
    const login = await accounts.login('nosy@caregraph.example', DEFAULT_PASSWORD);
    const response = await fetch(url(0), { headers: { authorization: `Bearer ${login.accessToken}` } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Only the Caregraph gateway may read the revocation list.' });
  });

  it('refuses a cursor that is not a whole number (400) and anything but GET (405)', async () => {
    for (const since of ['-1', 'abc', '1.5', '1e3', '9999999999999999']) {
      const response = await fetch(url(since), { headers: await asGateway() });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: expect.stringContaining('"since"') });
    }
    expect((await fetch(url(0), { method: 'POST', headers: await asGateway() })).status).toBe(405);
  });

  it('puts a signed-out session on the list, once however many identical sign-outs arrive together', async () => {
    await accounts.signUp('leaver@caregraph.example');
    const login = await accounts.login('leaver@caregraph.example', DEFAULT_PASSWORD);
    const sid = sidOf(login.accessToken);
    expect(sid).toMatch(/^[0-9a-f-]{36}$/);
    const results = await Promise.all(Array.from({ length: 50 }, () => accounts.request(LOGOUT, { refreshToken: login.refreshToken })));
    expect(results.every((r) => r.data?.logout === true)).toBe(true);
    expect(await sql('select kind from session_revocations where session_id = ?', [sid])).toEqual([{ kind: 'session' }]);
    const page = await poll();
    expect(page.revocations).toContainEqual({ kind: 'session', sessionId: sid, expiresAt: expect.any(String) });
    // Kept for the access token's lifetime (15 min) plus a margin, no longer.
    const entry = page.revocations.find((r) => r.kind === 'session' && r.sessionId === sid)!;
    const keptFor = Date.parse(entry.expiresAt) - Date.now();
    expect(keptFor).toBeGreaterThan(15 * 60_000);
    expect(keptFor).toBeLessThan(18 * 60_000);
  });

  it('a lock lists every live session of the account and the account itself, in the lock\'s transaction', async () => {
    const { id } = await accounts.signUp('locked@caregraph.example');
    const sessions = [await accounts.login('locked@caregraph.example', DEFAULT_PASSWORD), await accounts.login('locked@caregraph.example', DEFAULT_PASSWORD)];
    const before = await poll();
    const locked = await accounts.request(LOCK, { input: { userId: id, reason: 'list test' } }, admin);
    expect(locked.errors).toBeUndefined();
    const page = await poll(before.cursor);
    expect(page.cursor).toBeGreaterThan(before.cursor);
    for (const session of sessions) expect(page.revocations).toContainEqual(expect.objectContaining({ kind: 'session', sessionId: sidOf(session.accessToken) }));
    const userEntry = page.revocations.find((r) => r.kind === 'user' && r.userId === id);
    expect(userEntry).toBeDefined();
    // The gateway refuses tokens issued before `notBefore`: both sessions' tokens are older.
    for (const session of sessions) expect(decodeJwt(session.accessToken).iat! * 1000).toBeLessThanOrEqual(Date.parse((userEntry as { notBefore: string }).notBefore));

    // A refused change lists nothing: locking again is CONFLICT, and no row is added.
    const count = async () => Number((await sql<{ count: string }>('select count(*) from session_revocations where user_id = ?', [id]))[0].count);
    const rows = await count();
    const again = await accounts.request(LOCK, { input: { userId: id, reason: 'again' } }, admin);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await count()).toBe(rows);
  });

  it('prunes expired rows when it writes, and never serves them', async () => {
    await sql("insert into session_revocations (kind, session_id, expires_at) values ('session', gen_random_uuid(), now() - interval '1 minute')");
    expect((await poll()).revocations.every((r) => Date.parse(r.expiresAt) > Date.now())).toBe(true);
    await accounts.signUp('pruner@caregraph.example');
    const login = await accounts.login('pruner@caregraph.example', DEFAULT_PASSWORD);
    await accounts.request(LOGOUT, { refreshToken: login.refreshToken });
    expect(await sql('select id from session_revocations where expires_at < now()')).toEqual([]);
  });
});
