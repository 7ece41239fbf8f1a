import { seed } from '@caregraph/runtime';
import { demoRoster } from '@caregraph/runtime/demo';
import { accountsSubgraph } from '../subgraph';
import { startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { DEMO_PASSWORD } from './demo-credentials';

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
    expect(await seed(accountsSubgraph, accounts.subgraph.db.orm)).toBe(users.length);
    const stored = await rows();
    expect(stored).toHaveLength(users.length);
    expect(new Set(stored.map((r) => r.password_hash)).size).toBe(1);
    expect(stored.every((r) => r.email_verified_at !== null)).toBe(true);
    const admin = users.find((u) => u.role === 'ADMIN')!;
    await expect(accounts.login(admin.email, DEMO_PASSWORD)).resolves.toMatchObject({ user: { id: admin.id, role: 'ADMIN', emailVerified: true } });
  });

  it('gives the password to demo users seeded before passwords existed, and leaves others alone', async () => {
    const em = accounts.subgraph.db.orm.em.getConnection();
    await em.execute('update users set password_hash = null, email_verified_at = null where id = ?', [users[1].id]);
    expect(await seed(accountsSubgraph, accounts.subgraph.db.orm)).toBe(1);
    expect(await seed(accountsSubgraph, accounts.subgraph.db.orm)).toBe(0);
    await expect(accounts.login(users[1].email, DEMO_PASSWORD)).resolves.toMatchObject({ user: { emailVerified: true } });
  });
});
