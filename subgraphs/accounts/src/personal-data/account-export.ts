import type { EntityManager } from '@mikro-orm/postgresql';
import { AccountAuditEntry } from '../admin/account-audit.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { ConsentEvent } from '../consents/consent-event.entity';
import { TotpFactor } from '../mfa/totp-factor.entity';
import { OrganisationMember } from '../organisations/organisation-member.entity';
import { User } from '../users/user.entity';

/**
 * The account part of a personal data export: the profile, the sign-in sessions (when they
 * started and end; never the tokens or the password hash), whether a second factor is set up
 * (never its secret), every consent given or withdrawn, what admins did to the account, and the
 * organisations the person belongs to.
 */
export async function accountExport(em: EntityManager, userId: string): Promise<Record<string, unknown>> {
  const user = await em.findOneOrFail(User, userId);
  const sessions = await em.find(RefreshToken, { user: userId }, { orderBy: { createdAt: 'asc' } });
  const consents = await em.find(ConsentEvent, { user: userId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const secondFactor = await em.findOne(TotpFactor, { user: userId, confirmedAt: { $ne: null } });
  const adminActions = await em.find(AccountAuditEntry, { subjectId: userId }, { orderBy: { createdAt: 'asc' } });
  const memberships = await em.find(OrganisationMember, { user: userId }, { populate: ['organisation'], orderBy: { addedAt: 'asc' } });
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    createdAt: user.createdAt.toISOString(),
    emailVerifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
    lockedAt: user.lockedAt?.toISOString() ?? null,
    secondFactor: secondFactor ? { kind: 'TOTP', confirmedAt: secondFactor.confirmedAt!.toISOString() } : null,
    consents: consents.map((event) => ({
      kind: event.kind,
      version: event.version,
      action: event.action,
      at: event.createdAt.toISOString(),
    })),
    // What admins did to the account; which admin is not the person's data, so only the action, reason and time.
    adminActions: adminActions.map((entry) => ({ action: entry.action, reason: entry.reason, at: entry.createdAt.toISOString() })),
    organisations: memberships.map((m) => ({ organisation: m.organisation.name, role: m.role, addedAt: m.addedAt.toISOString() })),
    sessions: sessions.map((session) => ({
      startedAt: session.createdAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
      usedAt: session.usedAt?.toISOString() ?? null,
      revokedAt: session.revokedAt?.toISOString() ?? null,
    })),
  };
}
