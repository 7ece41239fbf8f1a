import type { SubgraphContext } from '@caregraph/runtime';

const MY_LISTING = 'query BookingsCallerListing { me { therapistProfile { id } } }';

/**
 * The therapist listing id the caller owns, or null when they have none, asked through the graph
 * (therapists owns listings; `ctx.graph` acts as the same caller, and fails with INTERNAL_SERVER_ERROR when the
 * graph does not answer). Cached for the request: one call however many fields need it.
 */
export function callerTherapistId(ctx: SubgraphContext): Promise<string | null> {
  if (!ctx.caller.userId || !ctx.caller.roles.includes('THERAPIST')) return Promise.resolve(null);
  return ctx
    .loader<string, string | null>('Graph.callerTherapistId', async (keys) => {
      const data = await ctx.graph.request<{ me: { therapistProfile: { id: string } | null } }>(MY_LISTING);
      return keys.map(() => data.me.therapistProfile?.id ?? null);
    })
    .load(ctx.caller.userId);
}
