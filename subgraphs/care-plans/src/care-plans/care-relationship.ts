import { ForbiddenError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';

const CARE_RELATIONSHIP = `query CarePlansCareRelationship($clientId: ID!) {
  me { id therapistProfile { id hasCareRelationshipWith(clientId: $clientId) } }
}`;

interface CareRelationshipAnswer {
  me: { id: string; therapistProfile: { id: string; hasCareRelationshipWith: boolean } | null } | null;
}

/**
 * The caller's therapist listing id, once the graph confirmed they have a care relationship with the client
 * (a booking not cancelled or declined, which bookings knows). Asked through the gateway as the caller
 * (docs/adr/009, 012); an unavailable graph fails the mutation, never lets it through.
 */
export async function confirmCareRelationship(ctx: SubgraphContext, clientId: string): Promise<string> {
  const answer = await ctx.graph.request<CareRelationshipAnswer>(CARE_RELATIONSHIP, { clientId });
  const listing = answer.me?.therapistProfile;
  if (!listing) throw new ForbiddenError('Only a therapist with a listing can create care plans.');
  if (!listing.hasCareRelationshipWith) {
    throw new ForbiddenError('You can only create a care plan for a client who has a booking with you that was not cancelled or declined.');
  }
  return listing.id;
}
