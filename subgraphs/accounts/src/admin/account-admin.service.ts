import { ConflictError, ForbiddenError, NotFoundError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RefreshTokenService } from '../auth/refresh-token.service';
import { OneTimeToken } from '../one-time-tokens/one-time-token.entity';
import { TokenPurpose } from '../one-time-tokens/token-purpose';
import type { AccountsServices } from '../services';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { AccountAuditAction } from './account-audit-action';
import { recordAccountAudit } from './account-audit.service';
import type { AccountLockInput, ChangeUserRoleInput } from './admin.input';

/** Advisory lock key ("care" in ASCII): admin account changes run one at a time. */
const ADMIN_CHANGES_LOCK = 0x63617265;

/**
 * Runs an admin change to an account in one transaction with its audit record. Changes are
 * serialised (advisory lock), and the actor is checked in the database, not only in the
 * token: an admin locked or demoted a moment ago, whose access token still says ADMIN, is
 * FORBIDDEN, and two admins cannot lock each other out at the same time.
 */
async function asActingAdmin<T>(ctx: SubgraphContext, subjectId: string, work: (em: EntityManager, actor: User, subject: User) => Promise<T>): Promise<T> {
  return ctx.em.transactional(async (em) => {
    await em.execute('select pg_advisory_xact_lock(?)', [ADMIN_CHANGES_LOCK]);
    const actor = ctx.caller.userId ? await em.findOne(User, ctx.caller.userId) : null;
    if (!actor || actor.role !== Role.ADMIN || actor.lockedAt) throw new ForbiddenError('Only an admin whose account is open can do this.');
    const subject = await em.findOne(User, subjectId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!subject) throw new NotFoundError('User', subjectId);
    return work(em, actor, subject);
  });
}

/** Ends every session of a user and retires their pending second-factor steps; returns how many sessions were live. */
async function endSessions(em: EntityManager, userId: string, services: AccountsServices): Promise<number> {
  await em.nativeUpdate(OneTimeToken, { user: userId, purpose: { $in: [TokenPurpose.MFA_LOGIN, TokenPurpose.MFA_ENROLMENT] }, usedAt: null }, { usedAt: new Date() });
  const familiesBefore = await em.execute<Array<{ count: string }>>(
    'select count(distinct family_id) as count from refresh_tokens where user_id = ? and revoked_at is null and used_at is null and expires_at > now()',
    [userId],
  );
  await new RefreshTokenService(em, services.config.refreshTokenTtlDays, services.config.accessTokenTtlSeconds).revokeAllOf(userId);
  return Number(familiesBefore[0].count);
}

/** Locks an account: it cannot sign in or refresh, its sessions end now. Not one's own; CONFLICT when already locked. */
export function lockUser(ctx: SubgraphContext, input: AccountLockInput, services: AccountsServices): Promise<User> {
  return asActingAdmin(ctx, input.userId, async (em, actor, subject) => {
    if (subject.id === actor.id) throw new ForbiddenError('You cannot lock your own account.');
    if (subject.lockedAt) throw new ConflictError('This account is already locked.');
    subject.lockedAt = new Date();
    const sessionsEnded = await endSessions(em, subject.id, services);
    recordAccountAudit(em, {
      actorId: actor.id,
      subjectId: subject.id,
      action: AccountAuditAction.LOCK,
      reason: input.reason,
      before: { lockedAt: null },
      after: { lockedAt: subject.lockedAt.toISOString(), sessionsEnded },
    });
    await em.flush();
    return subject;
  });
}

/** Unlocks an account: it can sign in again. CONFLICT when it is not locked. */
export function unlockUser(ctx: SubgraphContext, input: AccountLockInput): Promise<User> {
  return asActingAdmin(ctx, input.userId, async (em, actor, subject) => {
    if (!subject.lockedAt) throw new ConflictError('This account is not locked.');
    const before = { lockedAt: subject.lockedAt.toISOString() };
    subject.lockedAt = null;
    recordAccountAudit(em, { actorId: actor.id, subjectId: subject.id, action: AccountAuditAction.UNLOCK, reason: input.reason, before, after: { lockedAt: null } });
    await em.flush();
    return subject;
  });
}

/**
 * Changes an account's role and ends its sessions, so the new role applies from the next
 * sign-in (and someone made an admin must set up two-step verification first). Not one's own
 * role; CONFLICT when the account already has it.
 */
export function changeUserRole(ctx: SubgraphContext, input: ChangeUserRoleInput, services: AccountsServices): Promise<User> {
  return asActingAdmin(ctx, input.userId, async (em, actor, subject) => {
    if (subject.id === actor.id) throw new ForbiddenError('You cannot change your own role: ask another admin.');
    if (subject.role === input.role) throw new ConflictError(`This account is already ${input.role}.`);
    const before = { role: subject.role };
    subject.role = input.role;
    const sessionsEnded = await endSessions(em, subject.id, services);
    recordAccountAudit(em, {
      actorId: actor.id,
      subjectId: subject.id,
      action: AccountAuditAction.ROLE_CHANGE,
      reason: input.reason,
      before,
      after: { role: subject.role, sessionsEnded },
    });
    await em.flush();
    return subject;
  });
}
