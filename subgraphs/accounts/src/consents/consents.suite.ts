import { SYSTEM_USER_ID } from '@caregraph/kernel';
import { ANONYMOUS } from '@caregraph/runtime/testing';
import { SIGN_UP, startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { callerFor } from '../test/mfa-helpers';
import { Role } from '../users/role';

const ACCEPT = `mutation($input: [ConsentAcceptanceInput!]!) {
  acceptConsents(input: $input) { id hasHealthDataConsent consents { kind given version currentVersion upToDate changedAt } }
}`;
const WITHDRAW = 'mutation($kind: ConsentKind!) { withdrawConsent(kind: $kind) { id hasHealthDataConsent consents { kind given version upToDate } } }';
const STATE = 'query($id: ID!) { user(id: $id) { hasHealthDataConsent consents { kind given version currentVersion upToDate changedAt } } }';
const ALL = [
  { kind: 'TERMS_OF_USE', version: '2026-01' },
  { kind: 'PRIVACY_NOTICE', version: '2026-01' },
  { kind: 'HEALTH_DATA_PROCESSING', version: '2026-01' },
];

type State = { hasHealthDataConsent: boolean | null; consents: Array<{ kind: string; given: boolean; version: string | null; currentVersion: string; upToDate: boolean; changedAt: string | null }> | null };

describe('consent records', () => {
  let accounts: AccountsHarness;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => accounts.subgraph.db.orm.em.getConnection().execute<T[]>(query, params);
  const history = async (userId: string) =>
    (await sql<{ kind: string; version: string; action: string; created_at: string }>('select kind, version, action, created_at from consent_events where user_id = ? order by id', [userId])).map(
      (row) => ({ ...row, created_at: new Date(row.created_at) }),
    );
  const stateOf = async (userId: string, caller = { userId, roles: ['CLIENT'] } as ReturnType<typeof callerFor>) =>
    (await accounts.request<{ user: State }>(STATE, { id: userId }, caller)).data!.user;

  beforeAll(async () => {
    accounts = await startAccounts();
  });
  afterAll(() => accounts.stop());

  it('lists the versions in force to everyone', async () => {
    const result = await accounts.request<{ consentDocuments: Array<{ kind: string; version: string; title: string; url: string }> }>(
      '{ consentDocuments { kind version title url effectiveFrom } }',
      {},
      ANONYMOUS,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.consentDocuments.map((d) => [d.kind, d.version])).toEqual(ALL.map((d) => [d.kind, d.version]));
    expect(result.data!.consentDocuments.every((d) => d.url.startsWith('https://'))).toBe(true);
  });

  it('starts with nothing given', async () => {
    const user = await accounts.signUp('ana@caregraph.example');
    const state = await stateOf(user.id);
    expect(state.hasHealthDataConsent).toBe(false);
    expect(state.consents).toEqual(ALL.map(({ kind }) => ({ kind, given: false, version: null, currentVersion: '2026-01', upToDate: false, changedAt: null })));
  });

  it('records acceptances with time and version; accepting again adds nothing', async () => {
    const user = await accounts.signUp('bo@caregraph.example');
    const before = Date.now();
    const result = await accounts.request<{ acceptConsents: State }>(ACCEPT, { input: ALL }, callerFor(user));
    expect(result.errors).toBeUndefined();
    expect(result.data!.acceptConsents.hasHealthDataConsent).toBe(true);
    expect(result.data!.acceptConsents.consents!.every((c) => c.given && c.upToDate && c.version === '2026-01')).toBe(true);
    const rows = await history(user.id);
    expect(rows.map((r) => [r.kind, r.version, r.action])).toEqual(ALL.map((d) => [d.kind, d.version, 'ACCEPTED']));
    expect(rows[0].created_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const changedAt = new Date(result.data!.acceptConsents.consents![0].changedAt!).getTime();
    expect(changedAt).toBe(rows[0].created_at.getTime());
    expect(Math.abs(changedAt - Date.now())).toBeLessThan(10_000);
    await accounts.request(ACCEPT, { input: [ALL[2]] }, callerFor(user));
    expect(await history(user.id)).toHaveLength(3);
  });

  it('refuses a version not in force, a kind named twice and an empty list, writing nothing', async () => {
    const user = await accounts.signUp('cy@caregraph.example');
    const old = await accounts.request(ACCEPT, { input: [ALL[0], { kind: 'PRIVACY_NOTICE', version: '2025-06' }] }, callerFor(user));
    expect(old.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.1.version' });
    expect(old.errors?.[0].message).toMatch(/show version 2026-01/);
    const twice = await accounts.request(ACCEPT, { input: [ALL[0], ALL[0]] }, callerFor(user));
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.1.kind' });
    const tooLong = await accounts.request(ACCEPT, { input: [{ kind: 'TERMS_OF_USE', version: 'v'.repeat(21) }] }, callerFor(user));
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.0.version' });
    const empty = await accounts.request(ACCEPT, { input: [] }, callerFor(user));
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(await history(user.id)).toHaveLength(0);
  });

  it('records a withdrawal with the version withdrawn, and health-data consent is off until given again', async () => {
    const user = await accounts.signUp('di@caregraph.example');
    await accounts.request(ACCEPT, { input: ALL }, callerFor(user));
    const withdrawn = await accounts.request<{ withdrawConsent: State }>(WITHDRAW, { kind: 'HEALTH_DATA_PROCESSING' }, callerFor(user));
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawConsent.hasHealthDataConsent).toBe(false);
    expect(withdrawn.data!.withdrawConsent.consents).toContainEqual({ kind: 'HEALTH_DATA_PROCESSING', given: false, version: '2026-01', upToDate: false });
    // Withdrawing again changes nothing.
    await accounts.request(WITHDRAW, { kind: 'HEALTH_DATA_PROCESSING' }, callerFor(user));
    await accounts.request(ACCEPT, { input: [ALL[2]] }, callerFor(user));
    expect((await stateOf(user.id)).hasHealthDataConsent).toBe(true);
    const health = (await history(user.id)).filter((r) => r.kind === 'HEALTH_DATA_PROCESSING');
    expect(health.map((r) => r.action)).toEqual(['ACCEPTED', 'WITHDRAWN', 'ACCEPTED']);
    expect(health.every((r, i) => i === 0 || r.created_at.getTime() >= health[i - 1].created_at.getTime())).toBe(true);
  });

  it('shows consents to the person and admins, health-data consent also to the platform, to nobody else', async () => {
    const user = await accounts.signUp('ed@caregraph.example');
    await accounts.request(ACCEPT, { input: ALL }, callerFor(user));
    const admin = await stateOf(user.id, callerFor({ id: '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a' }, Role.ADMIN));
    expect(admin.hasHealthDataConsent).toBe(true);
    expect(admin.consents).toHaveLength(3);
    for (const caller of [ANONYMOUS, callerFor({ id: '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a' }, Role.THERAPIST), callerFor({ id: '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a' })]) {
      // user(id) itself is null for them (the person, their therapist and admins only), so neither field is reached.
      expect(await stateOf(user.id, caller as ReturnType<typeof callerFor>)).toBeNull();
    }
    // How another subgraph asks, as the platform, through the gateway's entity fetch.
    const system = await accounts.request<{ _entities: Array<{ hasHealthDataConsent: boolean | null }> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { hasHealthDataConsent } } }',
      { r: [{ __typename: 'User', id: user.id }] },
      { userId: SYSTEM_USER_ID, roles: ['SYSTEM'] },
    );
    expect(system.data!._entities).toEqual([{ hasHealthDataConsent: true }]);
  });

  it('needs a signed-in person to accept or withdraw', async () => {
    expect((await accounts.request(ACCEPT, { input: ALL }, ANONYMOUS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await accounts.request(WITHDRAW, { kind: 'TERMS_OF_USE' }, ANONYMOUS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps the history append-only, except that deleting the account deletes it', async () => {
    const user = await accounts.signUp('flo@caregraph.example');
    await accounts.request(ACCEPT, { input: ALL }, callerFor(user));
    await expect(sql("update consent_events set version = '2025-01' where user_id = ?", [user.id])).rejects.toThrow(/consent_events is append-only: UPDATE/);
    await expect(sql('delete from consent_events where user_id = ?', [user.id])).rejects.toThrow(/consent_events is append-only: DELETE/);
    await expect(sql("update consent_documents set url = 'https://elsewhere.example'")).rejects.toThrow(/consent_documents is append-only/);
    await expect(sql("insert into consent_events (user_id, kind, version, action, created_at) values (?, 'TERMS_OF_USE', '1999-01', 'ACCEPTED', now())", [user.id])).rejects.toThrow(
      /consent_events_document_foreign/,
    );
    await sql('delete from users where id = ?', [user.id]);
    expect(await history(user.id)).toHaveLength(0);
  });

  it('accepts the consents given at sign-up in the same transaction, or opens no account', async () => {
    const wrong = await accounts.request(SIGN_UP, {
      input: { email: 'gus@caregraph.example', password: 'a sound passphrase', displayName: 'Gus', role: 'CLIENT', consents: [ALL[0], { kind: 'HEALTH_DATA_PROCESSING', version: '2025-01' }] },
    });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consents.1.version' });
    const blank = await accounts.request(SIGN_UP, {
      input: { email: 'gus@caregraph.example', password: 'a sound passphrase', displayName: 'Gus', role: 'CLIENT', consents: [{ kind: 'TERMS_OF_USE', version: '' }] },
    });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consents.0.version' });
    expect(await sql("select 1 from users where email = 'gus@caregraph.example'")).toHaveLength(0);
    expect(await accounts.mails()).not.toContainEqual(expect.objectContaining({ to: expect.stringContaining('gus@') }));

    const signUp = await accounts.request<{ signUp: boolean }>(SIGN_UP, {
      input: { email: 'gus@caregraph.example', password: 'a sound passphrase', displayName: 'Gus', role: 'CLIENT', consents: ALL },
    });
    expect(signUp.errors).toBeUndefined();
    const [gus] = await sql<{ id: string }>("select id from users where email = 'gus@caregraph.example'");
    const state = await stateOf(gus.id);
    expect(state.hasHealthDataConsent).toBe(true);
    expect(state.consents!.every((c) => c.upToDate)).toBe(true);
    expect(await history(gus.id)).toHaveLength(3);
  });

  it('asks again when a new version comes into force: the old acceptance is no longer up to date', async () => {
    const user = await accounts.signUp('hal@caregraph.example');
    await accounts.request(ACCEPT, { input: ALL }, callerFor(user));
    await sql(
      "insert into consent_documents (kind, version, title, url, effective_from) values ('HEALTH_DATA_PROCESSING', '2026-09', 'Consent to process your health data', 'https://caregraph.example/legal/health-data-consent/2026-09', now() - interval '1 second')",
    );
    const state = await stateOf(user.id);
    expect(state.hasHealthDataConsent).toBe(false);
    expect(state.consents).toContainEqual(expect.objectContaining({ kind: 'HEALTH_DATA_PROCESSING', given: true, version: '2026-01', currentVersion: '2026-09', upToDate: false }));
    expect((await accounts.request(ACCEPT, { input: [ALL[2]] }, callerFor(user))).errors?.[0].extensions).toMatchObject({ field: 'input.0.version' });
    await accounts.request(ACCEPT, { input: [{ kind: 'HEALTH_DATA_PROCESSING', version: '2026-09' }] }, callerFor(user));
    expect((await stateOf(user.id)).hasHealthDataConsent).toBe(true);
  });
});
