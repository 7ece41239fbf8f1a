/**
 * The outbox kinds an organisation's endpoint can subscribe to: the notifications subgraph's
 * `WebhookEventType` (its values are these names; a test keeps the two lists equal).
 */
export const WEBHOOK_EVENT_TYPES = [
  'referral.accepted',
  'referral.declined',
  'referral.booked',
  'referral.discharged',
  'booking.confirmed',
  'booking.cancelled',
  'booking.completed',
  'booking.no-show',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(kind: string): kind is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(kind);
}

/** The only facts a payload may carry: ids and states. Anything else an event holds (instants, formats) stays out. */
const PAYLOAD_FACTS = ['referralId', 'bookingId', 'status'] as const;

/** A payload as Standard Webhooks shapes it: the event's type, when it happened, and its data. */
export interface WebhookPayload {
  type: WebhookEventType;
  timestamp: string;
  data: { organisationId: string; referralId?: string; bookingId?: string; status?: string };
}

/** Builds the payload of one event for one organisation from the message's facts, keeping only ids and states. */
export function webhookPayloadOf(type: WebhookEventType, organisationId: string, facts: Record<string, unknown>, occurredAt: Date): WebhookPayload {
  const data: WebhookPayload['data'] = { organisationId };
  for (const key of PAYLOAD_FACTS) {
    const value = facts[key];
    if (typeof value === 'string') data[key] = value;
  }
  return { type, timestamp: occurredAt.toISOString(), data };
}
