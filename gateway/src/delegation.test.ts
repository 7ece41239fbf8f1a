import { createInternalTokenSigner, createInternalTokenVerifier } from '@caregraph/kernel';
import { generateGatewayKeys } from '@caregraph/kernel/testing';
import { startGateway, type RunningGateway } from './start-gateway';
import { TEST_GATEWAY_KEYS, tempSchemaDir, testGatewayConfig, writeSchemaDir } from './test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from './test/test-subgraphs';

/** A subgraph asks the graph on its caller's behalf by sending back the internal token it was given (docs/adr/009). */
describe('subgraphs asking the graph on a caller\'s behalf', () => {
  let subgraphs: TestSubgraphs;
  let gateway: RunningGateway;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  const caller = { userId: '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a', roles: ['CLIENT' as const] };

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

  const ask = (token: string) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ users { id } }' }),
    });

  it('runs the operation as the same caller, one hop deep', async () => {
    const signer = await createInternalTokenSigner(TEST_GATEWAY_KEYS.privateKeyPem);
    const forwarded = await signer.sign('bookings', caller, 'req-12345678');
    const accounts = subgraphs.subgraphs.accounts;
    accounts.authorizations.length = 0;
    const response = await ask(forwarded);
    expect(response.status).toBe(200);
    const verifier = await createInternalTokenVerifier(TEST_GATEWAY_KEYS.publicKeyPem, 'accounts');
    await expect(verifier.verify(accounts.authorizations[0])).resolves.toMatchObject({ caller, depth: 1 });
  });

  it('lets the subgraph answering a delegated request ask once more, two hops deep', async () => {
    const signer = await createInternalTokenSigner(TEST_GATEWAY_KEYS.privateKeyPem);
    const second = await signer.sign('bookings', caller, 'req-12345678', null, 1);
    const accounts = subgraphs.subgraphs.accounts;
    accounts.authorizations.length = 0;
    const response = await ask(second);
    expect(response.status).toBe(200);
    const verifier = await createInternalTokenVerifier(TEST_GATEWAY_KEYS.publicKeyPem, 'accounts');
    await expect(verifier.verify(accounts.authorizations[0])).resolves.toMatchObject({ caller, depth: 2 });
  });

  it('refuses a third hop, so no loop of calls can start', async () => {
    const signer = await createInternalTokenSigner(TEST_GATEWAY_KEYS.privateKeyPem);
    const deep = await signer.sign('bookings', caller, 'req-12345678', null, 2);
    const response = await ask(deep);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a token that only claims to come from the gateway', async () => {
    const forger = await createInternalTokenSigner(generateGatewayKeys().privateKeyPem);
    const forged = await forger.sign('bookings', { userId: caller.userId, roles: ['ADMIN'] }, 'req-12345678');
    const response = await ask(forged);
    expect(response.status).toBe(401);
  });
});
