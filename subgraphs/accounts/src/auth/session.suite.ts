import { startAccounts, DEFAULT_PASSWORD, type AccountsHarness } from '../test/accounts-harness';

const REFRESH = `mutation Refresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { accessToken refreshToken accessTokenExpiresAt refreshTokenExpiresAt user { id } }
}`;
const LOGOUT = 'mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }';

type RefreshResult = { refreshSession: { accessToken: string; refreshToken: string; user: { id: string } } };

describe('refresh tokens', () => {
  let accounts: AccountsHarness;
  let userId: string;
  const refresh = (refreshToken: string) => accounts.request<RefreshResult>(REFRESH, { refreshToken });
  const expectRefused = async (refreshToken: string) => {
    const result = await refresh(refreshToken);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  };

  beforeAll(async () => {
    accounts = await startAccounts();
    userId = (await accounts.signUp('sam@caregraph.example')).id;
  });
  afterAll(() => accounts.stop());

  it('rotates: each refresh issues a new access and refresh token in the same family, and marks the old one used', async () => {
    const login = await accounts.login('sam@caregraph.example', DEFAULT_PASSWORD);
    const first = await refresh(login.refreshToken);
    expect(first.errors).toBeUndefined();
    const session = first.data!.refreshSession;
    expect(session.user.id).toBe(userId);
    expect(session.refreshToken).not.toBe(login.refreshToken);
    expect(await accounts.callerOf(session.accessToken)).toEqual({ userId, roles: ['CLIENT'] });
    const second = await refresh(session.refreshToken);
    expect(second.errors).toBeUndefined();
    const rows = await accounts.subgraph.db.orm.em
      .getConnection()
      .execute<Array<{ family_id: string; used_at: Date | null; revoked_at: Date | null }>>(
        'select family_id, used_at, revoked_at from refresh_tokens where user_id = ? order by created_at',
        [userId],
      );
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.family_id)).size).toBe(1);
    expect(rows.map((r) => r.used_at !== null)).toEqual([true, true, false]);
    expect(rows.every((r) => r.revoked_at === null)).toBe(true);
  });

  it('revokes the whole family when a used refresh token is presented again', async () => {
    const login = await accounts.login('sam@caregraph.example', DEFAULT_PASSWORD);
    const other = await accounts.login('sam@caregraph.example', DEFAULT_PASSWORD); // another device: its own family
    const rotated = (await refresh(login.refreshToken)).data!.refreshSession;
    await expectRefused(login.refreshToken); // the thief (or the victim) replays the old token
    await expectRefused(rotated.refreshToken); // ... and the legitimate successor dies with the family
    expect((await refresh(other.refreshToken)).errors).toBeUndefined(); // other sessions live on
  });

  it('logs out: the session’s refresh token stops working; logout always answers true', async () => {
    const login = await accounts.login('sam@caregraph.example', DEFAULT_PASSWORD);
    const rotated = (await refresh(login.refreshToken)).data!.refreshSession;
    expect((await accounts.request(LOGOUT, { refreshToken: rotated.refreshToken })).data).toEqual({ logout: true });
    await expectRefused(rotated.refreshToken);
    expect((await accounts.request(LOGOUT, { refreshToken: rotated.refreshToken })).data).toEqual({ logout: true });
    expect((await accounts.request(LOGOUT, { refreshToken: 'never-issued' })).data).toEqual({ logout: true });
  });

  it('refuses an unknown or expired refresh token', async () => {
    await expectRefused('x'.repeat(43));
    const login = await accounts.login('sam@caregraph.example', DEFAULT_PASSWORD);
    await accounts.subgraph.db.orm.em
      .getConnection()
      .execute("update refresh_tokens set expires_at = now() - interval '1 second' where used_at is null and revoked_at is null");
    await expectRefused(login.refreshToken);
  });
});
