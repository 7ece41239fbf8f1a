import { ConfigError, ExpiringCache, ROLES, type Caller, type Role } from '@caregraph/kernel';
import { GraphQLError } from 'graphql';
import { errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { AccountsKeys } from './accounts-keys';
import type { RevocationVerdict, TokenSession } from './revocations';

/** Issuer and audience of the access tokens the accounts subgraph signs. */
export const ACCESS_TOKEN_ISSUER = 'caregraph-accounts';
export const ACCESS_TOKEN_AUDIENCE = 'caregraph';
const ANONYMOUS: Caller = { userId: null, roles: [] };
/** Longest a verified token is remembered (docs/adr/020): its key and claims are looked at again after this. */
export const VERIFIED_TOKEN_MAX_AGE_MS = 5000;

/** Turns the Authorization header of a client request into the caller the subgraphs are told about. */
export interface UserTokenVerifier {
  callerOf(authorization: string | undefined): Promise<Caller>;
}

/** What the verifier asks the revocation list (gateway/src/revocations.ts). */
export interface RevocationCheck {
  verdict(token: TokenSession): RevocationVerdict;
}

export interface UserTokenVerifierOptions {
  /** The accounts keys, kept current by the caller; by default fetched here, on demand only. */
  keys?: AccountsKeys;
  /** The revocation list; without one (tests of verification alone) no token counts as revoked. */
  revocations?: RevocationCheck;
  /** Longest a verified token is remembered (default VERIFIED_TOKEN_MAX_AGE_MS). */
  cacheMaxAgeMs?: number;
}

/** A verified token as remembered: the caller, and what is checked again on every use. */
interface VerifiedToken {
  caller: Caller;
  kid: string | undefined;
  session: TokenSession;
}

/**
 * The `typ` of an organisation system's access token (RFC 9068), which accounts signs for the
 * client-credentials grant (docs/adr/027). A person's token says `JWT`; neither passes for the other.
 */
export const MACHINE_TOKEN_TYPE = 'at+jwt';

function personOf(payload: JWTPayload): Caller {
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.has(r as string)) : [];
  return { userId: payload.sub as string, roles };
}

/** A machine token must name its client, organisation and scopes; one that does not is no token at all. */
function machineCallerOf(payload: JWTPayload): Caller {
  const { client_id: clientId, org, scope } = payload;
  if (typeof clientId !== 'string' || clientId !== payload.sub || typeof org !== 'string' || typeof scope !== 'string') {
    throw new joseErrors.JWTClaimValidationFailed('machine token without client_id, org or scope', payload);
  }
  return { userId: null, roles: [], machine: { clientId, organisationId: org, scopes: scope.split(' ').filter(Boolean) } };
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

function cannotCheck(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR', http: { status: 503 } } });
}

/**
 * Verifies user access tokens against the accounts JWKS, pinning algorithm, issuer, audience and
 * expiry, then checks the token's session and user against the revocation list on every request.
 * A verified token is remembered for at most a few seconds (never past its expiry) and forgotten
 * as soon as the key that signed it leaves the JWKS. No header means an anonymous caller; a bad or
 * revoked token is refused, never treated as anonymous.
 */
export function createUserTokenVerifier(jwksUrl: string, options: UserTokenVerifierOptions = {}): UserTokenVerifier {
  let url: URL;
  try {
    url = new URL(jwksUrl);
  } catch {
    throw new ConfigError(`ACCOUNTS_JWKS_URL must be a URL, got "${jwksUrl}"`);
  }
  const keys = options.keys ?? new AccountsKeys(url, { refreshMs: 60_000, timeoutMs: 3000, unknownKidCooldownMs: 30_000 });
  const cacheMaxAgeMs = options.cacheMaxAgeMs ?? VERIFIED_TOKEN_MAX_AGE_MS;
  // A client sends the same access token with every request: verify its signature once every few
  // seconds, not every time (docs/adr/017, docs/adr/020). Only valid tokens are remembered.
  const verified = new ExpiringCache<VerifiedToken>();

  const verify = async (token: string): Promise<VerifiedToken> => {
    const known = verified.get(token);
    if (known && keys.has(known.kid)) return known;
    try {
      const { payload, protectedHeader } = await jwtVerify(token, keys.getKey, {
        algorithms: ['EdDSA'],
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      const entry: VerifiedToken = {
        caller: protectedHeader.typ === MACHINE_TOKEN_TYPE ? machineCallerOf(payload) : personOf(payload),
        kid: protectedHeader.kid,
        session: { userId: payload.sub as string, sessionId: typeof payload.sid === 'string' ? payload.sid : undefined, issuedAt: payload.iat! },
      };
      verified.set(token, entry, Math.min(payload.exp! * 1000, Date.now() + cacheMaxAgeMs));
      return entry;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw unauthenticated('Your access token has expired. Refresh it with refreshSession, or sign in again.');
      }
      // A network failure or timeout fetching the JWKS is ours, not the caller's fault.
      if (error instanceof joseErrors.JWKSTimeout || !(error instanceof joseErrors.JOSEError)) {
        throw cannotCheck('Sign-in cannot be checked right now. Please try again shortly.');
      }
      throw unauthenticated('The access token is not valid. Sign in again.');
    }
  };

  return {
    async callerOf(authorization) {
      if (!authorization) return ANONYMOUS;
      const token = /^Bearer (\S+)$/i.exec(authorization)?.[1];
      if (!token) throw unauthenticated('The Authorization header must be "Bearer <access token>".');
      const { caller, session } = await verify(token);
      const verdict = options.revocations?.verdict(session) ?? 'valid';
      if (verdict === 'unknown') {
        // Fail closed: without a recent revocation list, a revoked token could pass.
        throw cannotCheck('Signed-in requests cannot be checked right now (the list of ended sessions is out of date). Please try again shortly.');
      }
      if (verdict === 'revoked') {
        throw unauthenticated('This session has ended (signed out, password reset, or the account was changed or locked). Sign in again.');
      }
      return caller.machine
        ? { userId: null, roles: [], machine: { ...caller.machine, scopes: [...caller.machine.scopes] } }
        : { userId: caller.userId, roles: [...caller.roles] };
    },
  };
}
