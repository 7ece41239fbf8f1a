import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { CarePlanAccessEntry } from '../access/care-plan-access-entry.entity';
import { riskFlagEscalations } from '../notices/risk-flag-escalations';
import { carePlansSubgraph } from '../subgraph';
import { aClient, anAdmin, careTeam } from '../test/care-plan-callers';
import { makeCarePlan, makeRiskFlag } from '../test/care-plan-factory';
import { GraphStandIn } from '../test/graph-stand-in';
import { RiskFlag } from './risk-flag.entity';

const ESCALATED = `query($offset: Int, $limit: Int) {
  escalatedRiskFlags(offset: $offset, limit: $limit) { total items { id carePlanId raisedAt escalatedAt hoursOpen } }
}`;
const ACKNOWLEDGE = 'mutation($id: ID!) { acknowledgeRiskFlag(id: $id, action: "Called the client the same day; safety plan reviewed") { id acknowledgedAt } }';

interface Page {
  escalatedRiskFlags: { total: number; items: Array<{ id: string; carePlanId: string; raisedAt: string; escalatedAt: string; hoursOpen: number }> };
}

const HOUR = 3_600_000;

describe('escalatedRiskFlags: the admins’ safety list of escalated, unacknowledged flags', () => {
  let subgraph: TestSubgraph;
  const graph = new GraphStandIn();
  let team: ReturnType<typeof careTeam>;
  const admin = anAdmin();
  const flags: Record<'oldest' | 'middle' | 'newest' | 'notYetEscalated' | 'acknowledged', string> = { oldest: '', middle: '', newest: '', notYetEscalated: '', acknowledged: '' };
  let planId: string;

  const escalated = (caller = admin, variables: Record<string, unknown> = {}) => subgraph.request<Page>(ESCALATED, variables, caller);

  beforeAll(async () => {
    await graph.start();
    subgraph = await startTestSubgraph(carePlansSubgraph, { gatewayUrl: graph.url });
    team = careTeam(graph);
    const em = subgraph.db.orm.em.fork();
    const plan = makeCarePlan(em, { therapistId: team.listingId, therapistUserId: team.therapist.userId, clientId: team.client.userId });
    const other = makeCarePlan(em, {});
    planId = plan.id;
    const now = Date.now();
    // Raised 30, 50 and 72 hours ago: the sweep (24 hours by default) escalates them; one raised an hour ago stays the therapist's.
    flags.newest = makeRiskFlag(em, plan, new Date(now - 30 * HOUR)).id;
    flags.oldest = makeRiskFlag(em, other, new Date(now - 72 * HOUR)).id;
    flags.middle = makeRiskFlag(em, plan, new Date(now - 50 * HOUR)).id;
    flags.notYetEscalated = makeRiskFlag(em, plan, new Date(now - HOUR)).id;
    const acknowledged = makeRiskFlag(em, plan, new Date(now - 100 * HOUR));
    Object.assign(acknowledged, { acknowledgedAt: new Date(now - 99 * HOUR), acknowledgedBy: team.therapist.userId, action: 'Called the same day' });
    flags.acknowledged = acknowledged.id;
    await em.flush();
    // The escalation is the real sweep's, as the delivery worker runs it.
    expect(await riskFlagEscalations(subgraph.db.orm.em.fork(), new Date(now))).toBe(3);
  });
  afterAll(async () => {
    await subgraph.stop();
    await graph.stop();
  });

  it('lists only escalated, unacknowledged flags, oldest first, with ids and times only', async () => {
    const result = await escalated();
    expect(result.errors).toBeUndefined();
    const page = result.data!.escalatedRiskFlags;
    expect(page.total).toBe(3);
    expect(page.items.map((f) => f.id)).toEqual([flags.oldest, flags.middle, flags.newest]);
    expect(page.items.map((f) => f.hoursOpen)).toEqual([72, 50, 30]);
    expect(page.items[1]).toEqual({ id: flags.middle, carePlanId: planId, raisedAt: expect.any(String), escalatedAt: expect.any(String), hoursOpen: 50 });
    for (const item of page.items) expect(Date.parse(item.escalatedAt)).toBeGreaterThan(Date.parse(item.raisedAt));
  });

  it('offers no clinical field: the type has ids and times only', async () => {
    const result = await subgraph.request(`{ escalatedRiskFlags { items { id reason } } }`, {}, admin);
    expect(result.errors?.[0].message).toMatch(/Cannot query field "reason"/);
  });

  it('records no care-plan access: the plan is not read', async () => {
    await escalated();
    expect(await subgraph.db.orm.em.fork().count(CarePlanAccessEntry, { actorId: admin.userId } as never)).toBe(0);
  });

  it('pages with offset and limit, and refuses bounds out of range naming the argument', async () => {
    const second = (await escalated(admin, { offset: 1, limit: 1 })).data!.escalatedRiskFlags;
    expect(second).toMatchObject({ total: 3, items: [{ id: flags.middle }] });
    expect((await escalated(admin, { offset: 3, limit: 10 })).data!.escalatedRiskFlags).toEqual({ total: 3, items: [] });
    for (const [variables, field] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 101 }, 'limit'],
      [{ offset: -1 }, 'offset'],
    ] as const) {
      const result = await escalated(admin, variables);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.data).toBeNull();
    }
  });

  it('refuses therapists and clients, and asks anonymous callers to sign in', async () => {
    for (const caller of [team.therapist, team.client, aClient()]) {
      const result = await escalated(caller);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
    expect((await escalated(ANONYMOUS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 20 identical requests at once alike', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => escalated()));
    for (const result of results) expect(result.data?.escalatedRiskFlags.items.map((f) => f.id)).toEqual([flags.oldest, flags.middle, flags.newest]);
  });

  it('drops a flag once its therapist acknowledges it', async () => {
    const acknowledged = await subgraph.request(ACKNOWLEDGE, { id: flags.middle }, team.therapist);
    expect(acknowledged.errors).toBeUndefined();
    const page = (await escalated()).data!.escalatedRiskFlags;
    expect(page.total).toBe(2);
    expect(page.items.map((f) => f.id)).toEqual([flags.oldest, flags.newest]);
    const stored = await subgraph.db.orm.em.fork().findOneOrFail(RiskFlag, flags.middle);
    expect(stored.escalatedAt).not.toBeNull();
  });
});
