import type { Caller } from '@caregraph/kernel';
import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bookingsSubgraph } from '../subgraph';

const SUBMIT = `mutation($input: SubmitGpLetterInput!, $key: String!) { submitGpLetter(input: $input, idempotencyKey: $key) { id status origin fundingRoute urgency } }`;
const MINE = '{ myReferrals { id origin status referrerName person { email givenName } } }';
const INBOX = '{ referralInbox { edges { node { id origin reason } } } }';
const ORGANISATION = '{ organisationReferrals { totalCount } }';

type Result = { errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };
const codeOf = (result: Result) => result.errors?.[0]?.extensions?.code;
const fieldOf = (result: Result) => result.errors?.[0]?.extensions?.field;

function subjectOf(header: string | string[] | undefined): string | undefined {
  const payload = typeof header === 'string' ? header.split('.')[1] : undefined;
  return payload ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: string }).sub : undefined;
}

describe('a GP letter the client enters themselves', () => {
  let subgraph: TestSubgraph;
  let graph: http.Server;
  const listing = randomUUID();
  const hiddenListing = randomUUID();
  const client: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
  const withoutConsent: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
  const therapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const practice: Caller = { userId: null, roles: [], machine: { clientId: randomUUID(), organisationId: randomUUID(), scopes: ['referrals:read', 'referrals:write'] } };
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => subgraph.db.orm.em.getConnection().execute<T[]>(query, params);
  const today = new Date().toISOString().slice(0, 10);
  const input = (fields: Record<string, unknown> = {}) => ({
    therapistId: listing,
    givenName: 'Robin',
    familyName: 'Example',
    dateOfBirth: '1992-03-04',
    referrerName: 'Dr D. Example, Eastside Surgery (made up)',
    letterDate: today,
    reason: 'Anxiety getting in the way of leaving the house; the letter asks for help with a daily routine.',
    conditions: ['ANXIETY'],
    urgency: 'ROUTINE',
    ...fields,
  });
  const submit = (fields: Record<string, unknown> = {}, key: string = randomUUID(), caller: Caller = client) => subgraph.request<{ submitGpLetter: { id: string; status: string; origin: string; fundingRoute: string } }>(SUBMIT, { input: input(fields), key }, caller);

  beforeAll(async () => {
    graph = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, string> };
        const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
        const caller = subjectOf(req.headers['x-caregraph-delegation']);
        let data: unknown = null;
        if (operation === 'BookingsGpLetterFacts') {
          data = {
            therapist: variables.id === listing ? { listed: true } : variables.id === hiddenListing ? { listed: false } : null,
            me: { email: `${caller}@caregraph.example` },
            healthDataConsent: { hasHealthDataConsent: variables.clientId !== withoutConsent.userId },
          };
        } else if (operation === 'BookingsCallerListing') data = { me: { therapistProfile: caller === therapist.userId ? { id: listing } : null } };
        else if (operation === 'BookingsReferralPerson') data = { me: { email: `${caller}@caregraph.example`, emailVerified: true } };
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data }));
      });
    });
    await new Promise<void>((resolve) => graph.listen(0, '127.0.0.1', resolve));
    subgraph = await startTestSubgraph(bookingsSubgraph, { gatewayUrl: `http://127.0.0.1:${(graph.address() as AddressInfo).port}/graphql` });
  });
  afterAll(async () => {
    await subgraph.stop();
    await new Promise((resolve) => graph.close(resolve));
  });

  it("becomes a SUBMITTED referral that is the client's from the start and in the therapist's inbox, told to no organisation", async () => {
    const result = await submit();
    expect(result.errors).toBeUndefined();
    const referral = result.data!.submitGpLetter;
    expect(referral).toMatchObject({ status: 'SUBMITTED', origin: 'GP_LETTER', fundingRoute: 'NHS' });
    const mine = await subgraph.request<{ myReferrals: Array<{ id: string; origin: string; person: { email: string } }> }>(MINE, {}, client);
    expect(mine.data!.myReferrals).toContainEqual(expect.objectContaining({ id: referral.id, origin: 'GP_LETTER', person: expect.objectContaining({ email: `${client.userId}@caregraph.example` }) }));
    const inbox = await subgraph.request<{ referralInbox: { edges: Array<{ node: { id: string; origin: string } }> } }>(INBOX, {}, therapist);
    expect(inbox.data!.referralInbox.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ id: referral.id, origin: 'GP_LETTER' }));
    expect((await subgraph.request<{ organisationReferrals: { totalCount: number } }>(ORGANISATION, {}, practice)).data!.organisationReferrals.totalCount).toBe(0);
    expect(await sql('select organisation_id, api_client_id, client_id from referrals where id = ?', [referral.id])).toEqual([{ organisation_id: null, api_client_id: null, client_id: client.userId }]);
    expect(await sql('select kind from outbox_events where payload::text like ?', [`%${referral.id}%`])).toEqual([]);
  });

  it('is for signed-in clients only, with consent to the processing of health data', async () => {
    expect(codeOf(await submit({}, randomUUID(), ANONYMOUS))).toBe('UNAUTHENTICATED');
    expect(codeOf(await submit({}, randomUUID(), therapist))).toBe('FORBIDDEN');
    expect(codeOf(await submit({}, randomUUID(), practice))).toBe('UNAUTHENTICATED');
    const refused = await submit({}, randomUUID(), withoutConsent);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toContain('consent');
    expect(await sql('select 1 from referrals where client_id = ?', [withoutConsent.userId])).toHaveLength(0);
  });

  it('names the field of bad input and records nothing', async () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const old = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
    const before = await sql('select count(*)::int as n from referrals');
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ dateOfBirth: '2015-01-01' }, 'dateOfBirth'],
      [{ letterDate: future }, 'letterDate'],
      [{ letterDate: old }, 'letterDate'],
      [{ reason: ' ' }, 'reason'],
      [{ referrerName: 'x' }, 'referrerName'],
      [{ therapistId: hiddenListing }, 'therapistId'],
      [{ therapistId: randomUUID() }, 'therapistId'],
    ];
    for (const [fields, field] of bad) {
      const result = await submit(fields);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldOf(result) ?? JSON.stringify(result.errors)).toContain(field);
    }
    expect(await sql('select count(*)::int as n from referrals')).toEqual(before);
  });

  it('makes one referral of 50 identical letters under one key, and refuses the key for a different letter', async () => {
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 50 }, () => submit({}, key)));
    expect(results.find((r) => r.errors)?.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.submitGpLetter.id)).size).toBe(1);
    const different = await submit({ urgency: 'SOON' }, key);
    expect([codeOf(different), fieldOf(different)]).toEqual(['CONFLICT', 'idempotencyKey']);
    // Another client's keys are their own.
    const other: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
    expect((await submit({}, key, other)).errors).toBeUndefined();
  });
});
