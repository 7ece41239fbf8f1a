import { generateKeyPairSync } from 'node:crypto';
import { createInternalTokenSigner, createInternalTokenVerifier, reusingInternalTokens } from './internal-token';
import { ExpiringCache } from './token-cache';
import { createDelegationTokenSigner, createDelegationTokenVerifier, reusingDelegationTokens } from './delegation-token';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const client = { userId: '6f1c2c1e-8a7b-4c55-9d0e-0a1b2c3d4e5f', roles: ['CLIENT' as const] };

describe('reusing internal tokens (docs/adr/017)', () => {
  it('signs once per subgraph, caller, address and depth, and leaves the request id to the header', async () => {
    const signer = reusingInternalTokens(await createInternalTokenSigner(privatePem));
    const first = await signer.sign('bookings', client, 'req-00000001', '203.0.113.9');
    expect(await signer.sign('bookings', client, 'req-00000002', '203.0.113.9')).toBe(first);
    // Any other subgraph, caller, address or depth gets a token of its own.
    const others = await Promise.all([
      signer.sign('accounts', client, 'req-00000003', '203.0.113.9'),
      signer.sign('bookings', { userId: null, roles: [] }, 'req-00000004', '203.0.113.9'),
      signer.sign('bookings', { ...client, roles: ['THERAPIST' as const] }, 'req-00000005', '203.0.113.9'),
      signer.sign('bookings', client, 'req-00000006', '198.51.100.1'),
      signer.sign('bookings', client, 'req-00000007', '203.0.113.9', 1),
    ]);
    expect(new Set([first, ...others]).size).toBe(6);
    const verifier = await createInternalTokenVerifier(publicPem, 'bookings');
    await expect(verifier.verify(`Bearer ${first}`)).resolves.toEqual({ caller: client, requestId: '', clientIp: '203.0.113.9', depth: 0 });
  });

  it('signs afresh once the reuse window has passed', async () => {
    const signer = reusingInternalTokens(await createInternalTokenSigner(privatePem), 0.001);
    const first = await signer.sign('bookings', client, 'req-00000001');
    await new Promise((resolve) => setTimeout(resolve, 1100)); // iat has a resolution of a second
    expect(await signer.sign('bookings', client, 'req-00000002')).not.toBe(first);
  });

  it('verifies a reused token once, and still refuses a bad one every time', async () => {
    const verifier = await createInternalTokenVerifier(publicPem, 'bookings');
    const token = await (await createInternalTokenSigner(privatePem)).sign('bookings', client, 'req-00000001');
    const first = await verifier.verify(`Bearer ${token}`);
    first.caller.roles.push('ADMIN'); // a caller changing its copy changes nothing for the next request
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toEqual({ caller: client, requestId: 'req-00000001', clientIp: null, depth: 0 });
    const tampered = `${token.slice(0, -4)}AAAA`;
    await expect(verifier.verify(`Bearer ${tampered}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verifier.verify(`Bearer ${tampered}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('reusing delegation tokens (docs/adr/017)', () => {
  it('signs once per subgraph, caller, address and depth, without a request id, and the gateway still verifies it', async () => {
    const signer = reusingDelegationTokens(await createDelegationTokenSigner(privatePem));
    const ask = (requestId: string, overrides: Partial<Parameters<typeof signer.sign>[0]> = {}) =>
      signer.sign({ caller: client, subgraph: 'bookings', depth: 1, requestId, clientIp: '203.0.113.9', ...overrides });
    const first = await ask('req-00000001');
    expect(await ask('req-00000002')).toBe(first);
    const others = await Promise.all([
      ask('req-00000003', { subgraph: 'accounts' }),
      ask('req-00000004', { caller: { userId: null, roles: [] } }),
      ask('req-00000005', { clientIp: '198.51.100.1' }),
      ask('req-00000006', { depth: 2 }),
    ]);
    expect(new Set([first, ...others]).size).toBe(5);
    const verifier = await createDelegationTokenVerifier(publicPem, ['accounts', 'bookings']);
    await expect(verifier.verify(first)).resolves.toEqual({ caller: client, subgraph: 'bookings', depth: 1, requestId: '', clientIp: '203.0.113.9' });
  });
});

describe('ExpiringCache', () => {
  it('forgets entries when they expire, and the oldest when full', () => {
    const cache = new ExpiringCache<number>(2);
    cache.set('a', 1, 1000);
    expect(cache.get('a', 999)).toBe(1);
    expect(cache.get('a', 1000)).toBeUndefined();
    cache.set('a', 1, 5000);
    cache.set('b', 2, 5000);
    cache.set('c', 3, 5000);
    expect([cache.get('a', 0), cache.get('b', 0), cache.get('c', 0)]).toEqual([undefined, 2, 3]);
    expect(cache.size).toBe(2);
  });
});
