import { generateKeyPairSync } from 'node:crypto';
import { SignJWT, importPKCS8 } from 'jose';
import { createInternalTokenSigner, createInternalTokenVerifier, INTERNAL_TOKEN_ISSUER } from './internal-token';

function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

describe('internal tokens', () => {
  const gateway = keyPair();
  const caller = { userId: '6f1c2c1e-8a7b-4c55-9d0e-0a1b2c3d4e5f', roles: ['CLIENT' as const] };

  it('carries the caller and request id to the subgraph it was made for', async () => {
    const signer = await createInternalTokenSigner(gateway.privatePem);
    const verifier = await createInternalTokenVerifier(gateway.publicPem, 'bookings');
    const token = await signer.sign('bookings', caller, 'req-12345678');
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toEqual({ caller, requestId: 'req-12345678', clientIp: null, depth: 0 });
    const withIp = await signer.sign('bookings', caller, 'req-12345678', '203.0.113.9');
    await expect(verifier.verify(`Bearer ${withIp}`)).resolves.toMatchObject({ clientIp: '203.0.113.9' });
  });

  it('refuses a token made for another subgraph', async () => {
    const signer = await createInternalTokenSigner(gateway.privatePem);
    const verifier = await createInternalTokenVerifier(gateway.publicPem, 'care-plans');
    const token = await signer.sign('bookings', caller, 'req-12345678');
    await expect(verifier.verify(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses no token, a malformed one, and one signed by another key', async () => {
    const verifier = await createInternalTokenVerifier(gateway.publicPem, 'accounts');
    const forger = await createInternalTokenSigner(keyPair().privatePem);
    await expect(verifier.verify(undefined)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verifier.verify('Bearer not-a-token')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const forged = await forger.sign('accounts', { userId: caller.userId, roles: ['ADMIN'] }, 'req-12345678');
    await expect(verifier.verify(`Bearer ${forged}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses alg none and an expired token', async () => {
    const verifier = await createInternalTokenVerifier(gateway.publicPem, 'accounts');
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ iss: INTERNAL_TOKEN_ISSUER, aud: 'accounts', iat: now, exp: now + 30, roles: ['ADMIN'] })}.`;
    await expect(verifier.verify(`Bearer ${unsigned}x`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const key = await importPKCS8(gateway.privatePem, 'EdDSA');
    const expired = await new SignJWT({ roles: [] })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(INTERNAL_TOKEN_ISSUER)
      .setAudience('accounts')
      .setIssuedAt(now - 120)
      .setExpirationTime(now - 90)
      .sign(key);
    await expect(verifier.verify(`Bearer ${expired}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('accepts tokens from either key during a rotation', async () => {
    const next = keyPair();
    const verifier = await createInternalTokenVerifier(`${gateway.publicPem}${next.publicPem}`, 'accounts');
    for (const pair of [gateway, next]) {
      const token = await (await createInternalTokenSigner(pair.privatePem)).sign('accounts', caller, 'req-12345678');
      await expect(verifier.verify(`Bearer ${token}`)).resolves.toMatchObject({ caller });
    }
  });
});
