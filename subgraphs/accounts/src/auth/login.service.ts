import { UnauthenticatedError, type SubgraphContext } from '@caregraph/runtime';
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
 */
export async function login(ctx: SubgraphContext, input: LoginInput, services: AccountsServices): Promise<LoginPayload> {
  const attempt = await services.loginGuard.begin(input.email, ctx.clientIp);
  const user = await findUserByEmail(ctx.em, input.email);
  const passwordIsRight = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !passwordIsRight) {
    await attempt.failed();
    throw new UnauthenticatedError(WRONG_CREDENTIALS_MESSAGE);
  }
  await attempt.succeeded();
  // Seam for the second factor: src/mfa/ returns LoginPayload.secondFactorRequired(...) here
  // for users who have one, instead of starting the session.
  return ctx.em.transactional(async (em) => {
    if (user.passwordHash && passwordNeedsRehash(user.passwordHash)) {
      await em.nativeUpdate(User, { id: user.id }, { passwordHash: await hashPassword(input.password) });
    }
    return LoginPayload.signedIn(await startSession(em, user, services));
  });
}
