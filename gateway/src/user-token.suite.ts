import { createInternalTokenVerifier } from '@caregraph/kernel';
import { startGateway, type RunningGateway } from './start-gateway';
import { startJwks } from './test/jwks';
import { TEST_GATEWAY_KEYS, tempSchemaDir, testGatewayConfig, writeSchemaDir } from './test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from './test/test-subgraphs';

describe('user access tokens at the gateway', () => {
  let subgraphs: TestSubgraphs;
  let gateway: RunningGateway;
  let jwks: Awaited<ReturnType<typeof startJwks>>;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;

  beforeAll(async () => {
    jwks = await startJwks();
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir);
    gateway = await startGateway(testGatewayConfig(schema.dir, subgraphs.urls, { accountsJwksUrl: jwks.url }));
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
    await schema?.remove();
    await jwks?.server.close(100);
  });

  const ask = (authorization?: string) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: '{ users { id } }' }),
    });

  it('passes the verified user and roles to the subgraph inside the internal token', async () => {
    const accounts = subgraphs.subgraphs.accounts;
    accounts.authorizations.length = 0;
    const response = await ask(`Bearer ${await jwks.sign({ roles: ['THERAPIST', 'SUPERUSER'] })}`);
    expect(response.status).toBe(200);
    const verifier = await createInternalTokenVerifier(TEST_GATEWAY_KEYS.publicKeyPem, 'accounts');
    const identity = await verifier.verify(accounts.authorizations[0]);
    // Unknown roles are dropped; the client's address travels for per-IP limits.
    expect(identity.caller).toEqual({ userId: '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a', roles: ['THERAPIST'] });
    expect(identity.clientIp).toMatch(/127\.0\.0\.1/);
  });

  describe("an organisation system's token (at+jwt)", () => {
    const CLIENT = '7d0c1e2f-3a4b-4c5d-8e6f-708192a3b4c5';
    const ORGANISATION = '5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716';
    const machineClaims = { client_id: CLIENT, org: ORGANISATION, scope: 'organisation:read referrals:write' };
    const innerCaller = async () => {
      const verifier = await createInternalTokenVerifier(TEST_GATEWAY_KEYS.publicKeyPem, 'accounts');
      return (await verifier.verify(subgraphs.subgraphs.accounts.authorizations[0])).caller;
    };

    it('becomes a caller that is no person, with its client, organisation and scopes, whatever roles it claims', async () => {
      subgraphs.subgraphs.accounts.authorizations.length = 0;
      const token = await jwks.sign({ ...machineClaims, roles: ['ADMIN'] }, { typ: 'at+jwt', subject: CLIENT });
      expect((await ask(`Bearer ${token}`)).status).toBe(200);
      expect(await innerCaller()).toEqual({ userId: null, roles: [], machine: { clientId: CLIENT, organisationId: ORGANISATION, scopes: ['organisation:read', 'referrals:write'] } });
    });

    it("is refused when it does not name its client, organisation and scopes, or its sub is not its client", async () => {
      for (const claims of [{ org: ORGANISATION, scope: 'x' }, { client_id: CLIENT, scope: 'x' }, { client_id: CLIENT, org: ORGANISATION }]) {
        const response = await ask(`Bearer ${await jwks.sign(claims, { typ: 'at+jwt', subject: CLIENT })}`);
        expect(response.status).toBe(401);
      }
      expect((await ask(`Bearer ${await jwks.sign(machineClaims, { typ: 'at+jwt' })}`)).status).toBe(401);
    });

    it("is never made from a person's token that carries machine claims", async () => {
      subgraphs.subgraphs.accounts.authorizations.length = 0;
      const token = await jwks.sign({ ...machineClaims, roles: ['CLIENT'] }, { subject: CLIENT });
      expect((await ask(`Bearer ${token}`)).status).toBe(200);
      expect(await innerCaller()).toEqual({ userId: CLIENT, roles: ['CLIENT'] });
    });
  });

  it('treats a request without a token as anonymous', async () => {
    const accounts = subgraphs.subgraphs.accounts;
    accounts.authorizations.length = 0;
    expect((await ask()).status).toBe(200);
    const verifier = await createInternalTokenVerifier(TEST_GATEWAY_KEYS.publicKeyPem, 'accounts');
    expect((await verifier.verify(accounts.authorizations[0])).caller).toEqual({ userId: null, roles: [] });
  });

  it.each([
    ['an expired token', () => jwks.sign({ roles: ['ADMIN'] }, { expiresIn: '-1m' }), 'expired'],
    ['a token for another audience', () => jwks.sign({ roles: ['ADMIN'] }, { audience: 'someone-else' }), 'not valid'],
    ['a token from another issuer', () => jwks.sign({ roles: ['ADMIN'] }, { issuer: 'evil' }), 'not valid'],
    ['an unsigned token', async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","roles":["ADMIN"]}').toString('base64url')}.`, 'not valid'],
    ['garbage', async () => 'garbage', 'not valid'],
  ])('refuses %s with 401 UNAUTHENTICATED and reaches no subgraph', async (_label, token, words) => {
    const accounts = subgraphs.subgraphs.accounts;
    accounts.authorizations.length = 0;
    const response = await ask(`Bearer ${await token()}`);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toContain(words);
    expect(accounts.authorizations).toHaveLength(0);
  });
});
