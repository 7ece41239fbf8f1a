import type { Caller } from '@caregraph/kernel';
import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { bookingsSubgraph } from '../subgraph';

type Result = { errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };
const codeOf = (result: Result) => result.errors?.[0]?.extensions?.code;

describe('admins’ referral list', () => {
  let subgraph: TestSubgraph;
  const admin: Caller = { userId: randomUUID(), roles: ['ADMIN'] };
  const organisationId = randomUUID();
  const LIST = 'query($org: ID, $statuses: [ReferralStatus!]) { adminReferrals(organisationId: $org, statuses: $statuses, limit: 10) { total items { id status origin } } }';

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    const insert = (org: string | null, status: string) =>
      subgraph.db.orm.em.getConnection().execute(
        `insert into referrals (id, organisation_id, api_client_id, client_id, letter_date, idempotency_key, request_fingerprint, therapist_id, person_given_name, person_family_name, person_date_of_birth, person_email, person_consented_at, referrer_name, reason, conditions, urgency, funding_route, status, decline_reason, created_at, status_changed_at, updated_at)
         values (gen_random_uuid(), ?, ?, ?, ?, gen_random_uuid()::text, 'x', gen_random_uuid(), 'A', 'B', '1990-01-01', 'a@caregraph.example', now(), 'Dr E', 'Reason', '{}', 'ROUTINE', 'NHS', ?, ?, now(), now(), now())`,
        [org, org ? randomUUID() : null, org ? null : randomUUID(), org ? null : '2026-12-01', status, status === 'DECLINED' ? 'Not the right fit' : null],
      );
    await insert(organisationId, 'SUBMITTED');
    await insert(organisationId, 'DECLINED');
    await insert(randomUUID(), 'SUBMITTED');
    await insert(null, 'SUBMITTED');
  });
  afterAll(() => subgraph.stop());

  it("lists an organisation's referrals by state for admins, and no one else", async () => {
    const all = await subgraph.request<{ adminReferrals: { total: number; items: Array<{ origin: string }> } }>(LIST, {}, admin);
    expect(all.data!.adminReferrals.total).toBe(4);
    const theirs = await subgraph.request<{ adminReferrals: { total: number; items: Array<{ status: string }> } }>(LIST, { org: organisationId, statuses: ['DECLINED'] }, admin);
    expect(theirs.data!.adminReferrals).toEqual({ total: 1, items: [expect.objectContaining({ status: 'DECLINED', origin: 'ORGANISATION' })] });
    expect(codeOf(await subgraph.request(LIST, {}, { userId: randomUUID(), roles: ['THERAPIST'] }))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.request(LIST, {}, ANONYMOUS))).toBe('UNAUTHENTICATED');
    const content = await subgraph.request('query { adminReferrals(limit: 1) { items { reason } } }', {}, admin);
    expect(codeOf(content)).toBe('FORBIDDEN');
  });
});
