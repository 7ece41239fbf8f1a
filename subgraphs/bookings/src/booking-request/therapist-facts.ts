import { consentGiven, HEALTH_DATA_CONSENT_SELECTION, type HealthDataConsentAnswer, type SubgraphContext } from '@caregraph/runtime';
import type { SessionFormat } from '@caregraph/vocabulary';

/** What bookings must know about a listing to accept a booking, as the therapists subgraph says now. */
export interface TherapistFacts {
  status: string;
  /** Approved and not hidden by its owner (suspended and unapproved listings are not). */
  listed: boolean;
  sessionFormats: SessionFormat[];
  fee: { amountPence: number; currency: string } | null;
  sessionMinutes: number | null;
  travelRadiusKm: number | null;
  /** Whether the client's postcode is within the travel radius; null when no postcode was asked about. */
  coversPostcode: boolean | null;
  /** Whether the booking client currently consents to the processing of their health data (accounts). */
  clientHasHealthDataConsent: boolean;
}

// The client's consent rides along with the listing's facts: the runtime's one question for it, one round trip.
const FACTS = `query BookingsTherapistFacts($id: ID!, $postcode: String!, $homeVisit: Boolean!, $clientId: ID!) {
  therapist(id: $id) {
    status listed sessionFormats fee { amountPence currency } sessionMinutes travelRadiusKm
    coversPostcode(postcode: $postcode) @include(if: $homeVisit)
  }
  ${HEALTH_DATA_CONSENT_SELECTION}
}`;

/**
 * Asks the therapists subgraph, through the gateway and as the booking client, for the listing's
 * facts at this moment (docs/adr/010), with the client's current health-data consent from
 * accounts: null when there is no such listing or the client may not see it. When the graph does not answer, `ctx.graph` throws INTERNAL_SERVER_ERROR and nothing
 * is booked: a booking is never accepted on stale or missing facts.
 */
export async function therapistFacts(ctx: SubgraphContext, therapistId: string, homeVisitPostcode: string | null): Promise<TherapistFacts | null> {
  const data = await ctx.graph.request<{
    therapist: (Omit<TherapistFacts, 'coversPostcode' | 'clientHasHealthDataConsent'> & { coversPostcode?: boolean }) | null;
  } & HealthDataConsentAnswer>(FACTS, {
    id: therapistId,
    postcode: homeVisitPostcode ?? '',
    homeVisit: homeVisitPostcode !== null,
    clientId: ctx.caller.userId,
  });
  if (!data.therapist) return null;
  return {
    ...data.therapist,
    coversPostcode: data.therapist.coversPostcode ?? null,
    clientHasHealthDataConsent: consentGiven(data),
  };
}
