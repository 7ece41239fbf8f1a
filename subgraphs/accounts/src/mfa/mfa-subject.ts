import type { SubgraphContext } from '@caregraph/runtime';
import { TokenPurpose } from '../one-time-tokens/token-purpose';
import { accountLockedError } from '../users/account-lock';
import { signedInUser } from '../users/signed-in-user';
import { User } from '../users/user.entity';
import { findMfaToken, mfaTokenExpired } from './mfa-token';

/** Whose second factor an operation is about, and whether they came with an enrolment token. */
export interface MfaSubject {
  user: User;
  /** True when identified by the `mfaToken` of an admin who must set up a second factor (no session yet). */
  viaEnrolmentToken: boolean;
}

/**
 * The person setting up a second factor: the holder of an enrolment `mfaToken` when one is
 * given (an admin signing in for the first time), otherwise the signed-in caller.
 * UNAUTHENTICATED when neither works.
 */
export async function mfaSubject(ctx: SubgraphContext, mfaToken: string | undefined | null): Promise<MfaSubject> {
  if (mfaToken) {
    const row = await findMfaToken(ctx.em, mfaToken, TokenPurpose.MFA_ENROLMENT);
    const user = row && (await ctx.em.findOne(User, row.user.id));
    if (!user) throw mfaTokenExpired();
    if (user.lockedAt) throw accountLockedError();
    return { user, viaEnrolmentToken: true };
  }
  return { user: await signedInUser(ctx), viaEnrolmentToken: false };
}
