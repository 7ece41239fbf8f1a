import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiClient } from '../api-clients/api-client.entity';
import { secretMatches } from '../api-clients/api-client-secret';
import type { SigningKeys } from '../jwks/signing-keys';
import { intersectScopes } from '../organisations/api-scope';
import { signMachineToken } from './machine-token';
import { OAuthError, type TokenRequest } from './token-request';

/** A successful token answer (RFC 6749 §5.1). */
export interface TokenAnswer {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

/** Who got a token, for the log line (never the token or the secret). */
export interface IssuedTo {
  clientId: string;
  organisationId: string;
  scopes: string[];
}

/** lastUsedAt is written at most this often per client, so a busy system does not write on every token. */
const LAST_USED_RESOLUTION_MS = 60_000;
/** Compared against for an unknown client, so it costs the same work as a known one. */
const NO_HASH = '0'.repeat(64);

const notValid = () => new OAuthError(401, 'invalid_client', 'The client id or secret is not valid, or the client has been revoked.');

/**
 * The client-credentials grant (RFC 6749 §4.4): checks the client's secret (the current one, or the one
 * before a rotation while it still works), that it is not revoked and its organisation verified, and signs a
 * token with the scopes asked for, each of which the client and its organisation must both hold.
 */
export async function issueClientToken(em: EntityManager, keys: SigningKeys, ttlSeconds: number, request: TokenRequest): Promise<{ answer: TokenAnswer; issuedTo: IssuedTo }> {
  const client = await em.findOne(ApiClient, request.clientId, { populate: ['organisation'] });
  const now = new Date();
  const current = secretMatches(request.clientSecret, client?.secretHash ?? NO_HASH);
  const previous = !current && !!client?.previousSecretExpiresAt && client.previousSecretExpiresAt > now && secretMatches(request.clientSecret, client.previousSecretHash);
  if (!client || !(current || previous) || client.revokedAt) throw notValid();
  if (!client.organisation.verifiedAt) throw new OAuthError(401, 'invalid_client', 'The organisation of this client is not verified.');
  const held = intersectScopes(client.scopes, client.organisation.grantedScopes);
  const asked = request.scopes ?? held;
  const refused = asked.filter((scope) => !held.includes(scope));
  if (refused.length > 0) throw new OAuthError(400, 'invalid_scope', `This client does not hold ${refused.map((s) => `"${s.slice(0, 40)}"`).join(', ')}; it holds: ${held.join(' ') || 'no scope'}.`);
  if (asked.length === 0) throw new OAuthError(400, 'invalid_scope', 'This client holds no scope its organisation still has: ask the organisation\'s admin.');
  const scopes = intersectScopes(asked, held);
  const token = await signMachineToken(keys, { clientId: client.id, organisationId: client.organisation.id, scopes, tokenFamilyId: client.tokenFamilyId }, ttlSeconds);
  await em.getConnection().execute(
    'update api_clients set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - make_interval(secs => ?))',
    [client.id, LAST_USED_RESOLUTION_MS / 1000],
  );
  return {
    answer: { access_token: token.token, token_type: 'Bearer', expires_in: ttlSeconds, scope: scopes.join(' ') },
    issuedTo: { clientId: client.id, organisationId: client.organisation.id, scopes },
  };
}
