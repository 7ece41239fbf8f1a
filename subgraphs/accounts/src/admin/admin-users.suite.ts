import { ANONYMOUS } from '@caregraph/runtime/testing';
import { startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { callerFor, createUser } from '../test/mfa-helpers';
import { Role } from '../users/role';

const ADMIN_USERS = `query Users($filter: AdminUserFilter, $offset: Int, $limit: Int, $sort: AdminUserSort) {
  adminUsers(filter: $filter, offset: $offset, limit: $limit, sort: $sort) { total items { id email displayName role lockedAt } }
}`;

type Page = { adminUsers: { total: number; items: Array<{ id: string; email: string | null; displayName: string; role: string; lockedAt: string | null }> } };

describe('adminUsers', () => {
  let accounts: AccountsHarness;
  let admin: ReturnType<typeof callerFor>;
  const list = (variables: Record<string, unknown> = {}, caller = admin) => accounts.request<Page>(ADMIN_USERS, variables, caller);
  const emails = (page: Page | null | undefined) => page!.adminUsers.items.map((u) => u.email);

  beforeAll(async () => {
    accounts = await startAccounts();
    admin = callerFor(await createUser(accounts, 'root-admin@caregraph.example', Role.ADMIN), Role.ADMIN);
    // Opened one after another, so "newest first" is well defined.
    for (const [email, name, role] of [
      ['amy@caregraph.example', 'Amy Pond', Role.CLIENT],
      ['ben@caregraph.example', 'Ben Nevis', Role.THERAPIST],
      ['cat_50%@caregraph.example', 'Cat Stevens', Role.CLIENT],
      ['dan@caregraph.example', 'Dan AMYson', Role.CLIENT],
    ] as const) {
      await createUser(accounts, email, role);
      await accounts.subgraph.db.orm.em.getConnection().execute('update users set display_name = ? where email = ?', [name, email]);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await accounts.subgraph.db.orm.em.getConnection().execute("update users set locked_at = now() where email = 'ben@caregraph.example'");
  });
  afterAll(() => accounts.stop());

  it('refuses anonymous callers (UNAUTHENTICATED) and everyone but admins (FORBIDDEN)', async () => {
    expect((await list({}, ANONYMOUS as never)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const role of [Role.CLIENT, Role.THERAPIST]) {
      const result = await list({}, callerFor({ id: '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a' }, role));
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lists every account newest first with the total, one page at a time', async () => {
    const first = await list({ limit: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data!.adminUsers.total).toBe(5);
    expect(emails(first.data)).toEqual(['dan@caregraph.example', 'cat_50%@caregraph.example']);
    const second = await list({ limit: 2, offset: 2 });
    expect(emails(second.data)).toEqual(['ben@caregraph.example', 'amy@caregraph.example']);
    expect((await list({ offset: 5 })).data!.adminUsers).toEqual({ total: 5, items: [] });
  });

  it('searches e-mail and display name in any letter case, taking wildcards literally', async () => {
    expect(emails((await list({ filter: { search: 'AMY' }, sort: { field: 'EMAIL', order: 'ASC' } })).data)).toEqual(['amy@caregraph.example', 'dan@caregraph.example']);
    expect(emails((await list({ filter: { search: '_50%' } })).data)).toEqual(['cat_50%@caregraph.example']);
    expect((await list({ filter: { search: '%' } })).data!.adminUsers.total).toBe(1);
  });

  it('filters by role and by locked state, and shows admins when an account was locked', async () => {
    expect(emails((await list({ filter: { role: 'THERAPIST' } })).data)).toEqual(['ben@caregraph.example']);
    const locked = await list({ filter: { locked: true } });
    expect(locked.data!.adminUsers.items).toEqual([expect.objectContaining({ email: 'ben@caregraph.example', lockedAt: expect.any(String) })]);
    const open = await list({ filter: { locked: false, role: 'CLIENT' }, sort: { field: 'DISPLAY_NAME', order: 'DESC' } });
    expect(emails(open.data)).toEqual(['dan@caregraph.example', 'cat_50%@caregraph.example', 'amy@caregraph.example']);
    expect(open.data!.adminUsers.items.every((u) => u.lockedAt === null)).toBe(true);
  });

  it('hides lockedAt from people who are not admins', async () => {
    const ben = (await list({ filter: { locked: true } })).data!.adminUsers.items[0];
    const asTherapist = await accounts.request<{ user: { lockedAt: string | null } }>('query($id: ID!) { user(id: $id) { lockedAt } }', { id: ben.id }, callerFor({ id: '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a' }, Role.THERAPIST));
    // user(id) itself is null for a therapist without a care relationship.
    expect(asTherapist.data?.user?.lockedAt ?? null).toBeNull();
  });

  it('counts the accounts opened in a span (the dashboard\'s new sign-ups), and refuses a span that ends before it starts', async () => {
    await accounts.subgraph.db.orm.em.getConnection().execute("update users set created_at = '2026-01-10T12:00:00Z' where email = 'amy@caregraph.example'");
    const january = await list({ filter: { createdFrom: '2026-01-01T00:00:00Z', createdBefore: '2026-02-01T00:00:00Z' } });
    expect(january.data!.adminUsers).toMatchObject({ total: 1, items: [{ email: 'amy@caregraph.example' }] });
    const since = await list({ filter: { createdFrom: '2026-01-11T00:00:00Z' }, limit: 1 });
    expect(since.data!.adminUsers.total).toBe(4);
    const backwards = await list({ filter: { createdFrom: '2026-02-01T00:00:00Z', createdBefore: '2026-01-01T00:00:00Z' } });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.createdBefore' });
  });

  it('refuses a page larger than 100 or a negative offset, naming the argument', async () => {
    expect((await list({ limit: 101 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect((await list({ limit: 0 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect((await list({ offset: -1 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
    expect((await list({ filter: { search: 'x'.repeat(101) } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });
});
