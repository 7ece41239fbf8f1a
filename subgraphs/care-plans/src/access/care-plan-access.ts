import { ForbiddenError, NotFoundError, UnauthenticatedError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';

/**
 * How the caller stands to a plan: its client, its therapist, an admin (existence and status only), an
 * admin who opened it with break-glass in this request, or nobody (the plan does not exist for them).
 */
export type PlanAccess = 'CLIENT' | 'THERAPIST' | 'ADMIN' | 'BREAK_GLASS' | null;

/**
 * What an access check reads of a plan: its id and its two parties. Declared here, not taken from the
 * `CarePlan` entity, because the entity's content fields are guarded with these checks.
 */
export interface PlanParties {
  id: string;
  clientId: string | null;
  therapistUserId: string | null;
}

/** Plans opened with break-glass, per request: the grant lasts for the one response that shows them. */
const breakGlassGrants = new WeakMap<SubgraphContext, Set<string>>();

/** Lets the caller read `planId`'s content for the rest of this request (after the use was recorded). */
export function grantBreakGlass(ctx: SubgraphContext, planId: string): void {
  const grants = breakGlassGrants.get(ctx) ?? new Set<string>();
  grants.add(planId);
  breakGlassGrants.set(ctx, grants);
}

/** The caller's standing to `plan`; no database or graph round trip (docs/adr/012). */
export function accessTo(ctx: SubgraphContext, plan: PlanParties): PlanAccess {
  const { userId, roles } = ctx.caller;
  if (!userId) return null;
  if (plan.clientId !== null && plan.clientId === userId) return 'CLIENT';
  if (plan.therapistUserId !== null && plan.therapistUserId === userId && roles.includes('THERAPIST')) return 'THERAPIST';
  if (roles.includes('ADMIN')) return breakGlassGrants.get(ctx)?.has(plan.id) ? 'BREAK_GLASS' : 'ADMIN';
  return null;
}

/** True when the caller may know the plan exists (and see its status). */
export function maySeePlan(ctx: SubgraphContext, plan: PlanParties): boolean {
  return accessTo(ctx, plan) !== null;
}

/** The caller's access to the plan's content; FORBIDDEN for an admin without break-glass, NOT_FOUND for anyone else. */
export function assertMayReadContent(ctx: SubgraphContext, plan: PlanParties): Exclude<PlanAccess, 'ADMIN' | null> {
  if (!ctx.caller.userId) throw new UnauthenticatedError('Sign in to see care plans.');
  const access = accessTo(ctx, plan);
  if (access === 'ADMIN') {
    throw new ForbiddenError("Admins see only that a care plan exists and its status. To read its content, open it with break-glass access and a reason (openCarePlanWithBreakGlass).");
  }
  if (access === null) throw new NotFoundError('CarePlan', plan.id);
  return access;
}

/** What the caller asked for by id (a goal, an activity, a risk flag): a NOT_FOUND names only that, never its plan. */
export interface AskedRecord {
  entity: string;
  id: string;
}

/** Only the plan's therapist may change it (or a client-side action named by `clientMay`). */
export function assertMayEdit<P extends PlanParties>(
  ctx: SubgraphContext,
  plan: P | null,
  planId: string,
  allowed: ReadonlyArray<'CLIENT' | 'THERAPIST'> = ['THERAPIST'],
  asked: AskedRecord = { entity: 'CarePlan', id: planId },
): P {
  if (!ctx.caller.userId) throw new UnauthenticatedError('Sign in to change care plans.');
  const access = plan ? accessTo(ctx, plan) : null;
  if (!plan || access === null) throw new NotFoundError(asked.entity, asked.id);
  if (access === 'CLIENT' || access === 'THERAPIST') {
    if (allowed.includes(access)) return plan;
    throw new ForbiddenError(access === 'CLIENT' ? "Only the client's therapist can do this." : 'Only the client can do this.');
  }
  throw new ForbiddenError('Admins cannot change care-plan content.');
}
