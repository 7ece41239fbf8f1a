import { UserInputError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimitedError } from '../auth/rate-limited.error';
import { recordAcceptances } from '../consents/consent.service';
import { verificationEmailFor } from '../email-verification/email-verification.service';
import { appBaseUrlFor } from '../mail/app-base-url';
import type { MailMessage } from '@caregraph/kernel/mail';
import { signUpAttemptMessage } from '../mail/templates';
import { hashPassword } from '../passwords/password-hasher';
import { ACCOUNT_MAILS_PER_HOUR, AllowanceKind, takeHourlyAllowance } from '../rate-limits/hourly-allowance';
import type { AccountsServices } from '../services';
import type { SignUpInput } from './sign-up.input';
import { findUserByEmail } from '../users/user-lookup';
import { User } from '../users/user.entity';

/**
 * Opens an account and sends the confirmation link, answering the same whether or not the
 * address already has an account (no account enumeration):
 * - a new address: the user, the consents accepted on the form and the verification token are
 *   written in one transaction; the mail leaves only after it commits;
 * - a registered address (in any letter case, also when a concurrent sign-up wins the race):
 *   nothing changes, and the owner is told by mail, with a link to reset a forgotten password.
 * The password is hashed on both paths, so both take as long. At most 3 mails an hour reach one
 * address (further sign-ups still succeed, silently), and one client address may sign up
 * `signUpsPerCallerPerHour` times an hour (RATE_LIMITED after that).
 */
export async function signUp(ctx: SubgraphContext, input: SignUpInput, services: AccountsServices): Promise<void> {
  if (ctx.clientIp && !(await takeHourlyAllowance(ctx.em, AllowanceKind.SIGN_UP_CALLER, ctx.clientIp, services.config.signUpsPerCallerPerHour))) {
    throw new RateLimitedError('Too many sign-ups from your network in the last hour. Please try again later.', 3600);
  }
  // Hash before the transaction: argon2 takes tens of milliseconds and needs no lock.
  const passwordHash = await hashPassword(input.password);
  let mail: OutgoingMail | null;
  try {
    mail = await ctx.em.transactional(async (em) => {
      const existing = await findUserByEmail(em, input.email);
      if (existing) return signUpAttemptMail(em, existing, services);
      const created = em.create(User, { email: input.email, displayName: input.displayName.trim(), role: input.role, passwordHash });
      await em.flush();
      if (input.consents) await recordAcceptances(em, created.id, input.consents, 'consents');
      if (!(await takeHourlyAllowance(em, AllowanceKind.ACCOUNT_MAIL, created.email, ACCOUNT_MAILS_PER_HOUR))) return null;
      return { kind: 'email-verification', message: await verificationEmailFor(em, created, services) };
    });
  } catch (error) {
    // Two sign-ups racing for one address: the unique index decides, and the loser is a sign-up with a registered address.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    mail = await ctx.em.fork().transactional(async (em) => {
      const winner = await findUserByEmail(em, input.email);
      if (!winner) throw new UserInputError('email', 'This email address could not be used just now. Please try again.');
      return signUpAttemptMail(em, winner, services);
    });
  }
  if (mail) services.mail.dispatch(mail.kind, mail.message, ctx.logger);
}

/** A message to send once the sign-up's transaction has committed, and its kind for the logs. */
interface OutgoingMail {
  kind: string;
  message: MailMessage;
}

/** The notice to the owner of a registered address, while the address's mail allowance lasts. */
async function signUpAttemptMail(em: EntityManager, owner: User, services: AccountsServices): Promise<OutgoingMail | null> {
  if (!(await takeHourlyAllowance(em, AllowanceKind.ACCOUNT_MAIL, owner.email, ACCOUNT_MAILS_PER_HOUR))) return null;
  return { kind: 'sign-up-attempt', message: signUpAttemptMessage(owner, `${appBaseUrlFor(services.config, owner.role)}/forgotten-password`) };
}
