// The message catalogue: what each notification says to each person, in e-mail and in the app.
// UK English, calm and short; facts only (when, where, a link), never clinical content, names or
// addresses (docs/adr/022-notifications-outbox-and-delivery-worker.md).
import { bookingCancelled, bookingConfirmed, bookingDeclined, bookingMoved, bookingRequested } from './bookings';
import { somethingNew } from './generic';
import { categoryOf, isNotificationKind, type NotificationKind } from './kinds';
import { renderHtml, renderText } from './layout';
import { absoluteLink } from './links';
import { hcpcLapsed, listingDecision } from './listings';
import { reviewDue, reviewOverdue } from './reviews';
import { riskFlagEscalated, riskFlagRaised } from './safety';
import { checkInInvitation, sessionReminder } from './sessions';
import { waitlistSlotOpen } from './waitlist';
import type { RenderedMessage, RenderInput, Writer } from './types';

export { categoryOf, notificationKindOf, NOTIFICATION_KINDS, RECIPIENT_ROLES, type NotificationKind } from './kinds';
export type { AppBaseUrls, MessageCategory, RecipientRole, RenderedMessage, RenderInput } from './types';

const WRITERS: Readonly<Record<NotificationKind, Writer>> = {
  BOOKING_REQUESTED: bookingRequested,
  BOOKING_CONFIRMED: bookingConfirmed,
  BOOKING_DECLINED: bookingDeclined,
  BOOKING_CANCELLED: bookingCancelled,
  BOOKING_MOVED: bookingMoved,
  SESSION_REMINDER: sessionReminder,
  CHECK_IN_INVITATION: checkInInvitation,
  LISTING_DECISION: listingDecision,
  HCPC_LAPSED: hcpcLapsed,
  RISK_FLAG_RAISED: riskFlagRaised,
  RISK_FLAG_ESCALATED: riskFlagEscalated,
  REVIEW_DUE: reviewDue,
  REVIEW_OVERDUE: reviewOverdue,
  WAITLIST_SLOT_OPEN: waitlistSlotOpen,
};

/**
 * One notification for one person: the e-mail (subject, text and HTML parts with the same words) and
 * the in-app title and path. An unknown kind gets a general "something new" message; missing or odd
 * facts get general sentences. The unsubscribe line appears only on messages that can be turned off.
 */
export function renderMessage(input: RenderInput): RenderedMessage {
  const { notificationKind, role, appBaseUrls } = input;
  const facts = input.facts ?? {};
  const write = isNotificationKind(notificationKind) ? WRITERS[notificationKind] : somethingNew;
  const draft = write(facts, role);
  const link = absoluteLink(role, draft.path, appBaseUrls);
  const canTurnOff = categoryOf(notificationKind) !== 'ESSENTIAL';
  const unsubscribeUrl = canTurnOff && input.unsubscribeUrl ? input.unsubscribeUrl : undefined;
  return {
    subject: draft.subject,
    title: draft.subject,
    text: renderText({ draft, link, unsubscribeUrl }),
    html: renderHtml({ draft, link, unsubscribeUrl }),
    link,
    path: draft.path,
  };
}
