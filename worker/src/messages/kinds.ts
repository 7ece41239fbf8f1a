// The contract's table of event kinds (docs/adr/022-notifications-outbox-and-delivery-worker.md):
// which NotificationKind each outbox kind becomes, its category, and who receives it.
import type { MessageCategory, RecipientRole } from './types';

/** The NotificationKind values, as in the notifications subgraph's GraphQL enum. */
export const NOTIFICATION_KINDS = [
  'BOOKING_REQUESTED',
  'BOOKING_CONFIRMED',
  'BOOKING_DECLINED',
  'BOOKING_CANCELLED',
  'BOOKING_MOVED',
  'SESSION_REMINDER',
  'CHECK_IN_INVITATION',
  'LISTING_DECISION',
  'HCPC_LAPSED',
  'RISK_FLAG_RAISED',
  'RISK_FLAG_ESCALATED',
  'REVIEW_DUE',
  'REVIEW_OVERDUE',
  'WAITLIST_SLOT_OPEN',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

// Maps, not objects: 'toString' or '__proto__' must not look like a kind.
const BY_OUTBOX_KIND: ReadonlyMap<string, NotificationKind> = new Map(Object.entries({
  'booking.requested': 'BOOKING_REQUESTED',
  'booking.confirmed': 'BOOKING_CONFIRMED',
  'booking.declined': 'BOOKING_DECLINED',
  'booking.cancelled': 'BOOKING_CANCELLED',
  'booking.moved': 'BOOKING_MOVED',
  'booking.reminder': 'SESSION_REMINDER',
  'booking.check-in-invitation': 'CHECK_IN_INVITATION',
  'listing.moderated': 'LISTING_DECISION',
  'listing.hcpc-lapsed': 'HCPC_LAPSED',
  'risk-flag.raised': 'RISK_FLAG_RAISED',
  'risk-flag.escalated': 'RISK_FLAG_ESCALATED',
  'review.due': 'REVIEW_DUE',
  'review.overdue': 'REVIEW_OVERDUE',
  'waitlist.slot-opened': 'WAITLIST_SLOT_OPEN',
} as const));

/**
 * Only these can be turned off; everything else is ESSENTIAL. A waitlist alert goes with the reminders:
 * a nudge the person asked for, which the reminders switch and its unsubscribe link turn off.
 */
const OPTIONAL_CATEGORIES: ReadonlyMap<string, MessageCategory> = new Map([
  ['SESSION_REMINDER', 'REMINDER'],
  ['WAITLIST_SLOT_OPEN', 'REMINDER'],
  ['CHECK_IN_INVITATION', 'INVITATION'],
]);

/** Who receives each kind. Booking cancellations and moves go to the other party, either side. */
export const RECIPIENT_ROLES: Readonly<Record<NotificationKind, readonly RecipientRole[]>> = {
  BOOKING_REQUESTED: ['THERAPIST'],
  BOOKING_CONFIRMED: ['CLIENT'],
  BOOKING_DECLINED: ['CLIENT'],
  BOOKING_CANCELLED: ['CLIENT', 'THERAPIST'],
  BOOKING_MOVED: ['CLIENT', 'THERAPIST'],
  SESSION_REMINDER: ['CLIENT', 'THERAPIST'],
  CHECK_IN_INVITATION: ['CLIENT'],
  LISTING_DECISION: ['THERAPIST'],
  HCPC_LAPSED: ['THERAPIST'],
  RISK_FLAG_RAISED: ['THERAPIST'],
  RISK_FLAG_ESCALATED: ['ADMIN'],
  REVIEW_DUE: ['THERAPIST'],
  REVIEW_OVERDUE: ['THERAPIST'],
  WAITLIST_SLOT_OPEN: ['CLIENT'],
};

/** 'booking.confirmed' → 'BOOKING_CONFIRMED'; an outbox kind the catalogue does not know → undefined. */
export function notificationKindOf(outboxKind: string): string | undefined {
  return BY_OUTBOX_KIND.get(outboxKind);
}

/**
 * The category of a NotificationKind. An unknown kind counts as ESSENTIAL: no preference can silence
 * it, and it never carries an unsubscribe link that would not mean anything.
 */
export function categoryOf(notificationKind: string): MessageCategory {
  return OPTIONAL_CATEGORIES.get(notificationKind) ?? 'ESSENTIAL';
}

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}
