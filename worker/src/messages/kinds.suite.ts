import { categoryOf, NOTIFICATION_KINDS, notificationKindOf, RECIPIENT_ROLES } from './index';

describe('notificationKindOf', () => {
  it.each([
    ['booking.requested', 'BOOKING_REQUESTED'],
    ['booking.confirmed', 'BOOKING_CONFIRMED'],
    ['booking.declined', 'BOOKING_DECLINED'],
    ['booking.cancelled', 'BOOKING_CANCELLED'],
    ['booking.moved', 'BOOKING_MOVED'],
    ['booking.reminder', 'SESSION_REMINDER'],
    ['booking.check-in-invitation', 'CHECK_IN_INVITATION'],
    ['listing.moderated', 'LISTING_DECISION'],
    ['listing.hcpc-lapsed', 'HCPC_LAPSED'],
    ['risk-flag.raised', 'RISK_FLAG_RAISED'],
    ['risk-flag.escalated', 'RISK_FLAG_ESCALATED'],
    ['review.due', 'REVIEW_DUE'],
    ['review.overdue', 'REVIEW_OVERDUE'],
    ['waitlist.slot-opened', 'WAITLIST_SLOT_OPEN'],
  ])('maps %s to %s', (outboxKind, notificationKind) => {
    expect(notificationKindOf(outboxKind)).toBe(notificationKind);
  });

  it('covers every NotificationKind exactly once', () => {
    const outboxKinds = ['booking.requested', 'booking.confirmed', 'booking.declined', 'booking.cancelled', 'booking.moved', 'booking.reminder', 'booking.check-in-invitation', 'listing.moderated', 'listing.hcpc-lapsed', 'risk-flag.raised', 'risk-flag.escalated', 'review.due', 'review.overdue', 'waitlist.slot-opened'];
    expect(outboxKinds.map(notificationKindOf).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it.each(['booking.unknown', 'BOOKING_CONFIRMED', '', 'Booking.Confirmed', 'toString', '__proto__', 'constructor', 'hasOwnProperty'])('knows nothing of %p', (outboxKind) => {
    expect(notificationKindOf(outboxKind)).toBeUndefined();
  });
});

describe('categoryOf', () => {
  it('makes the session reminder and the waitlist alert REMINDERs and the check-in invitation an INVITATION', () => {
    expect(categoryOf('SESSION_REMINDER')).toBe('REMINDER');
    expect(categoryOf('WAITLIST_SLOT_OPEN')).toBe('REMINDER');
    expect(categoryOf('CHECK_IN_INVITATION')).toBe('INVITATION');
  });

  it('makes every other kind ESSENTIAL, so no preference silences it', () => {
    const others = NOTIFICATION_KINDS.filter((kind) => !['SESSION_REMINDER', 'WAITLIST_SLOT_OPEN', 'CHECK_IN_INVITATION'].includes(kind));
    expect(others).toHaveLength(11);
    for (const kind of others) expect(categoryOf(kind)).toBe('ESSENTIAL');
  });

  it('treats an unknown kind, or an inherited property name, as ESSENTIAL', () => {
    expect(categoryOf('SOMETHING_NEW')).toBe('ESSENTIAL');
    expect(categoryOf('toString')).toBe('ESSENTIAL');
    expect(categoryOf('')).toBe('ESSENTIAL');
  });
});

describe('RECIPIENT_ROLES', () => {
  it('follows the contract: risk flags escalate to admins, cancellations and moves reach either party', () => {
    expect(RECIPIENT_ROLES.RISK_FLAG_ESCALATED).toEqual(['ADMIN']);
    expect(RECIPIENT_ROLES.BOOKING_CANCELLED).toEqual(['CLIENT', 'THERAPIST']);
    expect(RECIPIENT_ROLES.BOOKING_MOVED).toEqual(['CLIENT', 'THERAPIST']);
    expect(RECIPIENT_ROLES.SESSION_REMINDER).toEqual(['CLIENT', 'THERAPIST']);
    expect(RECIPIENT_ROLES.CHECK_IN_INVITATION).toEqual(['CLIENT']);
    expect(RECIPIENT_ROLES.BOOKING_REQUESTED).toEqual(['THERAPIST']);
    expect(RECIPIENT_ROLES.WAITLIST_SLOT_OPEN).toEqual(['CLIENT']);
    expect(Object.keys(RECIPIENT_ROLES).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });
});
