import { UnauthenticatedError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { secondFactorDue, secondFactorPayload } from '../mfa/mfa-login.service';
import { accountLockedError } from '../users/account-lock';
import { hashPassword, passwordNeedsRehash, verifyPassword } from '../passwords/password-hasher';
import type { AccountsServices } from '../services';
import { findUserByEmail } from '../users/user-lookup';
import { User } from '../users/user.entity';
import type { LoginInput } from './login.input';
import { LoginPayload } from './login-payload.type';
import { startSession } from './session.service';

/** The one answer to wrong credentials, whether or not the account exists. */
export const WRONG_CREDENTIALS_MESSAGE = 'Email or password is not right.';

/**
 * Signs a person in with email and password.
 * - Guarded against brute force (src/auth/login-guard.ts) per account and per client IP.
 * - An unknown email costs the same argon2 work as a known one and gets the same answer.
 * - Unverified email addresses may sign in: verification proves the address for mail we send,
 *   it does not gate access (a person who lost the mail can still use the app and ask again).
 * - A password hashed with older parameters is re-hashed with today's.
 * - A locked account (src/admin/) gets no session, and says so once the password is right.
 * - With a second factor due (src/mfa/) there is no session yet: the answer carries an
 *   `mfaToken` instead, and the failures counted so far stay until the code is right.
 */
export async function login(ctx: SubgraphContext, input: LoginInput, services: AccountsServices): Promise<LoginPayload> {
  const attempt = await services.loginGuard.begin(input.email, ctx.clientIp);
  const user = await findUserByEmail(ctx.em, input.email);
  const passwordIsRight = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !passwordIsRight) {
    await attempt.failed();
    throw new UnauthenticatedError(WRONG_CREDENTIALS_MESSAGE);
  }
  if (user.lockedAt) {
    await attempt.passedStep();
    throw accountLockedError();
  }
  const due = await secondFactorDue(ctx.em, user);
  if (due) await attempt.passedStep();
  else await attempt.succeeded();
  return ctx.em.transactional(async (em) => {
    if (user.passwordHash && passwordNeedsRehash(user.passwordHash)) {
      await em.nativeUpdate(User, { id: user.id }, { passwordHash: await hashPassword(input.password) });
    }
    if (due) return secondFactorPayload(em, user, due, services);
    return LoginPayload.signedIn(await startSession(em, user, services));
  });
}
