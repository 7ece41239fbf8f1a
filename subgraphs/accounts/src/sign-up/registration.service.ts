import { ConflictError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { recordAcceptances } from '../consents/consent.service';
import { verificationEmailFor } from '../email-verification/email-verification.service';
import type { MailMessage } from '../mail/mailer';
import { hashPassword } from '../passwords/password-hasher';
import type { AccountsServices } from '../services';
import type { SignUpInput } from './sign-up.input';
import { findUserByEmail } from '../users/user-lookup';
import { User } from '../users/user.entity';

const EMAIL_TAKEN = 'An account with this email address already exists. Sign in, or reset your password if you have forgotten it.';

/**
 * Opens an account and sends the confirmation link. Writes the user, the consents accepted on
 * the form (when the input carries them) and the verification token in one transaction; the
 * mail leaves only after it commits.
 */
export async function signUp(ctx: SubgraphContext, input: SignUpInput, services: AccountsServices): Promise<User> {
  // Hash before the transaction: argon2 takes tens of milliseconds and needs no lock.
  const passwordHash = await hashPassword(input.password);
  let mail: MailMessage | undefined;
  try {
    const user = await ctx.em.transactional(async (em) => {
      if (await findUserByEmail(em, input.email)) throw new ConflictError(EMAIL_TAKEN, 'CONFLICT', 'email');
      const created = em.create(User, { email: input.email, displayName: input.displayName.trim(), role: input.role, passwordHash });
      await em.flush();
      if (input.consents) await recordAcceptances(em, created.id, input.consents, 'consents');
      mail = await verificationEmailFor(em, created, services);
      return created;
    });
    if (mail) services.mail.dispatch('email-verification', mail, ctx.logger);
    return user;
  } catch (error) {
    // Two sign-ups racing for one address: the unique index decides.
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError(EMAIL_TAKEN, 'CONFLICT', 'email');
    throw error;
  }
}
