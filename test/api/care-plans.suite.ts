// Care plans through the gateway, with the whole platform running: creating a plan asks bookings (through the
// graph, as the therapist) for the care relationship, and bookings asks therapists who the therapist is — two
// delegation hops; a review tied to a session has bookings confirm it was completed; content reaches only the
// client and their therapist.
import { DEMO_PASSWORD } from '@caregraph/demo-data';
import { demoId, demoRoster } from '@caregraph/demo-data';
import { graphqlRequest, type GraphQLResult } from '@caregraph/kernel/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { platformDatabaseUrl, type RunningPlatform } from '../support/platform';
import { apiPlatform } from './api-platform';

const CREATE = `mutation($input: CreateCarePlanInput!) { createCarePlan(input: $input) { id status version therapist { id } client { id } } }`;
const ACTIVATE = 'mutation($id: ID!, $v: Int!) { setCarePlanStatus(id: $id, expectedVersion: $v, status: ACTIVE) { version } }';
const REVIEW = `mutation($id: ID!, $v: Int!, $input: ProgressReviewInput!) {
  recordProgressReview(carePlanId: $id, expectedVersion: $v, input: $input) { id reviewedAt booking { id startsAt status } }
}`;
const MY_PLANS = '{ me { carePlans { id status summary goals { description } reviews { id } } } }';
const PLAN = 'query($id: ID!) { carePlan(id: $id) { id status summary } }';
const MY_BOOKINGS = '{ me { bookings(first: 20) { edges { node { id status progressReview { notes copmPerformance } } } } } }';

describe('care plans through the gateway', () => {
  const roster = demoRoster();
  // Client 20 has sessions with their therapist but no plan yet; client 1 has a seeded plan with reviews.
  const newClient = roster.users.find((u) => u.email === 'client20@caregraph.example')!;
  const seededClient = roster.users.find((u) => u.email === 'client01@caregraph.example')!;
  const listingId = roster.bookings.find((b) => b.clientId === newClient.id)!.therapistId;
  const therapistUser = roster.users.find((u) => u.id === roster.therapists.find((t) => t.id === listingId)!.userId)!;
  const otherTherapistUser = roster.users.find((u) => u.role === 'THERAPIST' && u.id !== therapistUser.id && roster.therapists.some((t) => t.userId === u.id && t.status === 'APPROVED'))!;
  let platform: RunningPlatform;
  let db: Client;

  const login = async (email: string) => {
    const result = await graphqlRequest<{ login: { accessToken: string } }>(platform.urls.gateway, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email, password: DEMO_PASSWORD },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.login.accessToken;
  };
  const as = (token: string) => <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> =>
    graphqlRequest<T>(platform.urls.gateway, query, variables, { authorization: `Bearer ${token}` });

  beforeAll(async () => {
    platform = await apiPlatform();
    db = new Client({ connectionString: platformDatabaseUrl(platform, 'care-plans') });
    await db.connect();
  }, 120_000);

  afterAll(() => db?.end());

  it('lets a therapist with a care relationship create, activate and review a plan the client then sees; refuses one without', async () => {
    const therapist = as(await login(therapistUser.email));
    const input = {
      clientId: newClient.id,
      focusConditions: ['ANXIETY'],
      summary: 'Feel able to leave the house on weekday mornings',
      startDate: new Date().toISOString().slice(0, 10),
      goals: [{ description: 'Walk to the corner shop and back twice a week', category: 'SOCIAL_CONFIDENCE' }],
    };
    const stranger = await as(await login(otherTherapistUser.email))(CREATE, { input });
    expect(stranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const created = await therapist<{ createCarePlan: { id: string; status: string; version: number; therapist: { id: string } } }>(CREATE, { input });
    expect(created.errors).toBeUndefined();
    const plan = created.data!.createCarePlan;
    expect(plan).toMatchObject({ status: 'DRAFT', therapist: { id: listingId } });
    const activated = await therapist<{ setCarePlanStatus: { version: number } }>(ACTIVATE, { id: plan.id, v: plan.version });
    expect(activated.errors).toBeUndefined();

    // The session must be a completed one of this therapist and client: bookings says which.
    const completed = roster.bookings.find((b) => b.clientId === newClient.id && b.status === 'COMPLETED')!;
    const upcoming = roster.bookings.find((b) => b.clientId === newClient.id && b.status === 'CONFIRMED')!;
    const early = await therapist(REVIEW, { id: plan.id, v: activated.data!.setCarePlanStatus.version, input: { notes: 'Not yet', bookingId: upcoming.id } });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.bookingId' });
    const reviewed = await therapist<{ recordProgressReview: { booking: { id: string; status: string } } }>(REVIEW, {
      id: plan.id,
      v: activated.data!.setCarePlanStatus.version,
      input: { notes: 'Agreed where to start', bookingId: completed.id, phq9: [1, 1, 1, 1, 0, 0, 1, 0, 0] },
    });
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data!.recordProgressReview.booking).toEqual({ id: completed.id, startsAt: completed.startsAt.toISOString(), status: 'COMPLETED' });

    const client = as(await login(newClient.email));
    const mine = await client<{ me: { carePlans: Array<Record<string, unknown>> } }>(MY_PLANS);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.me.carePlans).toEqual([
      expect.objectContaining({ id: plan.id, status: 'ACTIVE', goals: [{ description: 'Walk to the corner shop and back twice a week' }], reviews: [expect.anything()] }),
    ]);
    const audit = await db.query('select action, record_type from care_plan_access_log where care_plan_id = $1', [plan.id]);
    expect(audit.rows).toEqual(expect.arrayContaining([
      { action: 'CREATE', record_type: 'CarePlan' },
      { action: 'CREATE', record_type: 'ProgressReview' },
      { action: 'READ', record_type: 'CarePlan' },
    ]));
  });

  it("shows a session's progress review to the client in their bookings, and the plan to nobody else", async () => {
    const client = as(await login(seededClient.email));
    const bookings = await client<{ me: { bookings: { edges: Array<{ node: { progressReview: { notes: string } | null } }> } } }>(MY_BOOKINGS);
    expect(bookings.errors).toBeUndefined();
    expect(bookings.data!.me.bookings.edges.some((e) => e.node.progressReview !== null)).toBe(true);
    const planId = demoId('care-plan:0');
    const someoneElse = as(await login('client02@caregraph.example'));
    expect((await someoneElse(PLAN, { id: planId })).data).toEqual({ carePlan: null });
    expect((await client(PLAN, { id: planId })).data).toMatchObject({ carePlan: { id: planId } });
  });

  it("records the gateway's own request id in the access log, never one the client chose", async () => {
    const token = await login(seededClient.email);
    const planId = demoId('care-plan:0');
    const chosen = `client-chosen-${randomBytes(4).toString('hex')}`;
    const response = await fetch(platform.urls.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': chosen },
      body: JSON.stringify({ query: PLAN, variables: { id: planId } }),
    });
    expect(((await response.json()) as GraphQLResult).errors).toBeUndefined();
    const gatewayId = response.headers.get('x-request-id');
    expect(gatewayId).toMatch(/^[0-9a-f-]{36}$/);
    const rows = await db.query('select request_id from care_plan_access_log where care_plan_id = $1 and request_id in ($2, $3)', [planId, chosen, gatewayId]);
    expect(rows.rows).toEqual([{ request_id: gatewayId }]);
    expect((await db.query('select count(*) from care_plan_access_log where request_id = $1', [chosen])).rows[0].count).toBe('0');
  });

  it("refuses new care-plan entries while the client has withdrawn health-data consent, from the therapist and the client alike, and takes them once it is given again", async () => {
    const plan = roster.carePlans.find((p) => p.status === 'ACTIVE' && p.clientId !== newClient.id)!;
    const client = roster.users.find((u) => u.id === plan.clientId)!;
    const planTherapist = roster.users.find((u) => u.id === roster.therapists.find((t) => t.id === plan.therapistId)!.userId)!;
    const asClient = as(await login(client.email));
    const asTherapist = as(await login(planTherapist.email));
    const ADD_GOAL = 'mutation($p: ID!) { addGoal(carePlanId: $p, input: { description: "Cook one new recipe a week", category: OTHER }) { id } }';
    const SUBMIT = 'mutation($p: ID!) { submitQuestionnaire(carePlanId: $p, input: { kind: GAD7, answers: [1, 1, 1, 0, 0, 0, 0] }) { id } }';
    const goals = async () => Number((await db.query('select count(*) from care_plan_goals where care_plan_id = $1', [plan.id])).rows[0].count);

    expect((await asClient('mutation { withdrawConsent(kind: HEALTH_DATA_PROCESSING) { hasHealthDataConsent } }')).errors).toBeUndefined();
    const before = await goals();
    const refused = await asTherapist(ADD_GOAL, { p: plan.id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/consent/);
    const refusedToo = await asClient(SUBMIT, { p: plan.id });
    expect(refusedToo.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await goals()).toBe(before);

    const documents = await asClient<{ consentDocuments: Array<{ kind: string; version: string }> }>('{ consentDocuments { kind version } }');
    const health = documents.data!.consentDocuments.find((d) => d.kind === 'HEALTH_DATA_PROCESSING')!;
    expect((await asClient('mutation($input: [ConsentAcceptanceInput!]!) { acceptConsents(input: $input) { id } }', { input: [{ kind: health.kind, version: health.version }] })).errors).toBeUndefined();
    expect((await asTherapist(ADD_GOAL, { p: plan.id })).errors).toBeUndefined();
    expect((await asClient(SUBMIT, { p: plan.id })).errors).toBeUndefined();
  });
});
