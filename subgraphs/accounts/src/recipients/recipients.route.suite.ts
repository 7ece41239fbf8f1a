import { SYSTEM_USER_ID } from '@caregraph/kernel';
import { ANONYMOUS } from '@caregraph/runtime/testing';
import { callerFor, createUser } from '../test/mfa-helpers';
import { startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { Role } from '../users/role';
import { RECIPIENTS_PATH } from './recipients.route';

const SYSTEM = { userId: SYSTEM_USER_ID, roles: ['SYSTEM' as const] };
const LOCK = 'mutation($input: AccountLockInput!) { lockUser(input: $input) { id } }';

describe('the recipients route the delivery worker asks', () => {
  let accounts: AccountsHarness;
  const url = () => accounts.subgraph.url.replace(/\/graphql$/, RECIPIENTS_PATH);
  const post = async (body: unknown, caller = SYSTEM, audience = 'accounts') =>
    fetch(url(), {
      method: 'POST',
      headers: { authorization: `Bearer ${await accounts.subgraph.signer.sign(audience, caller, '')}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  let client: string;
  let admin: string;
  let unconfirmed: string;

  beforeAll(async () => {
    accounts = await startAccounts();
    client = (await createUser(accounts, 'recipient-client@caregraph.example', Role.CLIENT)).id;
    admin = (await createUser(accounts, 'recipient-admin@caregraph.example', Role.ADMIN)).id;
    unconfirmed = (await accounts.signUp('recipient-new@caregraph.example')).id;
    await accounts.subgraph.db.orm.em.getConnection().execute('update users set email_verified_at = now() where id in (?, ?)', [client, admin]);
  });
  afterAll(() => accounts.stop());

  it('answers only the platform itself: no token 401, a token for another subgraph 401, a person (even an admin) 403, GET 405', async () => {
    expect((await fetch(url(), { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await post({ userIds: [] }, SYSTEM, 'bookings')).status).toBe(401);
    expect((await post({ userIds: [client] }, { userId: admin, roles: ['ADMIN'] } as never)).status).toBe(403);
    expect((await post({ userIds: [client] }, ANONYMOUS as never)).status).toBe(403);
    const asGet = await fetch(url(), { headers: { authorization: `Bearer ${await accounts.subgraph.signer.sign('accounts', SYSTEM, '')}` } });
    expect(asGet.status).toBe(405);
  });

  it('refuses a body that is not a list of at most 500 user ids, naming the field', async () => {
    for (const body of [{}, { userIds: 'x' }, { userIds: ['not-a-uuid'] }, { userIds: Array.from({ length: 501 }, () => client) }]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: expect.stringContaining('"userIds"') });
    }
    expect(await (await post({ userIds: [], admins: 'yes' })).json()).toEqual({ error: expect.stringContaining('"admins"') });
  });

  it('gives the address and role of active accounts with a confirmed address, and every admin when asked', async () => {
    const response = await post({ userIds: [client, unconfirmed, '00000000-0000-4000-8000-00000000abcd'] });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ recipients: [{ userId: client, email: 'recipient-client@caregraph.example', roles: ['CLIENT'] }] });
    const withAdmins = (await (await post({ userIds: [], admins: true })).json()) as { recipients: Array<{ userId: string; roles: string[] }> };
    expect(withAdmins.recipients).toContainEqual({ userId: admin, email: 'recipient-admin@caregraph.example', roles: ['ADMIN'] });
    expect(withAdmins.recipients.every((r) => r.roles.includes('ADMIN'))).toBe(true);
  });

  it('stops answering for an account once it is locked', async () => {
    expect(await (await post({ userIds: [client] })).json()).toEqual({ recipients: [expect.objectContaining({ userId: client })] });
    const locked = await accounts.request(LOCK, { input: { userId: client, reason: 'recipients test' } }, callerFor({ id: admin }, Role.ADMIN));
    expect(locked.errors).toBeUndefined();
    expect(await (await post({ userIds: [client] })).json()).toEqual({ recipients: [] });
  });
});
