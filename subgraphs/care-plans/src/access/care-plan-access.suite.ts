import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { CarePlanStatus } from '../care-plans/care-plan-status';
import { ProgressReview } from '../reviews/progress-review.entity';
import { carePlansSubgraph } from '../subgraph';
import { aClient, anAdmin, careTeam } from '../test/care-plan-callers';
import { makeCarePlan, makeGoal } from '../test/care-plan-factory';
import { GraphStandIn } from '../test/graph-stand-in';
import { CarePlanAccessEntry } from './care-plan-access-entry.entity';

const STATUS_ONLY = 'query($id: ID!) { carePlan(id: $id) { id status createdAt client { id } therapist { id } } }';
const CONTENT = 'query($id: ID!) { carePlan(id: $id) { id summary goals { description } } }';
const BREAK_GLASS = 'mutation($id: ID!, $r: String!) { openCarePlanWithBreakGlass(id: $id, reason: $r) { id status summary goals { description } } }';
const ACCESS_LOG = 'query($p: ID) { carePlanAccessLog(carePlanId: $p, first: 100) { totalCount edges { node { actor { id } actorRole action recordType recordId reason at } } } }';
const BREAK_GLASS_USES = 'query($a: ID) { breakGlassAccesses(actorId: $a) { total items { carePlanId reason actorRole actor { id } } } }';
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on CarePlan { id summary } ... on Booking { progressReview { notes } } ... on User { carePlans { id status } } } }';

describe('who may read care plans, break-glass, and the access log', () => {
  let subgraph: TestSubgraph;
  const graph = new GraphStandIn();
  let team: ReturnType<typeof careTeam>;
  let planId: string;
  const admin = anAdmin();
  const bookingId = randomUUID();

  const reads = (caller: Caller) => subgraph.db.orm.em.fork().count(CarePlanAccessEntry, { carePlanId: planId, actorId: caller.userId, action: 'READ' } as never);

  beforeAll(async () => {
    await graph.start();
    subgraph = await startTestSubgraph(carePlansSubgraph, { gatewayUrl: graph.url });
    team = careTeam(graph);
    const em = subgraph.db.orm.em.fork();
    const plan = makeCarePlan(em, { clientId: team.client.userId, therapistId: team.listingId, therapistUserId: team.therapist.userId, summary: 'Steadier mornings' });
    planId = plan.id;
    makeGoal(em, plan, 'Get up by 8:30 on weekdays');
    em.create(ProgressReview, { carePlan: plan, bookingId, reviewedAt: new Date('2026-10-05T10:00:00Z'), notes: 'Good first month', recordedBy: team.therapist.userId! });
    // Overdue (due long ago) and not overdue, for the same therapist; an overdue plan of someone else.
    makeCarePlan(em, { therapistUserId: team.therapist.userId, startDate: '2026-01-05', status: CarePlanStatus.ON_HOLD });
    makeCarePlan(em, { therapistUserId: team.therapist.userId, startDate: '2099-01-05' });
    makeCarePlan(em, { startDate: '2026-01-05' });
    await em.flush();
  });
  afterAll(async () => {
    await subgraph.stop();
    await graph.stop();
  });

  it('shows the client and their therapist the content, and records each read once per request', async () => {
    for (const caller of [team.client, team.therapist]) {
      const before = await reads(caller);
      const result = await subgraph.request(CONTENT, { id: planId }, caller);
      expect(result.data).toEqual({ carePlan: { id: planId, summary: 'Steadier mornings', goals: [{ description: 'Get up by 8:30 on weekdays' }] } });
      expect(await reads(caller)).toBe(before + 1);
    }
  });

  it('hides the plan entirely from other clients, other therapists and anonymous callers', async () => {
    for (const caller of [aClient(), careTeam(graph).therapist, { userId: randomUUID(), roles: ['CLIENT', 'THERAPIST'] } as Caller, { userId: null, roles: [] } as Caller]) {
      const result = await subgraph.request(STATUS_ONLY, { id: planId }, caller);
      expect(result.data).toEqual({ carePlan: null });
      const entities = await subgraph.request<{ _entities: unknown[] }>(ENTITIES, { r: [{ __typename: 'CarePlan', id: planId }] }, caller);
      expect(entities.data?._entities).toEqual([null]);
    }
  });

  it('shows admins that the plan exists and its status, but not its content', async () => {
    const status = await subgraph.request(STATUS_ONLY, { id: planId }, admin);
    expect(status.data).toMatchObject({ carePlan: { id: planId, status: 'ACTIVE', client: { id: team.client.userId } } });
    const content = await subgraph.request<{ carePlan: unknown }>(CONTENT, { id: planId }, admin);
    expect(content.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(content.errors?.[0].message).toMatch(/break-glass/);
    expect(JSON.stringify(content.data)).not.toContain('Steadier mornings');
    expect(await reads(admin)).toBe(0);
  });

  it('opens the content to an admin with break-glass and a reason, records the use, and grants nothing beyond that response', async () => {
    const short = await subgraph.request(BREAK_GLASS, { id: planId, r: 'because' }, admin);
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await subgraph.request(BREAK_GLASS, { id: planId, r: 'Safeguarding concern raised by the GP practice' }, team.therapist)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(BREAK_GLASS, { id: randomUUID(), r: 'Safeguarding concern raised by the GP practice' }, admin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const opened = await subgraph.request(BREAK_GLASS, { id: planId, r: 'Safeguarding concern raised by the GP practice' }, admin);
    expect(opened.data).toEqual({ openCarePlanWithBreakGlass: { id: planId, status: 'ACTIVE', summary: 'Steadier mornings', goals: [{ description: 'Get up by 8:30 on weekdays' }] } });
    expect((await subgraph.request(CONTENT, { id: planId }, admin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const uses = await subgraph.request<{ breakGlassAccesses: { total: number; items: unknown[] } }>(BREAK_GLASS_USES, { a: admin.userId }, admin);
    expect(uses.data?.breakGlassAccesses).toEqual({ total: 1, items: [{ carePlanId: planId, reason: 'Safeguarding concern raised by the GP practice', actorRole: 'ADMIN', actor: { id: admin.userId } }] });
    expect((await subgraph.request(BREAK_GLASS_USES, {}, team.client)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the client list who accessed their record, including the break-glass reason', async () => {
    const result = await subgraph.request<{ carePlanAccessLog: { totalCount: number; edges: Array<{ node: Record<string, unknown> }> } }>(ACCESS_LOG, { p: null }, team.client);
    const entries = result.data!.carePlanAccessLog.edges.map((e) => e.node);
    expect(entries[0]).toMatchObject({ action: 'BREAK_GLASS', actorRole: 'ADMIN', actor: { id: admin.userId }, reason: 'Safeguarding concern raised by the GP practice', recordId: planId });
    expect(entries).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'READ', actorRole: 'THERAPIST', actor: { id: team.therapist.userId } })]));
    const stranger = await subgraph.request<{ carePlanAccessLog: { totalCount: number } }>(ACCESS_LOG, { p: planId }, aClient());
    expect(stranger.data?.carePlanAccessLog.totalCount).toBe(0);
  });

  it('keeps the access log append-only in the database', async () => {
    const connection = subgraph.db.orm.em.getConnection();
    await expect(connection.execute(`update care_plan_access_log set reason = 'changed' where care_plan_id = ?`, [planId])).rejects.toThrow(/append-only/);
    await expect(connection.execute('delete from care_plan_access_log where care_plan_id = ?', [planId])).rejects.toThrow(/append-only/);
    await expect(connection.execute('truncate care_plan_access_log')).rejects.toThrow(/append-only/);
  });

  it('offers no operation that changes or deletes access-log entries', async () => {
    const result = await subgraph.request<{ __schema: { mutationType: { fields: Array<{ name: string }> } } }>('{ __schema { mutationType { fields { name } } } }');
    const names = result.data!.__schema.mutationType.fields.map((f) => f.name);
    expect(names.filter((name) => /access/i.test(name) && name !== 'openCarePlanWithBreakGlass')).toEqual([]);
  });

  it('gives Booking.progressReview to the plan\'s client and therapist only', async () => {
    const ask = (caller: Caller) => subgraph.request<{ _entities: unknown[] }>(ENTITIES, { r: [{ __typename: 'Booking', id: bookingId }] }, caller).then((r) => r.data?._entities);
    expect(await ask(team.client)).toEqual([{ progressReview: { notes: 'Good first month' } }]);
    expect(await ask(team.therapist)).toEqual([{ progressReview: { notes: 'Good first month' } }]);
    expect(await ask(admin)).toEqual([{ progressReview: null }]);
    expect(await ask(aClient())).toEqual([{ progressReview: null }]);
  });

  it('lists User.carePlans to the person, their therapist and admins, and nothing to anyone else', async () => {
    const ask = (caller: Caller) => subgraph.request<{ _entities: Array<{ carePlans: unknown[] }> }>(ENTITIES, { r: [{ __typename: 'User', id: team.client.userId }] }, caller);
    for (const caller of [team.client, team.therapist, admin]) expect((await ask(caller)).data?._entities[0].carePlans).toEqual([{ id: planId, status: 'ACTIVE' }]);
    expect((await ask(aClient())).data?._entities[0].carePlans).toEqual([]);
  });

  it("lists a therapist's overdue ACTIVE plans, most overdue first, to that therapist only", async () => {
    const query = '{ overdueCarePlanReviews { id nextReviewDue overdueForReview } }';
    const result = await subgraph.request<{ overdueCarePlanReviews: Array<{ id: string; overdueForReview: boolean }> }>(query, {}, team.therapist);
    expect(result.data?.overdueCarePlanReviews).toEqual([{ id: planId, nextReviewDue: '2026-02-02', overdueForReview: true }]);
    expect((await subgraph.request(query, {}, team.client)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
