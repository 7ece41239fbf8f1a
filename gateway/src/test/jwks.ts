import { listen, sendJson, type GracefulServer } from '@caregraph/kernel';
import { calculateJwkThumbprint, exportJWK, importPKCS8, SignJWT, type KeyLike } from 'jose';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '../user-token';

/** Stands in for the accounts JWKS: one Ed25519 key, published with its thumbprint as kid; its revocation list is empty. */
export async function startJwks(): Promise<{ server: GracefulServer; url: string; sign: (claims: object, options?: { expiresIn?: string; issuer?: string; audience?: string; subject?: string; typ?: string }) => Promise<string> }> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const key = (await importPKCS8(pem, 'EdDSA', { extractable: true })) as KeyLike;
  const publicJwk = await exportJWK(createPublicKey(pem));
  const kid = await calculateJwkThumbprint(publicJwk);
  const server = await listen(
    (req, res) =>
      req.url?.startsWith('/revocations')
        ? sendJson(res, 200, { cursor: 0, revocations: [], more: false })
        : sendJson(res, 200, { keys: [{ ...publicJwk, kid, alg: 'EdDSA', use: 'sig' }] }),
    '127.0.0.1',
    0,
  );
  return {
    server,
    url: `http://127.0.0.1:${server.port}/.well-known/jwks.json`,
    sign: (claims, options = {}) =>
      new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'EdDSA', kid, ...(options.typ ? { typ: options.typ } : {}) })
        .setIssuer(options.issuer ?? ACCESS_TOKEN_ISSUER)
        .setAudience(options.audience ?? ACCESS_TOKEN_AUDIENCE)
        .setSubject(options.subject ?? '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a')
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '15m')
        .sign(key),
  };
}
