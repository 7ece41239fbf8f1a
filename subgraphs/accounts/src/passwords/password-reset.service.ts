import { UserInputError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { RefreshTokenService } from '../auth/refresh-token.service';
import { appBaseUrlFor } from '../mail/app-base-url';
import type { MailMessage } from '@caregraph/kernel/mail';
import { appLink, passwordChangedMessage, passwordResetMessage } from '../mail/templates';
import { OneTimeToken } from '../one-time-tokens/one-time-token.entity';
import { OneTimeTokenService } from '../one-time-tokens/one-time-token.service';
import { TokenPurpose } from '../one-time-tokens/token-purpose';
import { ACCOUNT_MAILS_PER_HOUR, AllowanceKind, takeHourlyAllowance } from '../rate-limits/hourly-allowance';
import type { AccountsServices } from '../services';
import { findUserByEmail } from '../users/user-lookup';
import { User } from '../users/user.entity';
import { hashPassword } from './password-hasher';

/**
 * Sends a reset link when an account has this address, and does nothing otherwise; the
 * caller answers the same either way, and the mail leaves in the background so the answer
 * takes as long. At most 3 account mails (sign-up, verification, reset) an hour per address, silently.
 */
export async function requestPasswordReset(ctx: SubgraphContext, email: string, services: AccountsServices): Promise<void> {
  const user = await findUserByEmail(ctx.em, email);
  if (!user || !(await takeHourlyAllowance(ctx.em, AllowanceKind.ACCOUNT_MAIL, user.email, ACCOUNT_MAILS_PER_HOUR))) return;
  const ttlSeconds = services.config.passwordResetTtlMinutes * 60;
  const token = await ctx.em.transactional((em) => new OneTimeTokenService(em).issue(user, TokenPurpose.PASSWORD_RESET, ttlSeconds));
  services.mail.dispatch('password-reset', passwordResetMessage(user, appLink(appBaseUrlFor(services.config, user.role), 'reset-password', token), ttlSeconds), ctx.logger);
}

/**
 * Sets a new password with a reset token, in one transaction: the token is spent, the
 * address counts as verified (the link reached it), other reset links stop working and every
 * refresh token of the user is revoked (signed out everywhere). Then login failures for the
 * account are forgotten and a notice goes to the address.
 */
export async function resetPassword(ctx: SubgraphContext, token: string, password: string, services: AccountsServices): Promise<void> {
  const passwordHash = await hashPassword(password);
  const user = await ctx.em.transactional(async (em) => {
    const userId = await new OneTimeTokenService(em).redeem(token, TokenPurpose.PASSWORD_RESET);
    if (!userId) return null;
    const found = await em.findOneOrFail(User, userId);
    found.passwordHash = passwordHash;
    found.emailVerifiedAt ??= new Date();
    await em.nativeUpdate(OneTimeToken, { user: userId, purpose: TokenPurpose.PASSWORD_RESET, usedAt: null }, { usedAt: new Date() });
    await new RefreshTokenService(em, services.config.refreshTokenTtlDays, services.config.accessTokenTtlSeconds).revokeAllOf(userId);
    await em.flush();
    return found;
  });
  if (!user) {
    throw new UserInputError('token', 'This reset link does not work any more: it has been used or has expired. Ask for a new one.');
  }
  await services.loginGuard.clear(user.email);
  const notice: MailMessage = passwordChangedMessage(user, `${appBaseUrlFor(services.config, user.role)}/forgotten-password`);
  services.mail.dispatch('password-changed', notice, ctx.logger);
}
