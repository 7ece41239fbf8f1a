import { ForbiddenError, NotFoundError, UnauthenticatedError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { ApiScope } from './api-scope';
import { OrganisationMember } from './organisation-member.entity';
import { OrganisationRole } from './organisation-role';

/**
 * How a caller stands towards one organisation, from most to least: Caregraph's admin, the
 * organisation's admin, its member, its own system with `organisation:read`. Read from the database,
 * not the token: an admin locked or a member removed a moment ago has no access.
 */
export type OrganisationStanding = 'PLATFORM_ADMIN' | 'ORGANISATION_ADMIN' | 'MEMBER' | 'OWN_SYSTEM';

/** Whether the caller is an admin whose account is open (checked in the database). */
export async function isOpenPlatformAdmin(em: EntityManager, userId: string | null): Promise<boolean> {
  if (!userId) return false;
  const user = await em.findOne(User, userId);
  return !!user && user.role === Role.ADMIN && !user.lockedAt;
}

/** The caller's standing towards the organisation, or null when they have none. */
export async function standingIn(ctx: SubgraphContext, em: EntityManager, organisationId: string): Promise<OrganisationStanding | null> {
  const { machine, userId } = ctx.caller;
  if (machine) return machine.organisationId === organisationId && machine.scopes.includes(ApiScope.ORGANISATION_READ) ? 'OWN_SYSTEM' : null;
  if (!userId) return null;
  if (await isOpenPlatformAdmin(em, userId)) return 'PLATFORM_ADMIN';
  const membership = await em.findOne(OrganisationMember, { organisation: organisationId, user: { id: userId, lockedAt: null } });
  if (!membership) return null;
  return membership.role === OrganisationRole.ADMIN ? 'ORGANISATION_ADMIN' : 'MEMBER';
}

/**
 * Refuses a caller whose standing is not among `allowed`: UNAUTHENTICATED when anonymous, NOT_FOUND when
 * they have no standing at all (an organisation's existence is not told to outsiders), FORBIDDEN otherwise.
 */
export async function requireStanding(ctx: SubgraphContext, em: EntityManager, organisationId: string, allowed: readonly OrganisationStanding[]): Promise<OrganisationStanding> {
  if (!ctx.caller.userId && !ctx.caller.machine) throw new UnauthenticatedError();
  const standing = await standingIn(ctx, em, organisationId);
  if (!standing) throw new NotFoundError('Organisation', organisationId);
  if (!allowed.includes(standing)) throw new ForbiddenError(`This needs ${allowed.map((s) => STANDING_NAMES[s]).join(' or ')} of the organisation.`);
  return standing;
}

const STANDING_NAMES: Record<OrganisationStanding, string> = {
  PLATFORM_ADMIN: 'a Caregraph admin',
  ORGANISATION_ADMIN: 'an admin',
  MEMBER: 'a member',
  OWN_SYSTEM: "the organisation's own system",
};
