import type { SubgraphContext } from '@caregraph/runtime';
import { Role } from './role';
import type { User } from './user.entity';

/** Bookings owns care relationships; asked through the gateway as the calling therapist (docs/adr/009, 012). */
const CARE_RELATIONSHIP = `query AccountsCareRelationship($clientId: ID!) {
  me { therapistProfile { hasCareRelationshipWith(clientId: $clientId) } }
}`;

interface CareRelationshipAnswer {
  me: { therapistProfile: { hasCareRelationshipWith: boolean } | null } | null;
}

/**
 * True when another subgraph asks on its caller's behalf (a delegated request, docs/adr/009): the platform
 * checking a rule before it writes, with a fixed question of its own (the client's health-data consent before
 * a booking or a care-plan entry), never a question the caller wrote.
 */
export function askedByThePlatform(ctx: SubgraphContext): boolean {
  return ctx.depth > 0;
}

/**
 * Who may look a user up with `user(id)`: the person themselves, admins, the platform itself (SYSTEM, or a
 * subgraph asking on a signed-in caller's behalf), and a therapist with a care relationship with that client (a booking not cancelled or declined, as bookings says).
 * Only a therapist's look-up costs a round trip through the graph; an unavailable graph fails the request
 * (INTERNAL_SERVER_ERROR), never shows the user.
 */
export async function maySeeUser(ctx: SubgraphContext, user: User): Promise<boolean> {
  const { userId, roles } = ctx.caller;
  if (!userId) return false;
  if (userId === user.id || roles.includes('ADMIN') || roles.includes('SYSTEM') || askedByThePlatform(ctx)) return true;
  if (!roles.includes('THERAPIST') || user.role !== Role.CLIENT) return false;
  const answer = await ctx.graph.request<CareRelationshipAnswer>(CARE_RELATIONSHIP, { clientId: user.id });
  return answer.me?.therapistProfile?.hasCareRelationshipWith === true;
}
