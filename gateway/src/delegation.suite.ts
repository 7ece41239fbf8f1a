import { createDelegationTokenSigner, createInternalTokenSigner, createInternalTokenVerifier, DELEGATION_HEADER, type Caller } from '@caregraph/kernel';
import { generateGatewayKeys } from '@caregraph/kernel/testing';
import { decodeJwt, decodeProtectedHeader, SignJWT, importPKCS8 } from 'jose';
import { startGateway, type RunningGateway } from './start-gateway';
import { TEST_GATEWAY_KEYS, tempSchemaDir, testGatewayConfig, writeSchemaDir } from './test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from './test/test-subgraphs';

/**
 * A subgraph asks the graph on its caller's behalf with the delegation token the gateway gave it
 * (audience the gateway, bound to that subgraph and hop); nothing meant for a subgraph works here (docs/adr/009).
 */
describe("subgraphs asking the graph on a caller's behalf", () => {
  let subgraphs: TestSubgraphs;
  let gateway: RunningGateway;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  const caller: Caller = { userId: '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a', roles: ['CLIENT'] };

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir);
    gateway = await startGateway(testGatewayConfig(schema.dir, subgraphs.urls));
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
    await schema?.remove();
  });

  const send = async (headers: Record<string, string>) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ users { id } }' }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> };
    return { status: response.status, body };
  };
  const delegate = (token: string) => send({ [DELEGATION_HEADER]: token });
  const delegationFor = async (depth: number, subgraph = 'bookings', who: Caller = caller) =>
    (await createDelegationTokenSigner(TEST_GATEWAY_KEYS.privateKeyPem)).sign({ caller: who, subgraph, depth, requestId: 'req-12345678', clientIp: '203.0.113.5' });

  it('sends every subgraph, besides its internal token, a delegation token for the gateway alone, bound to it and the hop', async () => {
    const accounts = subgraphs.subgraphs.accounts;
    accounts.delegations.length = 0;
    expect((await send({})).status).toBe(200);
    const claims = decodeJwt(accounts.delegations[0]);
    expect(claims).toMatchObject({ aud: 'gateway', azp: 'accounts', depth: 1, iss: 'caregraph-gateway' });
    expect(claims.exp! - claims.iat!).toBe(30);
    expect(typeof claims.rid).toBe('string');
  });

  it('reuses one delegation token per subgraph and caller across requests, the request id going in x-request-id', async () => {
    const accounts = subgraphs.subgraphs.accounts;
    accounts.delegations.length = 0;
    accounts.requestIds.length = 0;
    expect((await send({})).status).toBe(200);
    expect((await send({})).status).toBe(200);
    expect(accounts.delegations).toHaveLength(2);
    expect(accounts.delegations[1]).toBe(accounts.delegations[0]);
    expect(decodeJwt(accounts.delegations[0]).rid).toBe('');
    // Each request keeps its own id all the same.
    expect(new Set(accounts.requestIds).size).toBe(2);

    // A subgraph calling back with such a token: the request id it serves carries on to the next hop.
    accounts.requestIds.length = 0;
    const reused = await (await createDelegationTokenSigner(TEST_GATEWAY_KEYS.privateKeyPem)).sign({ caller, subgraph: 'bookings', depth: 1, requestId: '', clientIp: null });
    expect((await send({ [DELEGATION_HEADER]: reused, 'x-request-id': 'c0ffee00-1234-4abc-9def-0123456789ab' })).status).toBe(200);
    expect(accounts.requestIds).toEqual(['c0ffee00-1234-4abc-9def-0123456789ab']);
  });

  it('runs a delegated operation as the same caller, one hop deeper, keeping the client address', async () => {
    const accounts = subgraphs.subgraphs.accounts;
    accounts.authorizations.length = 0;
    accounts.delegations.length = 0;
    const result = await delegate(await delegationFor(1));
    expect(result.status).toBe(200);
    const verifier = await createInternalTokenVerifier(TEST_GATEWAY_KEYS.publicKeyPem, 'accounts');
    await expect(verifier.verify(accounts.authorizations[0])).resolves.toMatchObject({ caller, depth: 1, clientIp: '203.0.113.5' });
    expect(decodeJwt(accounts.delegations[0])).toMatchObject({ sub: caller.userId, azp: 'accounts', depth: 2 });
  });

  it('lets the subgraph answering a delegated request ask once more, and refuses a third hop', async () => {
    expect((await delegate(await delegationFor(2))).status).toBe(200);
    const deep = await delegate(await delegationFor(3));
    expect(deep.status).toBe(403);
    expect(deep.body.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an internal token captured at a subgraph, replayed as a bearer token or as a delegation', async () => {
    const internal = await (await createInternalTokenSigner(TEST_GATEWAY_KEYS.privateKeyPem)).sign('bookings', caller, 'req-12345678');
    const asBearer = await send({ authorization: `Bearer ${internal}` });
    expect(asBearer.status).toBe(401);
    expect(asBearer.body.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/signed for a subgraph \(audience "bookings"\)/) });
    const asDelegation = await delegate(internal);
    expect(asDelegation.status).toBe(401);
    expect(asDelegation.body.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/delegation token is not valid/) });
  });

  it('refuses a delegation token sent as a user\'s bearer token', async () => {
    const result = await send({ authorization: `Bearer ${await delegationFor(1)}` });
    expect(result.status).toBe(401);
    expect(result.body.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/x-caregraph-delegation header/) });
  });

  it('refuses an expired delegation token, one for an unknown subgraph, and one not signed by the gateway', async () => {
    const key = await importPKCS8(TEST_GATEWAY_KEYS.privateKeyPem, 'EdDSA');
    const header = { alg: 'EdDSA', kid: decodeProtectedHeader(await delegationFor(1)).kid, typ: 'delegation+jwt' };
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ roles: caller.roles, azp: 'bookings', depth: 1, rid: 'req-1' })
      .setProtectedHeader(header).setIssuer('caregraph-gateway').setAudience('gateway').setSubject(caller.userId!)
      .setIssuedAt(now - 40).setExpirationTime(now - 10).sign(key);
    const expiredResult = await delegate(expired);
    expect(expiredResult.status).toBe(401);
    expect(expiredResult.body.errors![0].message).toMatch(/expired/);

    expect((await delegate(await delegationFor(1, 'payments'))).status).toBe(401);
    const forged = await (await createDelegationTokenSigner(generateGatewayKeys().privateKeyPem))
      .sign({ caller: { userId: caller.userId, roles: ['ADMIN'] }, subgraph: 'bookings', depth: 1, requestId: 'r', clientIp: null });
    expect((await delegate(forged)).status).toBe(401);
  });
});

