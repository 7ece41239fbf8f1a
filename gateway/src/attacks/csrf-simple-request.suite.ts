// Attack: cross-site request forgery. A page on another site makes the user's browser send a
// "simple" request (a form post, or a GET without custom headers), which needs no CORS preflight.
// Caregraph takes access tokens from a header, not cookies, but Apollo's CSRF prevention refuses
// such requests anyway, so that no cookie or network-based trust can ever be abused this way.
import { startGateway, type RunningGateway } from '../start-gateway';
import { firstError } from '../test/guarded-gateway';
import { tempSchemaDir, testGatewayConfig, writeSchemaDir } from '../test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from '../test/test-subgraphs';

const MUTATION = 'mutation Cancel { cancelBooking(id: "b1") { id } }';

describe('attack: forged simple requests (CSRF)', () => {
  let subgraphs: TestSubgraphs;
  let gateway: RunningGateway;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;

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

  it.each([
    ['a form-encoded POST', 'application/x-www-form-urlencoded', `query=${encodeURIComponent(MUTATION)}`],
    ['a multipart form POST', 'multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${MUTATION}\r\n--x--\r\n`],
    ['a text/plain POST carrying JSON', 'text/plain', JSON.stringify({ query: MUTATION })],
  ])('refuses %s without a preflight header with 400, and runs nothing', async (_label, type, body) => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': type }, body });
    expect(response.status).toBe(400);
    expect((await firstError(response)).message).toMatch(/Cross-Site Request Forgery/);
    expect(subgraphs.controls.cancelled).toEqual([]);
  });

  it('refuses a GET query without a preflight header, and answers it with one', async () => {
    const url = `${gateway.url}?query=${encodeURIComponent('query Bookings { bookings { id } }')}`;
    const forged = await fetch(url);
    expect(forged.status).toBe(400);
    expect((await firstError(forged)).message).toMatch(/Cross-Site Request Forgery/);
    const real = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(real.status).toBe(200);
  });
});
