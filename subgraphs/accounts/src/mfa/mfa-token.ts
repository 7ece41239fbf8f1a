import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '@caregraph/kernel';
import { OneTimeToken } from '../one-time-tokens/one-time-token.entity';
import { OneTimeTokenService } from '../one-time-tokens/one-time-token.service';
import { hashSecretToken } from '../one-time-tokens/secret-token';
import type { TokenPurpose } from '../one-time-tokens/token-purpose';
import type { User } from '../users/user.entity';

/** The purposes an `mfaToken` can have. */
export type MfaTokenPurpose = TokenPurpose.MFA_LOGIN | TokenPurpose.MFA_ENROLMENT;

/**
 * Issues the short-lived `mfaToken` that stands between the password and the session (stored
 * as a SHA-256 hash, single use, purpose-bound; a newer one retires the user's older ones).
 */
export function issueMfaToken(em: EntityManager, user: User, purpose: MfaTokenPurpose, ttlSeconds: number): Promise<string> {
  return new OneTimeTokenService(em).issue(user, purpose, ttlSeconds);
}

/**
 * The unused, unexpired token row for `token` and `purpose`, or null. Unlike a link token it is
 * not spent by looking: a mistyped code must not end the sign-in. With `lock` the row is
 * locked until the transaction ends, so it can be spent only once.
 */
export async function findMfaToken(em: EntityManager, token: string, purpose: MfaTokenPurpose, lock = false): Promise<OneTimeToken | null> {
  const row = await em.findOne(OneTimeToken, { tokenHash: hashSecretToken(token), purpose }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) return null;
  return row;
}

/** The answer to an `mfaToken` that does not work (unknown, expired, spent, or for another step). */
export function mfaTokenExpired(): UnauthenticatedError {
  return new UnauthenticatedError('This sign-in has expired or is already complete. Please sign in again.');
}
