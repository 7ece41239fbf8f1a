import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ADMIN_EMAIL, demoId, demoRoster } from '@caregraph/demo-data';
import { Delivery } from '../deliveries/delivery.entity';
import { DeliveryChannel } from '../deliveries/delivery-channel';
import { DeliveryStatus } from '../deliveries/delivery-status';
import { Role } from '../deliveries/recipient-role';
import { Notification } from '../inbox/notification.entity';
import { NotificationKind } from '../inbox/notification-kind';
import { Message } from '../messages/message.entity';

const HOUR = 3_600_000;

/** One demo notice: who, what, where it links, how long ago, whether read, and how its delivery went. */
interface DemoNotice {
  name: string;
  userId: string;
  role: Role;
  source: string;
  outboxKind: string;
  kind: NotificationKind;
  title: string;
  link: string;
  hoursAgo: number;
  read: boolean;
  bookingId?: string;
}

/**
 * A few made-up, non-clinical notifications for the demo client (client01), the demo therapist
 * (therapist01, the client's therapist in the roster) and the demo admin, so their bells are not empty on `npm start`; each
 * with the message and IN_APP delivery it would have come from, and one dead e-mail delivery for the
 * admins' delivery list. Ids are demo ids, so a second seed finds them.
 */
function demoNotices(now: Date): DemoNotice[] {
  const { users, bookings } = demoRoster(now);
  const client = users.find((u) => u.email === 'client01@caregraph.example')!;
  const therapist = users.find((u) => u.email === 'therapist01@caregraph.example')!;
  const admin = users.find((u) => u.email === DEMO_ADMIN_EMAIL)!;
  const booking = bookings.find((b) => b.clientId === client.id && b.startsAt > now) ?? bookings[0];
  const forClient = { userId: client.id, role: Role.CLIENT, source: 'bookings', bookingId: booking.id };
  const forTherapist = { userId: therapist.id, role: Role.THERAPIST };
  const forAdmin = { userId: admin.id, role: Role.ADMIN, source: 'care-plans' };
  return [
    { name: 'client-confirmed', ...forClient, outboxKind: 'booking.confirmed', kind: NotificationKind.BOOKING_CONFIRMED, title: 'Your therapist confirmed your session', link: '/bookings', hoursAgo: 50, read: true },
    { name: 'client-reminder', ...forClient, outboxKind: 'booking.reminder', kind: NotificationKind.SESSION_REMINDER, title: 'Reminder: you have a session coming up', link: '/bookings', hoursAgo: 3, read: false },
    { name: 'client-check-in', ...forClient, outboxKind: 'booking.check-in-invitation', kind: NotificationKind.CHECK_IN_INVITATION, title: 'How are things going? You are invited to check in', link: '/care-plan', hoursAgo: 1, read: false },
    { name: 'therapist-requested', ...forTherapist, source: 'bookings', outboxKind: 'booking.requested', kind: NotificationKind.BOOKING_REQUESTED, title: 'A client asked for a session', link: '/bookings', hoursAgo: 26, read: false, bookingId: booking.id },
    { name: 'therapist-listing', ...forTherapist, source: 'therapists', outboxKind: 'listing.moderated', kind: NotificationKind.LISTING_DECISION, title: 'Your listing was approved', link: '/listing', hoursAgo: 240, read: true },
    { name: 'therapist-reminder', ...forTherapist, source: 'bookings', outboxKind: 'booking.reminder', kind: NotificationKind.SESSION_REMINDER, title: 'Reminder: you have a session coming up', link: '/schedule', hoursAgo: 3, read: false, bookingId: booking.id },
    // Worded as the delivery worker words an escalation (worker/src/messages/safety.ts): no plan, no client.
    { name: 'admin-escalation', ...forAdmin, outboxKind: 'risk-flag.escalated', kind: NotificationKind.RISK_FLAG_ESCALATED, title: 'Urgent: a risk flag has not been acknowledged', link: '/safety', hoursAgo: 2, read: false },
  ];
}

/** Inserts the demo notifications when the table is empty; returns the number of rows written. */
export async function seedDemo(em: EntityManager): Promise<number> {
  if ((await em.count(Notification)) > 0) return 0;
  const now = new Date();
  let written = 0;
  for (const notice of demoNotices(now)) {
    const at = new Date(now.getTime() - notice.hoursAgo * HOUR);
    const message = em.create(Message, {
      id: demoId(`notification-message:${notice.name}`),
      source: notice.source,
      kind: notice.outboxKind,
      facts: notice.bookingId ? { bookingId: notice.bookingId } : {},
      occurredAt: at,
      receivedAt: at,
    });
    const common = { message, kind: notice.kind, recipientUserId: notice.userId, recipientRole: notice.role, createdAt: at, updatedAt: at };
    const inApp = em.create(Delivery, { id: demoId(`notification-delivery:${notice.name}:in-app`), ...common, channel: DeliveryChannel.IN_APP, status: DeliveryStatus.SENT, deliveredAt: at });
    em.create(Notification, { id: inApp.id, userId: notice.userId, kind: notice.kind, title: notice.title, link: notice.link, createdAt: at, readAt: notice.read ? at : null });
    written += 3;
    if (notice.name === 'therapist-requested') {
      // The e-mail of this one never went: the admins' delivery list has a DEAD delivery to retry.
      em.create(Delivery, { id: demoId(`notification-delivery:${notice.name}:email`), ...common, channel: DeliveryChannel.EMAIL, status: DeliveryStatus.DEAD, attempts: 8, lastError: 'SMTP 421: service not available' });
      written += 1;
    }
  }
  await em.flush();
  return written;
}
