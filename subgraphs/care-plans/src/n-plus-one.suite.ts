// No N+1 in the care-plans list fields added for the therapist workspace: asked for a page (or a batch of
// plans) of 10 and of 100 with the per-item fields that touch the database, they cost the same number of SQL
// statements (the access log's READ rows included: one INSERT per request).
import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { carePlansSubgraph } from './subgraph';
import { careTeam } from './test/care-plan-callers';
import { makeCarePlan, makeRiskFlag } from './test/care-plan-factory';
import { GraphStandIn } from './test/graph-stand-in';

const PAGE_SIZES = [10, 100] as const;
const FLAG = 'id reason raisedAt acknowledgedAt carePlanId client { id }';

describe('care-plans: SQL statements per list field do not grow with the page', () => {
  let subgraph: TestSubgraph;
  const graph = new GraphStandIn();
  let therapist: Caller;
  const planIds: string[] = [];

  beforeAll(async () => {
    await graph.start();
    subgraph = await startTestSubgraph(carePlansSubgraph, { gatewayUrl: graph.url });
    const team = careTeam(graph);
    therapist = team.therapist;
    const em = subgraph.db.orm.em.fork();
    // 100 plans of one therapist, each with one open flag, a day apart.
    for (let i = 0; i < 100; i++) {
      const plan = makeCarePlan(em, { therapistId: team.listingId, therapistUserId: therapist.userId });
      makeRiskFlag(em, plan, new Date(Date.UTC(2026, 0, 1) + i * 86_400_000));
      planIds.push(plan.id);
    }
    await em.flush();
  });
  afterAll(async () => {
    await subgraph.stop();
    await graph.stop();
  });

  async function statementsPerSize(query: string, variables: (size: number) => Record<string, unknown>, items: (data: any) => unknown[]) {
    const counts: number[] = [];
    for (const size of PAGE_SIZES) {
      subgraph.db.resetQueries();
      const result = await subgraph.request<any>(query, variables(size), therapist);
      expect(result.errors).toBeUndefined();
      expect(items(result.data)).toHaveLength(size);
      counts.push(subgraph.db.queries.length);
    }
    return counts;
  }

  it('myOpenRiskFlags, with each flag’s plan and client', async () => {
    const [small, large] = await statementsPerSize(
      `query($first: Int) { myOpenRiskFlags(first: $first) { totalCount edges { node { ${FLAG} } } } }`,
      (first) => ({ first }),
      (d) => d.myOpenRiskFlags.edges,
    );
    expect(large).toBe(small);
  });

  it('CarePlan.riskFlags for a batch of plans, with each flag’s plan and client', async () => {
    const [small, large] = await statementsPerSize(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on CarePlan { id riskFlags { ${FLAG} } } } }`,
      (size) => ({ r: planIds.slice(0, size).map((id) => ({ __typename: 'CarePlan', id })) }),
      (d) => d._entities,
    );
    expect(large).toBe(small);
  });
});
