import { seed } from '@caregraph/runtime';
import { currentDemoAdminCode, DEMO_ADMIN_TOTP_SECRET, DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET, DEMO_ORGANISATION_ID, DEMO_PASSWORD, demoRoster } from '@caregraph/demo-data';
import { createHash } from 'node:crypto';
import { accountsSubgraph } from '../subgraph';
import { startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { COMPLETE_MFA_LOGIN } from '../test/mfa-helpers';

describe('demo seed', () => {
  let accounts: AccountsHarness;
  const { users } = demoRoster();
  const rows = () =>
    accounts.subgraph.db.orm.em
      .getConnection()
      .execute<Array<{ password_hash: string | null; email_verified_at: Date | null }>>('select password_hash, email_verified_at from users');

  beforeAll(async () => {
    accounts = await startAccounts();
  });
  afterAll(() => accounts.stop());

  it('gives every demo user the demo password (hashed once) and a verified email', async () => {
    // Every demo user, and the demo practice with its API client.
    expect(await seed(accountsSubgraph, accounts.subgraph.db.orm)).toBe(users.length + 2);
    const stored = await rows();
    expect(stored).toHaveLength(users.length);
    expect(new Set(stored.map((r) => r.password_hash)).size).toBe(1);
    expect(stored.every((r) => r.email_verified_at !== null)).toBe(true);
    // Clients have accepted all three documents in force (so they can book), everyone else terms and privacy notice.
    const consents = await accounts.subgraph.db.orm.em
      .getConnection()
      .execute<Array<{ role: string; kinds: string }>>(
        "select u.role, string_agg(e.kind, ',' order by e.kind) as kinds from users u join consent_events e on e.user_id = u.id where e.action = 'ACCEPTED' group by u.id, u.role",
      );
    expect(consents).toHaveLength(users.length);
    for (const row of consents) {
      expect(row.kinds).toBe(row.role === 'CLIENT' ? 'HEALTH_DATA_PROCESSING,PRIVACY_NOTICE,TERMS_OF_USE' : 'PRIVACY_NOTICE,TERMS_OF_USE');
    }
    const client = users.find((u) => u.role === 'CLIENT')!;
    await expect(accounts.login(client.email, DEMO_PASSWORD)).resolves.toMatchObject({ user: { id: client.id, role: 'CLIENT', emailVerified: true } });
  });

  it('writes the demo practice, verified, with an API client on the published secret, once', async () => {
    const sql = accounts.subgraph.db.orm.em.getConnection();
    const [practice] = await sql.execute<Array<{ id: string; verified: boolean; granted_scopes: string[] }>>('select id, verified_at is not null as verified, granted_scopes from organisations');
    expect(practice).toMatchObject({ id: DEMO_ORGANISATION_ID, verified: true });
    expect(practice.granted_scopes).toEqual(['organisation:read', 'referrals:write', 'referrals:read', 'events:manage']);
    const clients = await sql.execute<Array<{ id: string; secret_hash: string }>>('select id, secret_hash from api_clients');
    expect(clients).toEqual([{ id: DEMO_API_CLIENT_ID, secret_hash: createHash('sha256').update(DEMO_API_CLIENT_SECRET).digest('hex') }]);
    await seed(accountsSubgraph, accounts.subgraph.db.orm);
    expect(await sql.execute('select id from api_clients')).toHaveLength(1);
  });

  it('seeds the demo admin with two-step verification on: password, then the demo authenticator code', async () => {
    const admin = users.find((u) => u.role === 'ADMIN')!;
    expect(admin.email).toBe('admin@caregraph.example');
    const login = await accounts.login(admin.email, DEMO_PASSWORD);
    expect(login).toMatchObject({ mfaRequired: true, mfaEnrolmentRequired: false, accessToken: null });
    const completed = await accounts.request<{ completeMfaLogin: { user: { id: string; role: string; email: string } } }>(COMPLETE_MFA_LOGIN, {
      mfaToken: login.mfaToken,
      code: currentDemoAdminCode(),
    });
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.completeMfaLogin.user).toEqual({ id: admin.id, role: 'ADMIN', email: 'admin@caregraph.example' });
    const [factor] = await accounts.subgraph.db.orm.em
      .getConnection()
      .execute<Array<{ secret_ciphertext: string }>>('select secret_ciphertext from mfa_totp_factors where user_id = ? and confirmed_at is not null', [admin.id]);
    expect(factor.secret_ciphertext).not.toContain(DEMO_ADMIN_TOTP_SECRET);
  });

  it('sets up the demo authenticator for a demo admin seeded before two-step verification existed', async () => {
    const admin = users.find((u) => u.role === 'ADMIN')!;
    await accounts.subgraph.db.orm.em.getConnection().execute('delete from mfa_totp_factors where user_id = ?', [admin.id]);
    expect(await seed(accountsSubgraph, accounts.subgraph.db.orm)).toBe(1);
    expect(await seed(accountsSubgraph, accounts.subgraph.db.orm)).toBe(0);
    await expect(accounts.login(admin.email, DEMO_PASSWORD)).resolves.toMatchObject({ mfaRequired: true, mfaEnrolmentRequired: false });
  });

  it('gives the password to demo users seeded before passwords existed, and leaves others alone', async () => {
    const em = accounts.subgraph.db.orm.em.getConnection();
    await em.execute('update users set password_hash = null, email_verified_at = null where id = ?', [users[1].id]);
    expect(await seed(accountsSubgraph, accounts.subgraph.db.orm)).toBe(1);
    expect(await seed(accountsSubgraph, accounts.subgraph.db.orm)).toBe(0);
    await expect(accounts.login(users[1].email, DEMO_PASSWORD)).resolves.toMatchObject({ user: { emailVerified: true } });
  });
});
