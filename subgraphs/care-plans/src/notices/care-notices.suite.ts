import { SYSTEM_USER_ID } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { CarePlanStatus } from '../care-plans/care-plan-status';
import { carePlansSubgraph } from '../subgraph';
import { careTeam } from '../test/care-plan-callers';
import { makeCarePlan, makeRiskFlag } from '../test/care-plan-factory';
import { GraphStandIn } from '../test/graph-stand-in';
import { reviewReminders } from './review-reminders';
import { riskFlagEscalations } from './risk-flag-escalations';

const SUBMIT = 'mutation($p: ID!, $answers: [Int!]!) { submitQuestionnaire(carePlanId: $p, input: { kind: PHQ9, answers: $answers }) { id } }';
const HOUR = 3_600_000;
const SYSTEM = { userId: SYSTEM_USER_ID, roles: ['SYSTEM' as const] };

/** What care plans tell people: a risk flag at once, an unacknowledged one to admins, reviews due and overdue. */
describe('care-plan notices', () => {
  let subgraph: TestSubgraph;
  const graph = new GraphStandIn();
  let team: ReturnType<typeof careTeam>;
  let planId: string;
  type Row = { kind: string; payload: { recipients: unknown[]; facts: Record<string, unknown> } };
  const outbox = (kind: string) => subgraph.db.orm.em.getConnection().execute<Row[]>('select kind, payload from outbox_events where kind = ? order by occurred_at, id', [kind]);
  const sweepRoute = async (name: string, caller: { userId: string | null; roles: string[] } = SYSTEM) =>
    fetch(subgraph.url.replace(/\/graphql$/, `/internal/sweeps/${name}`), {
      method: 'POST',
      headers: { authorization: `Bearer ${await subgraph.signer.sign('care-plans', caller as never, '')}`, 'content-type': 'application/json' },
      body: '{}',
    });

  beforeAll(async () => {
    await graph.start();
    subgraph = await startTestSubgraph(carePlansSubgraph, { gatewayUrl: graph.url });
    team = careTeam(graph);
    const em = subgraph.db.orm.em.fork();
    planId = makeCarePlan(em, { clientId: team.client.userId, therapistId: team.listingId, therapistUserId: team.therapist.userId, status: CarePlanStatus.ACTIVE, startDate: '2026-09-01' }).id;
    await em.flush();
  });
  afterAll(async () => {
    await subgraph.stop();
    await graph.stop();
  });

  it('tells the therapist at once when an answer raises a risk flag, with nothing of the answer in the notice', async () => {
    const quiet = await subgraph.request(SUBMIT, { p: planId, answers: [1, 1, 1, 1, 1, 1, 1, 1, 0] }, team.client);
    expect(quiet.errors).toBeUndefined();
    expect(await outbox('risk-flag.raised')).toEqual([]);
    const flagged = await subgraph.request(SUBMIT, { p: planId, answers: [2, 2, 2, 2, 2, 2, 2, 2, 3] }, team.client);
    expect(flagged.errors).toBeUndefined();
    const [notice] = await outbox('risk-flag.raised');
    expect(notice.payload).toEqual({ recipients: [{ kind: 'user', userId: team.therapist.userId, role: 'THERAPIST' }], facts: { riskFlagId: expect.any(String), carePlanId: planId } });
    expect(JSON.stringify(notice.payload)).not.toMatch(/PHQ|item|answer|score|\b3\b/i);
  });

  it('records nothing when the answer is refused (bad answers)', async () => {
    const before = (await outbox('risk-flag.raised')).length;
    expect((await subgraph.request(SUBMIT, { p: planId, answers: [9, 9, 9, 9, 9, 9, 9, 9, 9] }, team.client)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await outbox('risk-flag.raised')).toHaveLength(before);
  });

  it('escalates a flag left unacknowledged past RISK_FLAG_ESCALATION_HOURS to every admin, once, even when two sweeps run at once', async () => {
    const em = subgraph.db.orm.em.fork();
    const plan = await em.findOneOrFail('CarePlan', { id: planId });
    const old = makeRiskFlag(em, plan as never, new Date(Date.now() - 30 * HOUR));
    const recent = makeRiskFlag(em, plan as never, new Date(Date.now() - 2 * HOUR));
    await em.flush();
    const counts = await Promise.all([riskFlagEscalations(subgraph.db.orm.em.fork(), new Date()), riskFlagEscalations(subgraph.db.orm.em.fork(), new Date())]);
    expect(counts.sort()).toEqual([0, 1]);
    const escalated = await outbox('risk-flag.escalated');
    expect(escalated).toEqual([{ kind: 'risk-flag.escalated', payload: { recipients: [{ kind: 'admins' }], facts: { riskFlagId: old.id, carePlanId: planId } } }]);
    expect(escalated.map((e) => e.payload.facts.riskFlagId)).not.toContain(recent.id);
    expect(await riskFlagEscalations(subgraph.db.orm.em.fork(), new Date())).toBe(0);
  });

  it('tells the therapist a review is due, then overdue, once per review date', async () => {
    const em = subgraph.db.orm.em.fork();
    const today = new Date();
    const soon = new Date(today.getTime() + 2 * 24 * HOUR).toISOString().slice(0, 10);
    await em.getConnection().execute('update care_plans set next_review_due = ? where id = ?', [soon, planId]);
    expect(await reviewReminders(subgraph.db.orm.em.fork(), today)).toBe(1);
    expect(await reviewReminders(subgraph.db.orm.em.fork(), today)).toBe(0);
    expect((await outbox('review.due')).map((r) => r.payload)).toEqual([
      { recipients: [{ kind: 'user', userId: team.therapist.userId, role: 'THERAPIST' }], facts: { carePlanId: planId, reviewDue: soon } },
    ]);
    // Four days later the date has passed: overdue, once.
    const later = new Date(today.getTime() + 4 * 24 * HOUR);
    expect(await reviewReminders(subgraph.db.orm.em.fork(), later)).toBe(1);
    expect(await reviewReminders(subgraph.db.orm.em.fork(), later)).toBe(0);
    expect((await outbox('review.overdue')).map((r) => r.payload.facts)).toEqual([{ carePlanId: planId, reviewDue: soon }]);
  });

  it('serves the sweeps to the platform itself only: 401 without a token, 403 for a person, 200 with what it recorded', async () => {
    expect((await fetch(subgraph.url.replace(/\/graphql$/, '/internal/sweeps/review-reminders'), { method: 'POST' })).status).toBe(401);
    expect((await sweepRoute('review-reminders', team.therapist)).status).toBe(403);
    const answer = await sweepRoute('risk-flag-escalations');
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ recorded: 0 });
  });
});
