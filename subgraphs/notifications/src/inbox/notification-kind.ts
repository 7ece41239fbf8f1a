import { registerEnumType } from 'type-graphql';

/**
 * What a notification is about: one value per kind of outbox event (the contract's table in
 * docs/adr/022-notifications-outbox-and-delivery-worker.md). Stored as text in `deliveries.kind` and
 * `notifications.kind`, written by the delivery worker.
 */
export enum NotificationKind {
  BOOKING_REQUESTED = 'BOOKING_REQUESTED',
  BOOKING_CONFIRMED = 'BOOKING_CONFIRMED',
  BOOKING_DECLINED = 'BOOKING_DECLINED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  BOOKING_MOVED = 'BOOKING_MOVED',
  SESSION_REMINDER = 'SESSION_REMINDER',
  CHECK_IN_INVITATION = 'CHECK_IN_INVITATION',
  LISTING_DECISION = 'LISTING_DECISION',
  HCPC_LAPSED = 'HCPC_LAPSED',
  RISK_FLAG_RAISED = 'RISK_FLAG_RAISED',
  RISK_FLAG_ESCALATED = 'RISK_FLAG_ESCALATED',
  REVIEW_DUE = 'REVIEW_DUE',
  REVIEW_OVERDUE = 'REVIEW_OVERDUE',
  WAITLIST_SLOT_OPEN = 'WAITLIST_SLOT_OPEN',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    BOOKING_REQUESTED: { description: 'A client asked for a session with the therapist.' },
    BOOKING_CONFIRMED: { description: 'The therapist confirmed the client’s session.' },
    BOOKING_DECLINED: { description: 'The therapist turned the client’s request down.' },
    BOOKING_CANCELLED: { description: 'The other party cancelled a session.' },
    BOOKING_MOVED: { description: 'The other party moved a session to a new time.' },
    SESSION_REMINDER: { description: 'A session is coming up soon (a reminder; can be turned off).' },
    CHECK_IN_INVITATION: { description: 'An invitation to check in after a completed session (can be turned off).' },
    LISTING_DECISION: { description: 'An admin decided on the therapist’s listing.' },
    HCPC_LAPSED: { description: 'The therapist’s HCPC registration could no longer be confirmed.' },
    RISK_FLAG_RAISED: { description: 'A risk flag was raised on a care plan the therapist holds.' },
    RISK_FLAG_ESCALATED: { description: 'A risk flag has gone unacknowledged for too long (admins).' },
    REVIEW_DUE: { description: 'A care plan review is due.' },
    REVIEW_OVERDUE: { description: 'A care plan review is overdue.' },
    WAITLIST_SLOT_OPEN: { description: 'A time opened with a therapist whose waitlist the client joined (goes with reminders; can be turned off).' },
  },
});
