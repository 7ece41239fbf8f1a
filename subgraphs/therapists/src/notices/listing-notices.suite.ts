import { SYSTEM_USER_ID } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { therapistsSubgraph } from '../subgraph';
import { adminCaller, clientCaller, COMPLETE_FIELDS, listingApi, therapistCaller } from '../test/listing-api';
import { THERAPIST_USERS_PATH } from './therapist-users.route';

const SYSTEM = { userId: SYSTEM_USER_ID, roles: ['SYSTEM' as const] };

/** A listing's notices to its therapist, recorded with the change, and the route the delivery worker asks. */
describe('what a therapist hears about their listing', () => {
  let subgraph: TestSubgraph;
  let api: ReturnType<typeof listingApi>;
  const owner = therapistCaller();
  const admin = adminCaller();
  let id: string;
  let version: number;
  const outbox = () =>
    subgraph.db.orm.em.getConnection().execute<Array<{ kind: string; payload: { recipients: unknown[]; facts: Record<string, unknown> } }>>(
      "select kind, payload from outbox_events where payload -> 'facts' ->> 'therapistId' = ? order by occurred_at, id",
      [id],
    );

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    api = listingApi(subgraph);
    const created = await api.create({ displayName: 'Noor Vale', hcpcNumber: 'OT20001' }, owner);
    id = created.data!.result.id;
    version = (await api.update(id, created.data!.result.version, COMPLETE_FIELDS, owner)).data!.result.version;
    version = (await api.step('submit', id, version, owner)).data!.result.version;
  });
  afterAll(() => subgraph.stop());

  it('tells nobody of the therapist\'s own steps (creating, editing, submitting)', async () => {
    expect(await outbox()).toEqual([]);
  });

  it('records an admin\'s decision with the admin\'s message, in the decision\'s transaction, for the listing\'s therapist only', async () => {
    version = (await api.step('requestChanges', id, version, admin)).data!.result.version;
    expect(await outbox()).toEqual([
      { kind: 'listing.moderated', payload: { recipients: [{ kind: 'therapist', therapistId: id }], facts: { therapistId: id, decision: 'CHANGES_REQUESTED', message: 'Please add a photo.' } } },
    ]);
  });

  it('records nothing for a refused decision (a stale version, a step the listing cannot take)', async () => {
    const before = (await outbox()).length;
    expect((await api.step('suspend', id, version - 1, admin)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await api.step('reinstate', id, version, admin)).errors).toBeDefined();
    expect(await outbox()).toHaveLength(before);
  });

  it('records a lapsed HCPC registration', async () => {
    const lapsed = await subgraph.request<{ markTherapistHcpcLapsed: { version: number } }>(
      'mutation($id: ID!, $v: Int!) { markTherapistHcpcLapsed(id: $id, expectedVersion: $v, notes: "Not on the register today.") { version } }',
      { id, v: version },
      admin,
    );
    expect(lapsed.errors).toBeUndefined();
    expect((await outbox()).at(-1)).toEqual({ kind: 'listing.hcpc-lapsed', payload: { recipients: [{ kind: 'therapist', therapistId: id }], facts: { therapistId: id } } });
  });

  describe('POST /internal/therapist-users', () => {
    const url = () => subgraph.url.replace(/\/graphql$/, THERAPIST_USERS_PATH);
    const post = async (body: unknown, caller: { userId: string | null; roles: string[] } = SYSTEM) =>
      fetch(url(), {
        method: 'POST',
        headers: { authorization: `Bearer ${await subgraph.signer.sign('therapists', caller as never, '')}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    it('answers the platform itself with the user behind each listing, leaving unknown ids out', async () => {
      const response = await post({ therapistIds: [id, '00000000-0000-4000-8000-00000000abcd'] });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ therapists: [{ therapistId: id, userId: owner.userId }] });
    });

    it('refuses anyone else (401 without a token, 403 for a person) and a malformed body (400 naming the field)', async () => {
      expect((await fetch(url(), { method: 'POST', body: '{}' })).status).toBe(401);
      expect((await post({ therapistIds: [id] }, admin)).status).toBe(403);
      expect((await post({ therapistIds: [id] }, clientCaller())).status).toBe(403);
      for (const body of [{}, { therapistIds: ['x'] }, { therapistIds: Array.from({ length: 501 }, () => id) }]) {
        const response = await post(body);
        expect(response.status).toBe(400);
        expect(await response.json()).toEqual({ error: expect.stringContaining('"therapistIds"') });
      }
    });
  });
});
