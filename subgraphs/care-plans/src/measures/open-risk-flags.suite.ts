import type { Caller } from '@caregraph/kernel';
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { CarePlanAccessEntry } from '../access/care-plan-access-entry.entity';
import { carePlansSubgraph } from '../subgraph';
import { aClient, anAdmin, careTeam } from '../test/care-plan-callers';
import { makeCarePlan, makeRiskFlag } from '../test/care-plan-factory';
import { GraphStandIn } from '../test/graph-stand-in';

const OPEN_FLAGS = `query($first: Int, $after: String) {
  myOpenRiskFlags(first: $first, after: $after) {
    totalCount
    edges { cursor node { id reason raisedAt acknowledgedAt carePlanId client { id } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
const ACKNOWLEDGE = 'mutation($id: ID!) { acknowledgeRiskFlag(id: $id, action: "Called the client the same day; safety plan reviewed") { id acknowledgedAt } }';

interface Page {
  myOpenRiskFlags: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string; raisedAt: string; acknowledgedAt: string | null; carePlanId: string; client: { id: string } | null } }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

describe("myOpenRiskFlags: the therapist's unacknowledged flags across their plans", () => {
  let subgraph: TestSubgraph;
  const graph = new GraphStandIn();
  let team: ReturnType<typeof careTeam>;
  let other: ReturnType<typeof careTeam>;
  const plans: Record<'first' | 'second' | 'erased' | 'others', string> = { first: '', second: '', erased: '', others: '' };
  const flags: Record<'newest' | 'oldest' | 'middle' | 'acknowledged' | 'others', string> = { newest: '', oldest: '', middle: '', acknowledged: '', others: '' };
  let secondClientId: string;

  const reads = (planId: string, caller: Caller) =>
    subgraph.db.orm.em.fork().count(CarePlanAccessEntry, { carePlanId: planId, actorId: caller.userId, action: 'READ', recordType: 'CarePlan' } as never);
  const open = (caller: Caller, variables: Record<string, unknown> = {}) => subgraph.request<Page>(OPEN_FLAGS, variables, caller);

  beforeAll(async () => {
    await graph.start();
    subgraph = await startTestSubgraph(carePlansSubgraph, { gatewayUrl: graph.url });
    team = careTeam(graph);
    other = careTeam(graph);
    const em = subgraph.db.orm.em.fork();
    const mine = { therapistId: team.listingId, therapistUserId: team.therapist.userId };
    const first = makeCarePlan(em, { ...mine, clientId: team.client.userId });
    const second = makeCarePlan(em, mine);
    secondClientId = second.clientId!;
    // A plan kept as a clinical record after its client's account was erased: the flag still needs acting on.
    const erased = makeCarePlan(em, mine);
    Object.assign(erased, { clientId: null, subjectRef: randomUUID(), retainUntil: new Date('2034-03-01T00:00:00Z') });
    const others = makeCarePlan(em, { therapistId: other.listingId, therapistUserId: other.therapist.userId, clientId: other.client.userId });
    Object.assign(plans, { first: first.id, second: second.id, erased: erased.id, others: others.id });
    flags.newest = makeRiskFlag(em, first, new Date('2026-03-03T10:00:00Z')).id;
    flags.oldest = makeRiskFlag(em, second, new Date('2026-03-01T10:00:00Z')).id;
    flags.middle = makeRiskFlag(em, erased, new Date('2026-03-02T10:00:00Z')).id;
    const acknowledged = makeRiskFlag(em, first, new Date('2026-02-01T10:00:00Z'));
    Object.assign(acknowledged, { acknowledgedAt: new Date('2026-02-01T12:00:00Z'), acknowledgedBy: team.therapist.userId, action: 'Called the same day' });
    flags.acknowledged = acknowledged.id;
    // Older than all of them, but another therapist's.
    flags.others = makeRiskFlag(em, others, new Date('2026-01-01T10:00:00Z')).id;
    await em.flush();
  });
  afterAll(async () => {
    await subgraph.stop();
    await graph.stop();
  });

  it('lists only open flags on the caller’s plans, oldest first, with their plan and client', async () => {
    const result = await open(team.therapist);
    expect(result.errors).toBeUndefined();
    const page = result.data!.myOpenRiskFlags;
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ id: flags.oldest, carePlanId: plans.second, client: { id: secondClientId }, acknowledgedAt: null }),
      expect.objectContaining({ id: flags.middle, carePlanId: plans.erased, client: null }),
      expect.objectContaining({ id: flags.newest, carePlanId: plans.first, client: { id: team.client.userId } }),
    ]);
    const otherPage = (await open(other.therapist)).data!.myOpenRiskFlags;
    expect(otherPage.edges.map((e) => e.node.id)).toEqual([flags.others]);
  });

  it('records one READ per plan shown, as reading the flags through the plan does, and none for plans not shown', async () => {
    const before = await Promise.all([plans.first, plans.second, plans.erased].map((p) => reads(p, team.therapist)));
    await open(team.therapist, { first: 2 });
    const after = await Promise.all([plans.first, plans.second, plans.erased].map((p) => reads(p, team.therapist)));
    // The first two flags are on the second and the erased client's plans; the first plan was not shown.
    expect(after).toEqual([before[0], before[1] + 1, before[2] + 1]);
    expect(await reads(plans.others, team.therapist)).toBe(0);
  });

  it('pages with first and after, and refuses bad bounds naming the argument', async () => {
    const one = (await open(team.therapist, { first: 1 })).data!.myOpenRiskFlags;
    expect(one.edges.map((e) => e.node.id)).toEqual([flags.oldest]);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = (await open(team.therapist, { first: 5, after: one.pageInfo.endCursor })).data!.myOpenRiskFlags;
    expect(rest.edges.map((e) => e.node.id)).toEqual([flags.middle, flags.newest]);
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    for (const variables of [{ first: 0 }, { first: 101 }]) {
      expect((await open(team.therapist, variables)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    expect((await open(team.therapist, { after: 'not-a-cursor' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses clients and admins, asks anonymous callers to sign in, and records nothing for them', async () => {
    for (const caller of [team.client, aClient(), anAdmin()]) {
      const result = await open(caller);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
      expect(await reads(plans.first, caller)).toBe(0);
    }
    expect((await open(ANONYMOUS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 50 identical requests at once alike, each recorded', async () => {
    const before = await reads(plans.second, team.therapist);
    const results = await Promise.all(Array.from({ length: 50 }, () => open(team.therapist)));
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.myOpenRiskFlags.edges.map((e) => e.node.id)).toEqual([flags.oldest, flags.middle, flags.newest]);
    }
    expect(await reads(plans.second, team.therapist)).toBe(before + 50);
  });

  it('drops a flag once it is acknowledged', async () => {
    const acknowledged = await subgraph.request(ACKNOWLEDGE, { id: flags.oldest }, team.therapist);
    expect(acknowledged.errors).toBeUndefined();
    const page = (await open(team.therapist)).data!.myOpenRiskFlags;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e) => e.node.id)).toEqual([flags.middle, flags.newest]);
  });

  it('gives a flag read through its plan its plan id and client too', async () => {
    const result = await subgraph.request<{ carePlan: { riskFlags: Array<{ id: string; carePlanId: string; client: { id: string } | null }> } }>(
      'query($id: ID!) { carePlan(id: $id) { riskFlags { id carePlanId client { id } } } }',
      { id: plans.first },
      team.therapist,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.carePlan.riskFlags).toEqual([
      { id: flags.newest, carePlanId: plans.first, client: { id: team.client.userId } },
      { id: flags.acknowledged, carePlanId: plans.first, client: { id: team.client.userId } },
    ]);
  });
});
