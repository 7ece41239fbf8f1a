import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type AccessToken } from '../auth/access-token';
import { SIGNING_ALGORITHM, type SigningKeys } from '../jwks/signing-keys';

/** The `typ` of an organisation system's access token (RFC 9068), which the gateway tells from a person's `JWT`. */
export const MACHINE_TOKEN_TYPE = 'at+jwt';

/** What a machine token says: the client, its organisation, its scopes, and the token family it belongs to. */
export interface MachineTokenSubject {
  clientId: string;
  organisationId: string;
  scopes: string[];
  tokenFamilyId: string;
}

/**
 * Signs an access token for an organisation's system (RFC 9068 profile): `sub` and `client_id` are the API
 * client, `org` its organisation, `scope` its scopes, `sid` its token family (what a revocation ends). No role:
 * the gateway makes it a caller that is no person (docs/adr/027).
 */
export async function signMachineToken(keys: SigningKeys, subject: MachineTokenSubject, ttlSeconds: number): Promise<AccessToken> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + ttlSeconds;
  const token = await new SignJWT({ client_id: subject.clientId, org: subject.organisationId, scope: subject.scopes.join(' '), sid: subject.tokenFamilyId })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: keys.active.kid, typ: MACHINE_TOKEN_TYPE })
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setSubject(subject.clientId)
    .setJti(randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(keys.active.privateKey);
  return { token, expiresAt: new Date(expiresAt * 1000) };
}
