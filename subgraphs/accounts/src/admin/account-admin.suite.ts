import { ANONYMOUS } from '@caregraph/runtime/testing';
import { DEFAULT_PASSWORD, startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { callerFor, COMPLETE_MFA_LOGIN, createUser, enrol, nextTimeStep } from '../test/mfa-helpers';
import { totpCode } from '../mfa/totp';
import { Role } from '../users/role';

const LOCK = 'mutation($input: AccountLockInput!) { lockUser(input: $input) { id lockedAt } }';
const UNLOCK = 'mutation($input: AccountLockInput!) { unlockUser(input: $input) { id lockedAt } }';
const CHANGE_ROLE = 'mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role } }';
const REFRESH = 'mutation($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken } }';
const AUDIT = `query($subjectId: ID, $actorId: ID, $from: DateTime, $to: DateTime, $offset: Int, $limit: Int) {
  adminAccountAudit(subjectId: $subjectId, actorId: $actorId, from: $from, to: $to, offset: $offset, limit: $limit) {
    total items { id actorId subjectId action reason before after createdAt actor { id } subject { id } }
  }
}`;

type AuditPage = {
  adminAccountAudit: {
    total: number;
    items: Array<{ actorId: string; subjectId: string; action: string; reason: string; before: object; after: object; createdAt: string; actor: { id: string } | null; subject: { id: string } | null }>;
  };
};

describe('admin account operations and the account audit', () => {
  let accounts: AccountsHarness;
  let adminId: string;
  let admin: ReturnType<typeof callerFor>;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => accounts.subgraph.db.orm.em.getConnection().execute<T[]>(query, params);
  const auditCount = async () => Number((await sql<{ count: string }>('select count(*) from account_audit'))[0].count);
  const audit = (variables: Record<string, unknown>, caller = admin) => accounts.request<AuditPage>(AUDIT, variables, caller);

  beforeAll(async () => {
    accounts = await startAccounts();
    adminId = (await createUser(accounts, 'ada-admin@caregraph.example', Role.ADMIN)).id;
    admin = callerFor({ id: adminId }, Role.ADMIN);
  });
  afterAll(() => accounts.stop());

  it('refuses clients and therapists (FORBIDDEN) and anonymous callers (UNAUTHENTICATED), writing nothing', async () => {
    const target = await accounts.signUp('target@caregraph.example');
    const operations = [
      [LOCK, { input: { userId: target.id, reason: 'test' } }],
      [UNLOCK, { input: { userId: target.id, reason: 'test' } }],
      [CHANGE_ROLE, { input: { userId: target.id, role: 'ADMIN', reason: 'test' } }],
      [AUDIT, {}],
    ] as const;
    for (const [query, variables] of operations) {
      for (const role of [Role.CLIENT, Role.THERAPIST]) {
        const result = await accounts.request(query, variables, callerFor(target, role));
        expect(result.data).toBeNull();
        expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect((await accounts.request(query, variables, ANONYMOUS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await auditCount()).toBe(0);
    expect(await sql('select 1 from users where id = ? and (locked_at is not null or role <> ?)', [target.id, 'CLIENT'])).toHaveLength(0);
  });

  it('locks an account: sessions end, refresh and sign-in are refused, and the action is audited', async () => {
    const user = await accounts.signUp('lena@caregraph.example');
    const session = await accounts.login('lena@caregraph.example', DEFAULT_PASSWORD);
    const otherDevice = await accounts.login('lena@caregraph.example', DEFAULT_PASSWORD);

    const locked = await accounts.request<{ lockUser: { id: string; lockedAt: string } }>(LOCK, { input: { userId: user.id, reason: '  Reported abusive messages  ' } }, admin);
    expect(locked.errors).toBeUndefined();
    expect(new Date(locked.data!.lockUser.lockedAt).getTime()).toBeLessThanOrEqual(Date.now());

    for (const token of [session.refreshToken, otherDevice.refreshToken]) {
      expect((await accounts.request(REFRESH, { refreshToken: token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    await expect(accounts.login('lena@caregraph.example', DEFAULT_PASSWORD)).rejects.toThrow('This account is locked. Please contact Caregraph support.');
    // A wrong password still gets the generic answer: the lock is no oracle for strangers.
    await expect(accounts.login('lena@caregraph.example', 'not the password')).rejects.toThrow('Email or password is not right.');

    const page = await audit({ subjectId: user.id });
    expect(page.data!.adminAccountAudit.total).toBe(1);
    const [entry] = page.data!.adminAccountAudit.items;
    expect(entry).toMatchObject({
      actorId: adminId,
      subjectId: user.id,
      action: 'LOCK',
      reason: 'Reported abusive messages',
      before: { lockedAt: null },
      after: { lockedAt: locked.data!.lockUser.lockedAt, sessionsEnded: 2 },
      actor: { id: adminId },
      subject: { id: user.id },
    });
    const again = await accounts.request(LOCK, { input: { userId: user.id, reason: 'again' } }, admin);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('ends a pending second-factor sign-in when the account is locked', async () => {
    const user = await accounts.signUp('milo@caregraph.example');
    const { secret } = await enrol(accounts, callerFor(user));
    const { mfaToken } = await accounts.login('milo@caregraph.example', DEFAULT_PASSWORD);
    await accounts.request(LOCK, { input: { userId: user.id, reason: 'Account takeover suspected' } }, admin);
    await nextTimeStep(accounts, user.id);
    const result = await accounts.request(COMPLETE_MFA_LOGIN, { mfaToken, code: totpCode(secret) });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await sql('select 1 from refresh_tokens where user_id = ?', [user.id])).toHaveLength(0);
  });

  it('unlocks an account, audited, so it can sign in again', async () => {
    const [user] = await sql<{ id: string }>("select id from users where email = 'lena@caregraph.example'");
    const result = await accounts.request<{ unlockUser: { lockedAt: string | null } }>(UNLOCK, { input: { userId: user.id, reason: 'Cleared after review' } }, admin);
    expect(result.data?.unlockUser.lockedAt).toBeNull();
    await expect(accounts.login('lena@caregraph.example', DEFAULT_PASSWORD)).resolves.toMatchObject({ mfaRequired: false });
    const page = await audit({ subjectId: user.id });
    expect(page.data!.adminAccountAudit.items.map((e) => e.action)).toEqual(['UNLOCK', 'LOCK']);
    expect((await accounts.request(UNLOCK, { input: { userId: user.id, reason: 'again' } }, admin)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('changes a role with a reason, ends the sessions and audits before and after', async () => {
    const user = await accounts.signUp('nia@caregraph.example');
    const { refreshToken } = await accounts.login('nia@caregraph.example', DEFAULT_PASSWORD);
    const changed = await accounts.request<{ changeUserRole: { role: string } }>(CHANGE_ROLE, { input: { userId: user.id, role: 'THERAPIST', reason: 'Registered with the HCPC' } }, admin);
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changeUserRole.role).toBe('THERAPIST');
    expect((await accounts.request(REFRESH, { refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [entry] = (await audit({ subjectId: user.id })).data!.adminAccountAudit.items;
    expect(entry).toMatchObject({ action: 'ROLE_CHANGE', before: { role: 'CLIENT' }, after: { role: 'THERAPIST', sessionsEnded: 1 }, reason: 'Registered with the HCPC' });
    await expect(accounts.login('nia@caregraph.example', DEFAULT_PASSWORD)).resolves.toMatchObject({ user: { role: 'THERAPIST' } });

    // Made an admin: the next sign-in must set up two-step verification first.
    await accounts.request(CHANGE_ROLE, { input: { userId: user.id, role: 'ADMIN', reason: 'Joined the moderation team' } }, admin);
    await expect(accounts.login('nia@caregraph.example', DEFAULT_PASSWORD)).resolves.toMatchObject({ mfaRequired: true, mfaEnrolmentRequired: true, accessToken: null });
  });

  it('refuses the same role, a blank reason and an unknown account', async () => {
    const user = await accounts.signUp('omar@caregraph.example');
    const before = await auditCount();
    expect((await accounts.request(CHANGE_ROLE, { input: { userId: user.id, role: 'CLIENT', reason: 'no change' } }, admin)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await accounts.request(CHANGE_ROLE, { input: { userId: user.id, role: 'THERAPIST', reason: '   ' } }, admin)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect((await accounts.request(LOCK, { input: { userId: user.id, reason: '' } }, admin)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await accounts.request(LOCK, { input: { userId: '6f1c2c1e-8a7b-4c55-9d0e-0a1b2c3d4e5f', reason: 'x' } }, admin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await auditCount()).toBe(before);
  });

  it('does not let an admin lock or demote themselves', async () => {
    const before = await auditCount();
    const lock = await accounts.request(LOCK, { input: { userId: adminId, reason: 'oops' } }, admin);
    expect(lock.errors?.[0]).toMatchObject({ message: 'You cannot lock your own account.', extensions: { code: 'FORBIDDEN' } });
    const demote = await accounts.request(CHANGE_ROLE, { input: { userId: adminId, role: 'CLIENT', reason: 'stepping down' } }, admin);
    expect(demote.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await auditCount()).toBe(before);
    expect(await sql('select 1 from users where id = ? and role = ? and locked_at is null', [adminId, 'ADMIN'])).toHaveLength(1);
  });

  it('refuses an admin locked a moment ago whose access token still says ADMIN', async () => {
    const other = await createUser(accounts, 'bea-admin@caregraph.example', Role.ADMIN);
    expect((await accounts.request(LOCK, { input: { userId: other.id, reason: 'Left the organisation' } }, admin)).errors).toBeUndefined();
    const retaliation = await accounts.request(LOCK, { input: { userId: adminId, reason: 'no' } }, callerFor(other, Role.ADMIN));
    expect(retaliation.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await sql('select 1 from users where id = ? and locked_at is null', [adminId])).toHaveLength(1);
  });

  it('writes the audit in the same transaction as the change: no audit, no lock', async () => {
    const user = await accounts.signUp('pia@caregraph.example');
    const { refreshToken } = await accounts.login('pia@caregraph.example', DEFAULT_PASSWORD);
    await sql(`create function fail_audit() returns trigger language plpgsql as $$ begin raise exception 'audit unavailable'; end; $$`);
    await sql('create trigger fail_audit before insert on account_audit for each row execute function fail_audit()');
    try {
      const result = await accounts.request(LOCK, { input: { userId: user.id, reason: 'Spam' } }, admin);
      expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await sql('drop trigger fail_audit on account_audit');
      await sql('drop function fail_audit()');
    }
    expect(await sql('select 1 from users where id = ? and locked_at is null', [user.id])).toHaveLength(1);
    expect((await accounts.request(REFRESH, { refreshToken })).errors).toBeUndefined();
  });

  it('keeps the audit append-only: no mutation writes it, and the database refuses changes', async () => {
    const schema = await accounts.request<{ __schema: { mutationType: { fields: Array<{ name: string }> } } }>('{ __schema { mutationType { fields { name } } } }');
    const mutations = schema.data!.__schema.mutationType.fields.map((f) => f.name);
    expect(mutations.filter((name) => /audit/i.test(name))).toEqual([]);
    await expect(sql("update account_audit set reason = 'rewritten'")).rejects.toThrow(/account_audit is append-only: UPDATE/);
    await expect(sql('delete from account_audit')).rejects.toThrow(/account_audit is append-only: DELETE/);
    await expect(sql('truncate account_audit')).rejects.toThrow(/append-only: TRUNCATE/);
  });

  it('outlives the accounts it names (no foreign key), and filters by account, admin and time', async () => {
    const user = await accounts.signUp('quin@caregraph.example');
    await accounts.request(LOCK, { input: { userId: user.id, reason: 'Fraud' } }, admin);
    await sql('delete from users where id = ?', [user.id]);
    const kept = await audit({ subjectId: user.id });
    expect(kept.data!.adminAccountAudit.items).toEqual([expect.objectContaining({ action: 'LOCK', subjectId: user.id, subject: null, actor: { id: adminId } })]);

    const all = await audit({ actorId: adminId, limit: 100 });
    const total = all.data!.adminAccountAudit.total;
    expect(total).toBeGreaterThanOrEqual(7);
    const times = all.data!.adminAccountAudit.items.map((e) => e.createdAt);
    expect([...times].sort().reverse()).toEqual(times); // newest first
    const paged = await audit({ actorId: adminId, offset: 1, limit: 2 });
    expect(paged.data!.adminAccountAudit).toMatchObject({ total, items: all.data!.adminAccountAudit.items.slice(1, 3) });
    const window = await audit({ from: times[2], to: times[0] });
    expect(window.data!.adminAccountAudit.items.map((e) => e.createdAt)).toEqual(times.slice(1, 3));
    expect((await audit({ from: times[0], to: times[0] })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
