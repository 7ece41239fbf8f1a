import { createInternalTokenVerifier, listen, sendJson, type GracefulServer } from '@caregraph/runtime';
import { exportJWK, calculateJwkThumbprint, importPKCS8, SignJWT, type KeyLike } from 'jose';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { startGateway, type RunningGateway } from './start-gateway';
import { TEST_GATEWAY_KEYS, tempSchemaDir, testGatewayConfig, writeSchemaDir } from './test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from './test/test-subgraphs';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './user-token';

/** Stands in for the accounts JWKS: one Ed25519 key, published with its thumbprint as kid. */
async function startJwks(): Promise<{ server: GracefulServer; url: string; sign: (claims: object, options?: { expiresIn?: string; issuer?: string; audience?: string }) => Promise<string> }> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const key = (await importPKCS8(pem, 'EdDSA', { extractable: true })) as KeyLike;
  const publicJwk = await exportJWK(createPublicKey(pem));
  const kid = await calculateJwkThumbprint(publicJwk);
  const server = await listen((_req, res) => sendJson(res, 200, { keys: [{ ...publicJwk, kid, alg: 'EdDSA', use: 'sig' }] }), '127.0.0.1', 0);
  return {
    server,
    url: `http://127.0.0.1:${server.port}/.well-known/jwks.json`,
    sign: (claims, options = {}) =>
      new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'EdDSA', kid })
        .setIssuer(options.issuer ?? ACCESS_TOKEN_ISSUER)
        .setAudience(options.audience ?? ACCESS_TOKEN_AUDIENCE)
        .setSubject('0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a')
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '15m')
        .sign(key),
  };
}

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
