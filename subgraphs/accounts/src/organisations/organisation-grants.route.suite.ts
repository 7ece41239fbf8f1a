import { SYSTEM_USER_ID } from '@caregraph/kernel';
import { randomUUID } from 'node:crypto';
import { startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { ORGANISATION_GRANTS_PATH } from './organisation-grants.route';

const SYSTEM = { userId: SYSTEM_USER_ID, roles: ['SYSTEM' as const] };

describe("the organisations' grants route the delivery worker asks", () => {
  let accounts: AccountsHarness;
  const url = () => accounts.subgraph.url.replace(/\/graphql$/, ORGANISATION_GRANTS_PATH);
  const post = async (body: unknown, caller = SYSTEM) =>
    fetch(url(), {
      method: 'POST',
      headers: { authorization: `Bearer ${await accounts.subgraph.signer.sign('accounts', caller, '')}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const verified = randomUUID();
  const unverified = randomUUID();

  beforeAll(async () => {
    accounts = await startAccounts();
    const sql = accounts.subgraph.db.orm.em.getConnection();
    await sql.execute(
      `insert into organisations (id, name, kind, granted_scopes, verified_at, created_at, updated_at) values
       (?, 'Verified practice (made up)', 'OTHER', '{referrals:read,events:manage}', now(), now(), now()),
       (?, 'Unverified practice (made up)', 'OTHER', '{referrals:read}', null, now(), now())`,
      [verified, unverified],
    );
  });
  afterAll(() => accounts.stop());

  it('answers only the platform itself', async () => {
    expect((await fetch(url(), { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await post({ organisationIds: [verified] }, { userId: randomUUID(), roles: ['ADMIN'] } as never)).status).toBe(403);
  });

  it('refuses a body that is not a list of at most 500 organisation ids, naming the field', async () => {
    for (const body of [{}, { organisationIds: 'x' }, { organisationIds: ['nope'] }, { organisationIds: Array.from({ length: 501 }, () => verified) }]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: expect.stringContaining('"organisationIds"') });
    }
  });

  it('gives the scopes of verified organisations only, as they are now', async () => {
    const response = await post({ organisationIds: [verified, unverified, randomUUID()] });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ organisations: [{ organisationId: verified, scopes: ['referrals:read', 'events:manage'] }] });
    await accounts.subgraph.db.orm.em.getConnection().execute(`update organisations set granted_scopes = '{organisation:read}' where id = ?`, [verified]);
    expect(await (await post({ organisationIds: [verified] })).json()).toEqual({ organisations: [{ organisationId: verified, scopes: ['organisation:read'] }] });
  });
});
