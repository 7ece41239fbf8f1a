import type { SubgraphContext } from '@caregraph/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccountsServices } from '../services';
import type { User } from '../users/user.entity';

/**
 * Runs one check of a second-factor code in a transaction, counted by the login guard like a
 * password guess (same counters: back-off after 5 failures, lock after 10). `check` resolves
 * null for a wrong code (counted as a failure) or the result. When the code completes a
 * sign-in the account's failures are forgotten; otherwise only this attempt is un-counted.
 * Throws RATE_LIMITED while the account is backing off or locked.
 */
export async function guardedCodeCheck<T>(
  ctx: SubgraphContext,
  services: AccountsServices,
  user: User,
  completesSignIn: boolean,
  check: (em: EntityManager) => Promise<T | null>,
): Promise<T | null> {
  const attempt = await services.loginGuard.begin(user.email, ctx.clientIp);
  let result: T | null;
  try {
    result = await ctx.em.transactional(check);
  } catch (error) {
    // Not a wrong code (e.g. the mfaToken expired meanwhile): not a guess either.
    await attempt.passedStep();
    throw error;
  }
  if (result === null) await attempt.failed();
  else if (completesSignIn) await attempt.succeeded();
  else await attempt.passedStep();
  return result;
}
