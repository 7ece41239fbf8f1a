import { ConfigError, ExpiringCache, ROLES, type Caller, type Role } from '@caregraph/kernel';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';

/** Issuer and audience of the access tokens the accounts subgraph signs. */
export const ACCESS_TOKEN_ISSUER = 'caregraph-accounts';
export const ACCESS_TOKEN_AUDIENCE = 'caregraph';
const ANONYMOUS: Caller = { userId: null, roles: [] };

/** Turns the Authorization header of a client request into the caller the subgraphs are told about. */
export interface UserTokenVerifier {
  callerOf(authorization: string | undefined): Promise<Caller>;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Verifies user access tokens against the accounts JWKS (fetched once, cached, refetched when
 * an unknown `kid` appears after a key rotation), pinning algorithm, issuer, audience and expiry.
 * No header means an anonymous caller; a bad token is refused, never treated as anonymous.
 */
export function createUserTokenVerifier(jwksUrl: string): UserTokenVerifier {
  let url: URL;
  try {
    url = new URL(jwksUrl);
  } catch {
    throw new ConfigError(`ACCOUNTS_JWKS_URL must be a URL, got "${jwksUrl}"`);
  }
  const jwks = createRemoteJWKSet(url, { cooldownDuration: 30_000, cacheMaxAge: 600_000, timeoutDuration: 3000 });
  // A client sends the same access token with every request for up to 15 minutes: verify it once and
  // remember the caller until the token expires (docs/adr/017). Only valid tokens are remembered.
  const verified = new ExpiringCache<Caller>();
  return {
    async callerOf(authorization) {
      if (!authorization) return ANONYMOUS;
      const token = /^Bearer (\S+)$/i.exec(authorization)?.[1];
      if (!token) throw unauthenticated('The Authorization header must be "Bearer <access token>".');
      const known = verified.get(token);
      if (known) return { userId: known.userId, roles: [...known.roles] };
      try {
        const { payload } = await jwtVerify(token, jwks, {
          algorithms: ['EdDSA'],
          issuer: ACCESS_TOKEN_ISSUER,
          audience: ACCESS_TOKEN_AUDIENCE,
          requiredClaims: ['sub', 'exp'],
        });
        const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.has(r as string)) : [];
        verified.set(token, { userId: payload.sub as string, roles }, payload.exp! * 1000);
        return { userId: payload.sub as string, roles: [...roles] };
      } catch (error) {
        if (error instanceof joseErrors.JWTExpired) {
          throw unauthenticated('Your access token has expired. Refresh it with refreshSession, or sign in again.');
        }
        // A network failure or timeout fetching the JWKS is ours, not the caller's fault.
        if (error instanceof joseErrors.JWKSTimeout || !(error instanceof joseErrors.JOSEError)) {
          throw new GraphQLError('Sign-in cannot be checked right now. Please try again shortly.', {
            extensions: { code: 'INTERNAL_SERVER_ERROR', http: { status: 503 } },
          });
        }
        throw unauthenticated('The access token is not valid. Sign in again.');
      }
    },
  };
}
