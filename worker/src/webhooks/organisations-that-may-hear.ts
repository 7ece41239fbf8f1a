import type { SystemRoutes } from '../recipients/system-routes';

/** Every webhook event is about referrals: an organisation hears of them only while it may read them. */
const REFERRAL_SCOPES: readonly string[] = ['referrals:read', 'referrals:write'];

/**
 * Of the organisations an event names, those that may hear it now: verified, and holding a referrals scope
 * (asked of accounts at delivery time, docs/adr/030), so a scope taken away stops their webhooks at once.
 */
export async function organisationsThatMayHear(routes: SystemRoutes, organisationIds: readonly string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const { organisations } = await routes.post<{ organisations: Array<{ organisationId: string; scopes: string[] }> }>('accounts', '/internal/organisation-grants', { organisationIds });
  return organisations.filter((o) => o.scopes.some((scope) => REFERRAL_SCOPES.includes(scope))).map((o) => o.organisationId);
}
