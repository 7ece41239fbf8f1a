// The query limits are chosen for Caregraph's real operations: every operation written in the
// repository must fit the gateway's limits, and every fetch the gateway's query planner makes of
// them must fit the subgraphs' own (looser) limits.
import { exceededLimits, measureDocument, SUBGRAPH_QUERY_LIMITS } from '@caregraph/kernel';
import { ANONYMOUS_MAX_COST, GATEWAY_QUERY_LIMITS } from '../config';
import { GATEWAY_COST_MODEL } from './list-sizes';
import { plannedFetches, repositoryGraph, repositoryOperations } from '../test/repository-operations';

describe('query limits against the real operations', () => {
  const graph = repositoryGraph();
  const operations = repositoryOperations(graph.api);

  it('finds the example query, the end-to-end tour, the operations the subgraph tests send and the client app’s', () => {
    const files = new Set(operations.map((op) => op.file));
    expect(files).toContain('scripts/example-query.graphql');
    expect(files).toContain('test/platform.e2e.test.ts');
    expect(files).toContain('clients/web/src/gql/persisted-query-manifest.json');
    expect([...files].filter((file) => file.startsWith('subgraphs/')).length).toBeGreaterThanOrEqual(3);
  });

  it('lets every one of them through the gateway, measured with the largest pages (first: 100)', () => {
    const refused = operations
      .map((op) => ({ file: op.file, name: op.name, measure: measureDocument(graph.api, op.source, { variables: op.variables, model: GATEWAY_COST_MODEL }) }))
      .map((row) => ({ ...row, exceeded: exceededLimits(row.measure, GATEWAY_QUERY_LIMITS) }))
      .filter((row) => row.exceeded.length > 0);
    expect(refused).toEqual([]);
  });

  it('lets the client app’s signed-out operations through within the anonymous budget, time ranges at their longest', () => {
    // What the web app sends before anyone signs in: the directory, a listing and its free times, signing up and in.
    const signedOut = ['SearchTherapists', 'TherapistProfile', 'TherapistAvailability', 'ConsentDocuments', 'SignUp', 'Login', 'CompleteMfaLogin',
      'StartMfaEnrolment', 'ConfirmMfaEnrolment', 'RefreshSession', 'RequestPasswordReset', 'ResetPassword', 'WebVerifyEmail'];
    // Each found once in the repository (an operation written twice is kept where it is first found).
    const web = operations.filter((op) => signedOut.includes(op.name));
    expect([...new Set(web.map((op) => op.name))].sort()).toEqual([...signedOut].sort());
    const refused = web
      .map((op) => ({ name: op.name, cost: measureDocument(graph.api, op.source, { variables: op.variables, model: GATEWAY_COST_MODEL }).cost }))
      .filter((row) => row.cost > ANONYMOUS_MAX_COST);
    expect(refused).toEqual([]);
  });

  it('lets every fetch the query planner makes of them through the subgraph it goes to', () => {
    let fetches = 0;
    const refused = operations.flatMap((op) =>
      plannedFetches(graph, op).flatMap((fetch) => {
        fetches++;
        const measure = measureDocument(graph.subgraphSchemas[fetch.subgraph], fetch.operation, { variables: fetch.variables });
        const exceeded = exceededLimits(measure, SUBGRAPH_QUERY_LIMITS);
        return exceeded.length ? [{ operation: op.name, subgraph: fetch.subgraph, fetch: fetch.operation, measure, exceeded }] : [];
      }),
    );
    expect(refused).toEqual([]);
    expect(fetches).toBeGreaterThan(operations.length);
  });

  it('keeps the subgraphs looser than the gateway on every limit', () => {
    for (const key of Object.keys(GATEWAY_QUERY_LIMITS) as Array<keyof typeof GATEWAY_QUERY_LIMITS>) {
      expect({ key, looser: SUBGRAPH_QUERY_LIMITS[key] >= GATEWAY_QUERY_LIMITS[key] }).toEqual({ key, looser: true });
    }
  });
});
