import { registerEnumType } from 'type-graphql';

/**
 * What an organisation's endpoint can subscribe to: what happened to its own referrals and to the sessions
 * they led to. The wire name (`referral.accepted`) is the payload's `type` and the outbox kind bookings
 * records; the delivery worker keeps the same list (worker/src/webhooks/event-types.ts).
 */
export enum WebhookEventType {
  REFERRAL_ACCEPTED = 'referral.accepted',
  REFERRAL_DECLINED = 'referral.declined',
  REFERRAL_BOOKED = 'referral.booked',
  REFERRAL_DISCHARGED = 'referral.discharged',
  BOOKING_CONFIRMED = 'booking.confirmed',
  BOOKING_CANCELLED = 'booking.cancelled',
  BOOKING_COMPLETED = 'booking.completed',
  BOOKING_NO_SHOW = 'booking.no-show',
}

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: "An event an organisation's endpoint can receive; the payload's `type` is the lower-case name in the description. Only the organisation's own referrals and the sessions they led to; ids and states, never clinical content.",
  valuesConfig: {
    REFERRAL_ACCEPTED: { description: '`referral.accepted`: the therapist accepted the referral.' },
    REFERRAL_DECLINED: { description: '`referral.declined`: the therapist declined it (the reason is in the graph, `Referral`).' },
    REFERRAL_BOOKED: { description: '`referral.booked`: the person booked their first session from it.' },
    REFERRAL_DISCHARGED: { description: '`referral.discharged`: the therapist discharged the person.' },
    BOOKING_CONFIRMED: { description: '`booking.confirmed`: a session from the referral was confirmed.' },
    BOOKING_CANCELLED: { description: '`booking.cancelled`: a session from the referral was cancelled.' },
    BOOKING_COMPLETED: { description: '`booking.completed`: a session from the referral took place.' },
    BOOKING_NO_SHOW: { description: '`booking.no-show`: the person did not come to a session from the referral.' },
  },
});

/** The scopes an organisation's system needs to hear about referrals: what it may read through the graph. */
export const REFERRAL_EVENT_SCOPES: readonly string[] = ['referrals:read', 'referrals:write'];
