import { ForbiddenError, NotFoundError, UnauthenticatedError } from '@caregraph/kernel';
import { isUuid, requireApiScope, type SubgraphContext } from '@caregraph/runtime';
import { REFERRAL_EVENT_SCOPES } from './webhook-event-type';

/** The scope an organisation's system needs to manage its endpoints. */
export const EVENTS_MANAGE = 'events:manage';

/**
 * How the caller stands towards an organisation's endpoints:
 * - SYSTEM: the organisation's own API client with `events:manage`;
 * - ORGANISATION_ADMIN: a person who is an admin of the organisation;
 * - PLATFORM_ADMIN: Caregraph's admins, who watch deliveries, replay them and disable an endpoint, but
 *   never create one nor see a secret.
 */
export type WebhookStanding = 'SYSTEM' | 'ORGANISATION_ADMIN' | 'PLATFORM_ADMIN';

export interface WebhookManager {
  organisationId: string;
  standing: WebhookStanding;
  /** Whether the organisation may hear about referrals (it was given a referrals scope). */
  mayHearReferrals: boolean;
}

const MY_ORGANISATIONS = 'query NotificationsCallerOrganisations { myOrganisations { role organisation { id grantedScopes } } }';

interface MyOrganisations {
  myOrganisations: Array<{ role: 'ADMIN' | 'MEMBER'; organisation: { id: string; grantedScopes: string[] } }>;
}

/** REFERRALS_READ (the graph's enum) → referrals:read. */
function scopeOf(enumValue: string): string {
  return enumValue.toLowerCase().replace('_', ':');
}

/**
 * Who may manage `organisationId`'s endpoints (a machine may leave it out: its own organisation).
 * UNAUTHENTICATED for anonymous callers; FORBIDDEN for a machine without `events:manage` or a member who
 * is not an admin; NOT_FOUND for anyone outside the organisation (who may not learn that it exists).
 */
export async function webhookManager(ctx: SubgraphContext, organisationId: string | null | undefined): Promise<WebhookManager> {
  if (organisationId != null && !isUuid(organisationId)) throw new NotFoundError('Organisation', organisationId);
  if (ctx.caller.machine) {
    const machine = requireApiScope(ctx, EVENTS_MANAGE);
    if (organisationId != null && organisationId !== machine.organisationId) throw new NotFoundError('Organisation', organisationId);
    return { organisationId: machine.organisationId, standing: 'SYSTEM', mayHearReferrals: machine.scopes.some((s) => REFERRAL_EVENT_SCOPES.includes(s)) };
  }
  if (!ctx.caller.userId) throw new UnauthenticatedError();
  if (organisationId == null) throw new NotFoundError('Organisation', '(none given)');
  if (ctx.caller.roles.includes('ADMIN')) return { organisationId, standing: 'PLATFORM_ADMIN', mayHearReferrals: false };
  const { myOrganisations } = await ctx.graph.request<MyOrganisations>(MY_ORGANISATIONS);
  const membership = myOrganisations.find((m) => m.organisation.id === organisationId);
  if (!membership) throw new NotFoundError('Organisation', organisationId);
  if (membership.role !== 'ADMIN') throw new ForbiddenError("Only the organisation's admins manage its webhook endpoints.");
  return { organisationId, standing: 'ORGANISATION_ADMIN', mayHearReferrals: membership.organisation.grantedScopes.map(scopeOf).some((s) => REFERRAL_EVENT_SCOPES.includes(s)) };
}

/**
 * The manager of a record that belongs to `organisationId` (an endpoint, a delivery): as webhookManager, except
 * that someone outside the organisation is told the record itself is NOT_FOUND, so they learn neither exists.
 */
export async function recordManager(ctx: SubgraphContext, organisationId: string, record: { entity: string; id: string }): Promise<WebhookManager> {
  try {
    return await webhookManager(ctx, organisationId);
  } catch (error) {
    if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') throw new NotFoundError(record.entity, record.id);
    throw error;
  }
}

/** FORBIDDEN unless the organisation itself (its system or its admin) is acting: creating endpoints and seeing secrets. */
export function requireOrganisationItself(manager: WebhookManager): void {
  if (manager.standing === 'PLATFORM_ADMIN') throw new ForbiddenError("Only the organisation's admins and systems create endpoints and see their secrets; Caregraph's admins can disable an endpoint and replay deliveries.");
}
