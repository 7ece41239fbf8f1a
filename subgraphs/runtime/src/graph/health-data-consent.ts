import type { GraphClient } from './graph-client';

/**
 * The one question for a client's consent to the processing of their health data (UK GDPR art. 9), which
 * accounts owns: to ask on its own (`hasHealthDataConsent`) or inside an operation that asks other facts in
 * the same round trip (declare `$clientId: ID!` and read the answer with `consentGiven`). Accounts answers it
 * for the person themselves, admins, and the platform's services asking on a caller's behalf (docs/adr/009).
 */
export const HEALTH_DATA_CONSENT_SELECTION = 'healthDataConsent: user(id: $clientId) { hasHealthDataConsent }';

/** What the selection answers. */
export interface HealthDataConsentAnswer {
  healthDataConsent: { hasHealthDataConsent: boolean | null } | null;
}

/** True only when accounts says the consent is given now; an unknown person or a hidden answer is no consent. */
export function consentGiven(answer: HealthDataConsentAnswer): boolean {
  return answer.healthDataConsent?.hasHealthDataConsent === true;
}

const HEALTH_DATA_CONSENT = `query HealthDataConsent($clientId: ID!) { ${HEALTH_DATA_CONSENT_SELECTION} }`;

/**
 * Whether `clientId` consents to the processing of their health data right now, asked of accounts through the
 * graph on behalf of the request's caller. Like every `graph.request`, a graph that does not answer throws
 * (INTERNAL_SERVER_ERROR): callers refuse the write rather than write without knowing.
 */
export async function hasHealthDataConsent(graph: GraphClient, clientId: string): Promise<boolean> {
  return consentGiven(await graph.request<HealthDataConsentAnswer>(HEALTH_DATA_CONSENT, { clientId }));
}
