import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { DELEGATION_HEADER, PURGE_HEADER, type DelegationTokenSigner, type InternalTokenSigner } from '@caregraph/kernel';
import type { GatewayContext } from './context';
import { SubgraphDataSource, SubgraphUnavailableError } from './subgraph-data-source';
import type { SubgraphFetcher, SubgraphHttpRequest, SubgraphHttpResponse } from './subgraph-fetcher';

const signer = { sign: async (subgraph: string) => `internal-for-${subgraph}` } as unknown as InternalTokenSigner;
const delegations = { sign: async () => 'delegation-token' } as unknown as DelegationTokenSigner;
const warnings: unknown[] = [];
const context = {
  requestId: 'req-1',
  caller: { userId: 'u-1', roles: ['CLIENT'] },
  clientIp: '203.0.113.9',
  depth: 0,
  logger: { warn: (details: unknown) => warnings.push(details) },
} as unknown as GatewayContext;

function answer(status: number, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): SubgraphHttpResponse {
  return { ok: status >= 200 && status < 300, status, text: body, headers: { get: (name) => headers[name.toLowerCase()] ?? null } };
}

function source(reply: SubgraphHttpResponse, purged: string[][] = []) {
  const sent: Array<{ url: string; init: SubgraphHttpRequest }> = [];
  const fetcher: SubgraphFetcher = async (url, init) => {
    sent.push({ url, init });
    return reply;
  };
  const outcomes: string[] = [];
  const dataSource = new SubgraphDataSource('therapists', 'http://therapists.internal/graphql', 1000, signer, delegations, (_, outcome) => outcomes.push(outcome), fetcher, async (tags) => {
    purged.push(tags);
  });
  return { dataSource, sent, outcomes };
}

const fetchOptions = (): GraphQLDataSourceProcessOptions<GatewayContext> =>
  ({
    kind: 'incoming operation',
    request: { query: 'query Q($id: ID!) { therapist(id: $id) { name } }', variables: { id: 't-1' }, operationName: 'Q' },
    incomingRequestContext: {},
    context,
  }) as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;

describe('SubgraphDataSource', () => {
  beforeEach(() => warnings.splice(0));

  it('posts the operation as JSON with the request id and tokens signed for this subgraph, never the caller’s own token', async () => {
    const { dataSource, sent, outcomes } = source(answer(200, '{"data":{"therapist":{"name":"Test Therapist"}}}'));
    const response = await dataSource.process(fetchOptions());
    expect(response.data).toEqual({ therapist: { name: 'Test Therapist' } });
    expect(response.http?.status).toBe(200);
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('http://therapists.internal/graphql');
    expect(JSON.parse(sent[0].init.body)).toEqual({ query: 'query Q($id: ID!) { therapist(id: $id) { name } }', variables: { id: 't-1' }, operationName: 'Q' });
    expect(sent[0].init.headers).toMatchObject({
      'content-type': 'application/json',
      'x-request-id': 'req-1',
      authorization: 'Bearer internal-for-therapists',
      [DELEGATION_HEADER]: 'delegation-token',
    });
    expect(Object.keys(sent[0].init.headers).every((name) => name === name.toLowerCase())).toBe(true);
    expect(outcomes).toEqual(['ok']);
  });

  it('passes a catalogue error from an HTTP failure on as it is', async () => {
    const { dataSource, outcomes } = source(answer(401, '{"errors":[{"message":"Sign in again.","extensions":{"code":"UNAUTHENTICATED"}}]}'));
    await expect(dataSource.process(fetchOptions())).rejects.toMatchObject({ message: 'Sign in again.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(outcomes).toEqual(['errors']);
    expect(warnings).toEqual([]);
  });

  it('turns any other HTTP failure into an unavailable part, logging the status but not the body', async () => {
    const { dataSource, outcomes } = source(answer(502, '<html>upstream secret detail</html>', { 'content-type': 'text/html' }));
    const error = await dataSource.process(fetchOptions()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SubgraphUnavailableError);
    expect(error).toMatchObject({ reason: 'bad response', extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'therapists' } });
    expect(outcomes).toEqual(['bad_response']);
    expect(warnings).toEqual([expect.objectContaining({ subgraph: 'therapists', reason: 'bad response', status: 502 })]);
    expect(JSON.stringify(warnings)).not.toContain('secret detail');
  });

  it('refuses a 200 that is not a JSON object as the part being unreachable, without logging what it said', async () => {
    for (const reply of [answer(200, 'plain words', { 'content-type': 'text/plain' }), answer(200, '["plain words"]'), answer(200, 'plain words')]) {
      const { dataSource } = source(reply);
      await expect(dataSource.process(fetchOptions())).rejects.toMatchObject({ reason: 'unreachable' });
    }
    expect(warnings).toHaveLength(3);
    expect(JSON.stringify(warnings)).not.toContain('plain words');
  });

  it('purges the cache tags a subgraph names before the answer is returned, and nothing when it names none', async () => {
    const purged: string[][] = [];
    const changed = source(answer(200, '{"data":{"ok":true}}', { 'content-type': 'application/json', [PURGE_HEADER]: 'listing:5c0ffee0-0000-4000-8000-000000000001 search' }), purged);
    await changed.dataSource.process(fetchOptions());
    expect(purged).toEqual([['listing:5c0ffee0-0000-4000-8000-000000000001', 'search']]);
    await source(answer(200, '{"data":{"ok":true}}'), purged).dataSource.process(fetchOptions());
    expect(purged).toHaveLength(1);
  });
});
