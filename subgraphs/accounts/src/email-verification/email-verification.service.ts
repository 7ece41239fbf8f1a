import type { EntityManager } from '@mikro-orm/postgresql';
import { appBaseUrlFor } from '../mail/app-base-url';
import type { MailMessage } from '@caregraph/kernel/mail';
import { appLink, emailVerificationMessage } from '../mail/templates';
import { OneTimeTokenService } from '../one-time-tokens/one-time-token.service';
import { TokenPurpose } from '../one-time-tokens/token-purpose';
import type { AccountsServices } from '../services';
import { User } from '../users/user.entity';

/**
 * Issues a verification token for `user` and returns the message carrying its link
 * (`<APP_BASE_URL>/verify-email?token=...`, THERAPIST_APP_BASE_URL for therapists). The caller dispatches it once its transaction commits.
 */
export async function verificationEmailFor(em: EntityManager, user: User, services: AccountsServices): Promise<MailMessage> {
  const ttlSeconds = services.config.emailVerificationTtlHours * 3600;
  const token = await new OneTimeTokenService(em).issue(user, TokenPurpose.EMAIL_VERIFICATION, ttlSeconds);
  return emailVerificationMessage(user, appLink(appBaseUrlFor(services.config, user.role), 'verify-email', token), ttlSeconds);
}

/** Redeems a verification token and marks the address verified; false when the token does not work. */
export async function confirmEmail(em: EntityManager, token: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    const userId = await new OneTimeTokenService(tx).redeem(token, TokenPurpose.EMAIL_VERIFICATION);
    if (!userId) return false;
    await tx.nativeUpdate(User, { id: userId, emailVerifiedAt: null }, { emailVerifiedAt: new Date() });
    return true;
  });
}
