import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { SIGNING_ALGORITHM, type SigningKeys } from '../jwks/signing-keys';

/** `iss` of every access token; the gateway pins it. */
export const ACCESS_TOKEN_ISSUER = 'caregraph-accounts';
/** `aud` of every access token: the graph as a whole, behind the gateway. */
export const ACCESS_TOKEN_AUDIENCE = 'caregraph';

/** A signed access token and the instant it stops working. */
export interface AccessToken {
  token: string;
  expiresAt: Date;
}

/**
 * Signs a short-lived access token for `user` (a person, or the SYSTEM principal) with the active key: EdDSA, `kid` = the key's
 * RFC 7638 thumbprint, `sub` = user id, `roles` = [role], `jti` for log correlation, `sid` = the session
 * (refresh-token family) it belongs to, which the gateway checks against the revocation list (docs/adr/020).
 */
export async function signAccessToken(keys: SigningKeys, user: { id: string; role: string }, ttlSeconds: number, sessionId?: string): Promise<AccessToken> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + ttlSeconds;
  const token = await new SignJWT({ roles: [user.role], ...(sessionId ? { sid: sessionId } : {}) })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: keys.active.kid, typ: 'JWT' })
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setSubject(user.id)
    .setJti(randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(keys.active.privateKey);
  return { token, expiresAt: new Date(expiresAt * 1000) };
}
