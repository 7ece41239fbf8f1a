// Attack: a mutation sent as a GET, which links, images and prefetching browsers send without
// asking (and caches and logs keep). Mutations are POST only.
import { startGateway, type RunningGateway } from '../start-gateway';
import { tempSchemaDir, testGatewayConfig, writeSchemaDir } from '../test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from '../test/test-subgraphs';
import { firstError } from '../test/guarded-gateway';

describe('attack: mutation over GET', () => {
  let subgraphs: TestSubgraphs;
  let gateway: RunningGateway;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  const get = (query: string) =>
    fetch(`${gateway.url}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir);
    gateway = await startGateway(testGatewayConfig(schema.dir, subgraphs.urls, { production: true }));
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
    await schema?.remove();
  });

  it('refuses a mutation sent as GET with 405, and runs nothing', async () => {
    const response = await get('mutation Cancel { cancelBooking(id: "b1") { id } }');
    expect(response.status).toBe(405);
    const error = await firstError(response);
    expect(error.message).toBe('GET requests only support query operations, not mutation operations');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(subgraphs.controls.cancelled).toEqual([]);
  });

  it('answers a query sent as GET (with the preflight header), and the same mutation as POST', async () => {
    const query = await get('query Bookings { bookings { id } }');
    expect(query.status).toBe(200);
    expect(await query.json()).toEqual({ data: { bookings: [{ id: 'b1' }] } });
    const post = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation Cancel { cancelBooking(id: "b1") { id } }' }),
    });
    expect(await post.json()).toEqual({ data: { cancelBooking: { id: 'b1' } } });
    expect(subgraphs.controls.cancelled).toEqual(['b1']);
  });
});
