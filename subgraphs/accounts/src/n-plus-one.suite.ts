// No N+1 in the accounts subgraph: every list field, asked for a page (or a batch of entities) of 10
// and of 100 with the per-item fields that touch the database, costs the same number of SQL statements.
// (`_entities` alone is covered by users/user.reference.suite.ts.)
import type { Caller } from '@caregraph/kernel';
import { type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { AccountAuditAction } from './admin/account-audit-action';
import { AccountAuditEntry } from './admin/account-audit.entity';
import { startAccounts, type AccountsHarness } from './test/accounts-harness';
import { Role } from './users/role';
import { User } from './users/user.entity';

const ADMIN: Caller = { userId: randomUUID(), roles: ['ADMIN'] };
const PAGE_SIZES = [10, 100] as const;
const USER = 'id displayName role email emailVerified lockedAt mfaEnabled consents { kind given } hasHealthDataConsent';

describe('accounts: SQL statements per list field do not grow with the page', () => {
  let accounts: AccountsHarness;
  let subgraph: TestSubgraph;
  const ids: string[] = [];

  beforeAll(async () => {
    accounts = await startAccounts();
    subgraph = accounts.subgraph;
    const em = subgraph.db.orm.em.fork();
    for (let i = 0; i < 120; i++) ids.push(em.create(User, { email: `n1-person${i}@caregraph.example`, displayName: `Person ${i}`, role: Role.CLIENT }).id);
    // An admin's audit trail over 120 of those accounts.
    const admin = em.create(User, { email: 'n1-admin@caregraph.example', displayName: 'Admin', role: Role.ADMIN });
    for (const subjectId of ids) {
      em.create(AccountAuditEntry, { actorId: admin.id, subjectId, action: AccountAuditAction.LOCK, reason: 'Reported by the account owner as compromised.', before: { lockedAt: null }, after: { lockedAt: 'now' } });
    }
    await em.flush();
  });
  afterAll(() => accounts.stop());

  async function statementsPerSize(query: string, variables: (size: number) => Record<string, unknown>, items: (data: any) => unknown[]) {
    const counts: number[] = [];
    for (const size of PAGE_SIZES) {
      subgraph.db.resetQueries();
      const result = await subgraph.request<any>(query, variables(size), ADMIN);
      expect(result.errors).toBeUndefined();
      expect(items(result.data)).toHaveLength(size);
      counts.push(subgraph.db.queries.length);
    }
    return counts;
  }

  it('Query.adminUsers (AdminUserPage.items), with each user\'s consents and factors', async () => {
    const [small, large] = await statementsPerSize(`query($limit: Int!) { adminUsers(limit: $limit) { total items { ${USER} } } }`, (limit) => ({ limit }), (d) => d.adminUsers.items);
    expect(large).toBe(small);
  });

  it('Query.adminAccountAudit (AccountAuditPage.items), with each entry\'s actor and subject', async () => {
    const [small, large] = await statementsPerSize(
      `query($limit: Int!) { adminAccountAudit(limit: $limit) { total items { id action reason actor { id displayName } subject { id displayName } } } }`,
      (limit) => ({ limit }),
      (d) => d.adminAccountAudit.items,
    );
    expect(large).toBe(small);
  });

  it('User.consents for a batch of users', async () => {
    const [small, large] = await statementsPerSize(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { ${USER} } } }`,
      (size) => ({ r: ids.slice(0, size).map((id) => ({ __typename: 'User', id })) }),
      (d) => d._entities,
    );
    expect(large).toBe(small);
  });
});
