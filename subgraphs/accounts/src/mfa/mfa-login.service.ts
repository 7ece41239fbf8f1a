import { UnauthenticatedError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LoginPayload } from '../auth/login-payload.type';
import { startSession } from '../auth/session.service';
import type { Session } from '../auth/session.type';
import { TokenPurpose } from '../one-time-tokens/token-purpose';
import type { AccountsServices } from '../services';
import { accountLockedError } from '../users/account-lock';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { guardedCodeCheck } from './guarded-code-check';
import { findMfaToken, issueMfaToken, mfaTokenExpired } from './mfa-token';
import { confirmedFactorOf, verifySecondFactor } from './second-factor';

/** The one answer to a wrong code at sign-in. */
export const WRONG_CODE_MESSAGE = 'That code is not right. Check the authenticator app, or use one of your recovery codes.';

/** What must happen after a right password before there is a session. */
export type SecondFactorDue = 'code' | 'enrolment' | null;

/**
 * Whether a user whose password was right still owes a second factor: a code when they have
 * an authenticator app; setting one up when they are an admin without one (admins never get a
 * session on a password alone); nothing otherwise.
 */
export async function secondFactorDue(em: EntityManager, user: User): Promise<SecondFactorDue> {
  if (await confirmedFactorOf(em, user.id)) return 'code';
  return user.role === Role.ADMIN ? 'enrolment' : null;
}

/** The `login` answer for a second factor that is due: no session, an `mfaToken` for the next step. */
export async function secondFactorPayload(em: EntityManager, user: User, due: 'code' | 'enrolment', services: AccountsServices): Promise<LoginPayload> {
  const { challengeTtlSeconds, enrolmentTtlSeconds } = services.config.mfa;
  if (due === 'code') return LoginPayload.secondFactorRequired(await issueMfaToken(em, user, TokenPurpose.MFA_LOGIN, challengeTtlSeconds));
  return LoginPayload.enrolmentRequired(await issueMfaToken(em, user, TokenPurpose.MFA_ENROLMENT, enrolmentTtlSeconds));
}

/**
 * The second step of signing in: an `mfaToken` from `login` and a code (authenticator or
 * recovery). Wrong codes count in the login guard like wrong passwords; a right one spends
 * the token and starts the session, in one transaction. A locked account gets no session.
 */
export async function completeMfaLogin(ctx: SubgraphContext, mfaToken: string, code: string, services: AccountsServices): Promise<Session> {
  const challenge = await findMfaToken(ctx.em, mfaToken, TokenPurpose.MFA_LOGIN);
  const user = challenge && (await ctx.em.findOne(User, challenge.user.id));
  if (!user) throw mfaTokenExpired();
  if (user.lockedAt) throw accountLockedError();
  const session = await guardedCodeCheck(ctx, services, user, true, async (em) => {
    const row = await findMfaToken(em, mfaToken, TokenPurpose.MFA_LOGIN, true);
    if (!row) throw mfaTokenExpired();
    if (!(await verifySecondFactor(em, user.id, code, services.totpCipher))) return null;
    row.usedAt = new Date();
    await em.flush();
    return startSession(em, user, services);
  });
  if (!session) throw new UnauthenticatedError(WRONG_CODE_MESSAGE);
  return session;
}
