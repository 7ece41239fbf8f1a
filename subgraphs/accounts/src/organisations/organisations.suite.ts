import type { Caller } from '@caregraph/kernel';
import { ANONYMOUS } from '@caregraph/runtime/testing';
import { startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { callerFor, createUser } from '../test/mfa-helpers';
import { Role } from '../users/role';

const CREATE = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name kind odsCode verified grantedScopes } }';
const VERIFY = 'mutation($id: ID!) { verifyOrganisation(id: $id) { id verified verifiedAt } }';
const SCOPES = 'mutation($input: SetOrganisationScopesInput!) { setOrganisationScopes(input: $input) { id grantedScopes } }';
const ADD_MEMBER = 'mutation($input: AddOrganisationMemberInput!) { addOrganisationMember(input: $input) { id members { role user { id } } } }';
const REMOVE_MEMBER = 'mutation($input: RemoveOrganisationMemberInput!) { removeOrganisationMember(input: $input) { id members { role user { id } } } }';
const ORGANISATION = 'query($id: ID!) { organisation(id: $id) { id name members { role user { id } } } }';
const ORGANISATION_CLIENTS = 'query($id: ID!) { organisation(id: $id) { id apiClients { id name scopes active } history { action subjectId details } } }';
const MINE = '{ myOrganisations { role organisation { id name } } }';
const ADMIN_LIST = 'query($filter: AdminOrganisationFilter) { adminOrganisations(filter: $filter) { total items { name verified } } }';
const CREATE_CLIENT = 'mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { clientSecret apiClient { id name scopes active } } }';
const ROTATE = 'mutation($input: RotateApiClientSecretInput!) { rotateApiClientSecret(input: $input) { clientSecret apiClient { id previousSecretExpiresAt } } }';
const REVOKE = 'mutation($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { id active revokedAt } }';
const CURRENT = '{ currentApiClient { id name scopes } currentOrganisation { id name } }';

describe('organisations and their API clients', () => {
  let accounts: AccountsHarness;
  let admin: Caller;
  let practiceAdmin: Caller;
  let practiceMember: Caller;
  let outsider: Caller;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => accounts.subgraph.db.orm.em.getConnection().execute<T[]>(query, params);
  const codeOf = (result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;
  let seq = 0;
  const gpCode = () => `B${String(81000 + (seq += 1)).padStart(5, '0')}`;

  async function verifiedPractice(scopes = ['REFERRALS_WRITE', 'REFERRALS_READ', 'ORGANISATION_READ']): Promise<string> {
    const created = await accounts.request<{ createOrganisation: { id: string } }>(CREATE, { input: { name: `Meadow Lane Surgery ${seq}`, kind: 'GP_PRACTICE', odsCode: gpCode(), grantedScopes: scopes } }, admin);
    const id = created.data!.createOrganisation.id;
    expect(codeOf(await accounts.request(VERIFY, { id }, admin))).toBeUndefined();
    return id;
  }

  beforeAll(async () => {
    accounts = await startAccounts();
    admin = callerFor(await createUser(accounts, 'org-admin-root@caregraph.example', Role.ADMIN), Role.ADMIN);
    practiceAdmin = callerFor(await createUser(accounts, 'practice-manager@caregraph.example', Role.CLIENT));
    practiceMember = callerFor(await createUser(accounts, 'practice-nurse@caregraph.example', Role.CLIENT));
    outsider = callerFor(await createUser(accounts, 'someone-else@caregraph.example', Role.THERAPIST), Role.THERAPIST);
  });
  afterAll(() => accounts.stop());

  it('lets only admins create organisations, checks the ODS code against the kind, and records the change', async () => {
    const input = { name: 'Riverside Surgery', kind: 'GP_PRACTICE', odsCode: ' c81002 ', grantedScopes: ['REFERRALS_WRITE'] };
    expect(codeOf(await accounts.request(CREATE, { input }, ANONYMOUS))).toBe('UNAUTHENTICATED');
    expect(codeOf(await accounts.request(CREATE, { input }, outsider))).toBe('FORBIDDEN');
    const bad = [
      [{ ...input, odsCode: null }, 'odsCode'],
      [{ ...input, odsCode: 'RX4' }, 'odsCode'],
      [{ ...input, kind: 'NHS_TRUST', odsCode: 'R-X4' }, 'odsCode'],
      [{ ...input, name: ' ' }, 'name'],
    ] as const;
    for (const [wrong, field] of bad) {
      const result = await accounts.request(CREATE, { input: wrong }, admin);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors)).toContain(field);
    }
    expect(await sql('select 1 from organisations')).toHaveLength(0);
    const created = await accounts.request<{ createOrganisation: { id: string; odsCode: string; verified: boolean; grantedScopes: string[] } }>(CREATE, { input }, admin);
    expect(created.data!.createOrganisation).toMatchObject({ odsCode: 'C81002', verified: false, grantedScopes: ['REFERRALS_WRITE'] });
    const again = await accounts.request(CREATE, { input: { ...input, name: 'Another' } }, admin);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.field).toBe('odsCode');
    const history = await sql<{ action: string; actor_id: string }>('select action, actor_id from organisation_audit where organisation_id = ?', [created.data!.createOrganisation.id]);
    expect(history).toEqual([{ action: 'CREATED', actor_id: admin.userId }]);
  });

  it('creates one organisation when 50 identical requests with one ODS code arrive together', async () => {
    const input = { name: 'Twin Oaks Practice', kind: 'GP_PRACTICE', odsCode: 'D81003', grantedScopes: [] };
    const results = await Promise.all(Array.from({ length: 50 }, () => accounts.request(CREATE, { input }, admin)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(new Set(results.filter((r) => r.errors).map(codeOf))).toEqual(new Set(['CONFLICT']));
    expect(await sql("select 1 from organisations where ods_code = 'D81003'")).toHaveLength(1);
  });

  it('verifies once, lists unverified organisations first for admins, and hides organisations from outsiders', async () => {
    const id = await verifiedPractice();
    expect(codeOf(await accounts.request(VERIFY, { id }, admin))).toBe('CONFLICT');
    const list = await accounts.request<{ adminOrganisations: { total: number; items: Array<{ verified: boolean }> } }>(ADMIN_LIST, {}, admin);
    const flags = list.data!.adminOrganisations.items.map((o) => o.verified);
    expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
    expect(codeOf(await accounts.request(ADMIN_LIST, {}, outsider))).toBe('FORBIDDEN');
    expect(codeOf(await accounts.request(ORGANISATION, { id }, outsider))).toBe('NOT_FOUND');
    expect(codeOf(await accounts.request(ORGANISATION, { id }, ANONYMOUS))).toBe('UNAUTHENTICATED');
    expect(codeOf(await accounts.request(ORGANISATION, { id: '00000000-0000-4000-8000-00000000abcd' }, admin))).toBe('NOT_FOUND');
    expect(codeOf(await accounts.request(ORGANISATION, { id: 'not-an-id' }, admin))).toBe('NOT_FOUND');
  });

  it('adds and removes members; members see the organisation, only admins its clients and history', async () => {
    const id = await verifiedPractice();
    const unknown = await accounts.request(ADD_MEMBER, { input: { organisationId: id, email: 'nobody@caregraph.example', role: 'MEMBER' } }, admin);
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(codeOf(await accounts.request(ADD_MEMBER, { input: { organisationId: id, email: 'practice-manager@caregraph.example', role: 'ADMIN' } }, practiceAdmin))).toBe('FORBIDDEN');
    await accounts.request(ADD_MEMBER, { input: { organisationId: id, email: 'PRACTICE-MANAGER@caregraph.example', role: 'ADMIN' } }, admin);
    await accounts.request(ADD_MEMBER, { input: { organisationId: id, email: 'practice-nurse@caregraph.example', role: 'MEMBER' } }, admin);
    expect(codeOf(await accounts.request(ADD_MEMBER, { input: { organisationId: id, email: 'practice-nurse@caregraph.example', role: 'MEMBER' } }, admin))).toBe('CONFLICT');
    const seen = await accounts.request<{ organisation: { members: unknown[] } }>(ORGANISATION, { id }, practiceMember);
    expect(seen.data!.organisation.members).toHaveLength(2);
    expect(codeOf(await accounts.request(ORGANISATION_CLIENTS, { id }, practiceMember))).toBe('FORBIDDEN');
    expect(codeOf(await accounts.request(ORGANISATION_CLIENTS, { id }, practiceAdmin))).toBeUndefined();
    const mine = await accounts.request<{ myOrganisations: Array<{ role: string; organisation: { id: string } }> }>(MINE, {}, practiceMember);
    expect(mine.data!.myOrganisations).toContainEqual({ role: 'MEMBER', organisation: expect.objectContaining({ id }) });
    const exported = await accounts.request<{ exportMyData: { account: { organisations: unknown[] } } }>('{ exportMyData { account } }', {}, practiceMember);
    expect(exported.data!.exportMyData.account.organisations).toContainEqual({ organisation: expect.stringContaining('Meadow Lane Surgery'), role: 'MEMBER', addedAt: expect.any(String) });
    const removed = await accounts.request<{ removeOrganisationMember: { members: unknown[] } }>(REMOVE_MEMBER, { input: { organisationId: id, userId: practiceMember.userId } }, admin);
    expect(removed.data!.removeOrganisationMember.members).toHaveLength(1);
    expect(codeOf(await accounts.request(ORGANISATION, { id }, practiceMember))).toBe('NOT_FOUND');
    expect(codeOf(await accounts.request(REMOVE_MEMBER, { input: { organisationId: id, userId: practiceMember.userId } }, admin))).toBe('NOT_FOUND');
  });

  it("lets the organisation's admins create, rotate and revoke clients, secrets shown once and stored hashed", async () => {
    const id = await verifiedPractice(['REFERRALS_WRITE', 'ORGANISATION_READ']);
    await accounts.request(ADD_MEMBER, { input: { organisationId: id, email: 'practice-manager@caregraph.example', role: 'ADMIN' } }, admin);
    const notGiven = await accounts.request(CREATE_CLIENT, { input: { organisationId: id, name: 'Referrals', scopes: ['EVENTS_MANAGE'] } }, practiceAdmin);
    expect(codeOf(notGiven)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(notGiven.errors)).toContain('events:manage');
    expect(codeOf(await accounts.request(CREATE_CLIENT, { input: { organisationId: id, name: 'Referrals', scopes: [] } }, practiceAdmin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await accounts.request(CREATE_CLIENT, { input: { organisationId: id, name: 'Referrals', scopes: ['REFERRALS_WRITE'] } }, outsider))).toBe('NOT_FOUND');
    const created = await accounts.request<{ createApiClient: { clientSecret: string; apiClient: { id: string; scopes: string[] } } }>(
      CREATE_CLIENT, { input: { organisationId: id, name: 'Practice referrals', scopes: ['REFERRALS_WRITE'] } }, practiceAdmin);
    const { clientSecret, apiClient } = created.data!.createApiClient;
    expect(clientSecret).toMatch(/^cgs_[A-Za-z0-9_-]{43}$/);
    expect(apiClient.scopes).toEqual(['REFERRALS_WRITE']);
    const [row] = await sql<{ secret_hash: string }>('select secret_hash from api_clients where id = ?', [apiClient.id]);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await sql('select * from api_clients'))).not.toContain(clientSecret);
    expect(JSON.stringify(await sql('select * from organisation_audit'))).not.toContain(clientSecret);
    const listed = await accounts.request<{ organisation: { apiClients: Array<Record<string, unknown>> } }>(ORGANISATION_CLIENTS, { id }, practiceAdmin);
    expect(JSON.stringify(listed)).not.toContain(clientSecret);

    const rotated = await accounts.request<{ rotateApiClientSecret: { clientSecret: string; apiClient: { previousSecretExpiresAt: string } } }>(ROTATE, { input: { apiClientId: apiClient.id, keepPreviousForMinutes: 30 } }, practiceAdmin);
    expect(rotated.data!.rotateApiClientSecret.clientSecret).not.toBe(clientSecret);
    expect(Date.parse(rotated.data!.rotateApiClientSecret.apiClient.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(codeOf(await accounts.request(ROTATE, { input: { apiClientId: apiClient.id, keepPreviousForMinutes: 10081 } }, practiceAdmin))).toBe('BAD_USER_INPUT');

    const revocations = await Promise.all(Array.from({ length: 20 }, () => accounts.request(REVOKE, { input: { apiClientId: apiClient.id } }, practiceAdmin)));
    expect(revocations.filter((r) => !r.errors)).toHaveLength(1);
    expect(new Set(revocations.filter((r) => r.errors).map(codeOf))).toEqual(new Set(['CONFLICT']));
    expect(codeOf(await accounts.request(ROTATE, { input: { apiClientId: apiClient.id, keepPreviousForMinutes: 0 } }, practiceAdmin))).toBe('CONFLICT');
    const history = await accounts.request<{ organisation: { history: Array<{ action: string }> } }>(ORGANISATION_CLIENTS, { id }, practiceAdmin);
    expect(history.data!.organisation.history.map((h) => h.action).slice(0, 3)).toEqual(['API_CLIENT_REVOKED', 'API_CLIENT_SECRET_ROTATED', 'API_CLIENT_CREATED']);
    await expect(sql('update organisation_audit set action = ? where organisation_id = ?', ['CREATED', id])).rejects.toThrow(/append-only|not allowed|cannot/i);
  });

  it('refuses clients for an unverified organisation, and stops at 20 working clients however many requests race', async () => {
    const created = await accounts.request<{ createOrganisation: { id: string } }>(CREATE, { input: { name: 'Pending Practice', kind: 'EMPLOYER_PROGRAMME', grantedScopes: ['REFERRALS_WRITE'] } }, admin);
    const pending = created.data!.createOrganisation.id;
    expect(codeOf(await accounts.request(CREATE_CLIENT, { input: { organisationId: pending, name: 'Too early', scopes: ['REFERRALS_WRITE'] } }, admin))).toBe('CONFLICT');
    const id = await verifiedPractice(['REFERRALS_WRITE']);
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => accounts.request(CREATE_CLIENT, { input: { organisationId: id, name: `System ${i}`, scopes: ['REFERRALS_WRITE'] } }, admin)));
    expect(results.filter((r) => !r.errors)).toHaveLength(20);
    expect(new Set(results.filter((r) => r.errors).map(codeOf))).toEqual(new Set(['CONFLICT']));
    expect(await sql('select 1 from api_clients where organisation_id = ?', [id])).toHaveLength(20);
  });

  it('narrows clients when the organisation loses a scope, and ends their tokens', async () => {
    const id = await verifiedPractice(['REFERRALS_WRITE', 'REFERRALS_READ']);
    const created = await accounts.request<{ createApiClient: { apiClient: { id: string } } }>(CREATE_CLIENT, { input: { organisationId: id, name: 'Both', scopes: ['REFERRALS_WRITE', 'REFERRALS_READ'] } }, admin);
    const clientId = created.data!.createApiClient.apiClient.id;
    const [before] = await sql<{ token_family_id: string }>('select token_family_id from api_clients where id = ?', [clientId]);
    await accounts.request(SCOPES, { input: { organisationId: id, grantedScopes: ['REFERRALS_READ'] } }, admin);
    const [after] = await sql<{ scopes: string[]; token_family_id: string }>('select scopes, token_family_id from api_clients where id = ?', [clientId]);
    expect(after.scopes).toEqual(['referrals:read']);
    expect(after.token_family_id).not.toBe(before.token_family_id);
    expect(await sql('select 1 from session_revocations where session_id = ?', [before.token_family_id])).toHaveLength(1);
  });

  it("answers a machine only about its own organisation and client, and never as a person", async () => {
    const id = await verifiedPractice(['ORGANISATION_READ', 'REFERRALS_WRITE']);
    const created = await accounts.request<{ createApiClient: { apiClient: { id: string } } }>(CREATE_CLIENT, { input: { organisationId: id, name: 'Reader', scopes: ['ORGANISATION_READ'] } }, admin);
    const clientId = created.data!.createApiClient.apiClient.id;
    const machine: Caller = { userId: null, roles: [], machine: { clientId, organisationId: id, scopes: ['organisation:read'] } };
    const current = await accounts.request<{ currentApiClient: { id: string }; currentOrganisation: { id: string } }>(CURRENT, {}, machine);
    expect(current.data).toEqual({ currentApiClient: expect.objectContaining({ id: clientId }), currentOrganisation: expect.objectContaining({ id }) });
    const other = await verifiedPractice();
    expect(codeOf(await accounts.request(ORGANISATION, { id: other }, machine))).toBe('NOT_FOUND');
    // Its own organisation, but not its people or its clients.
    expect(codeOf(await accounts.request('query($id: ID!) { organisation(id: $id) { name } }', { id }, machine))).toBeUndefined();
    expect(codeOf(await accounts.request(ORGANISATION, { id }, machine))).toBe('FORBIDDEN');
    const withoutScope: Caller = { userId: null, roles: [], machine: { clientId, organisationId: id, scopes: ['referrals:write'] } };
    const refused = await accounts.request(CURRENT, {}, withoutScope);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toContain('organisation:read');
    expect(codeOf(await accounts.request('{ me { id } }', {}, machine))).toBe('UNAUTHENTICATED');
    expect(codeOf(await accounts.request(MINE, {}, machine))).toBe('UNAUTHENTICATED');
    expect(codeOf(await accounts.request(CREATE_CLIENT, { input: { organisationId: id, name: 'Self-made', scopes: ['ORGANISATION_READ'] } }, machine))).toBe('UNAUTHENTICATED');
    expect(codeOf(await accounts.request(CURRENT, {}, practiceAdmin))).toBe('UNAUTHENTICATED');
  });
});
