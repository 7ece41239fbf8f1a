import { renderMessage, type RecipientRole } from './index';

const APP_BASE_URLS = { CLIENT: 'https://app.caregraph.example', THERAPIST: 'https://therapists.caregraph.example', ADMIN: 'https://admin.caregraph.example' };
const SUMMER = '2026-07-14T09:00:00.000Z'; // 10:00 in London (BST)
const WINTER = '2026-12-08T10:00:00.000Z'; // 10:00 in London (GMT)

function render(notificationKind: string, role: RecipientRole, facts: Record<string, unknown>) {
  return renderMessage({ notificationKind, facts, role, appBaseUrls: APP_BASE_URLS });
}

describe('session times in London', () => {
  it('says 10:00 for a 10:00 session in July and in December alike', () => {
    const july = render('SESSION_REMINDER', 'CLIENT', { startsAt: SUMMER });
    const december = render('SESSION_REMINDER', 'CLIENT', { startsAt: WINTER });
    expect(july.subject).toBe('Reminder: your session on Tuesday 14 July at 10:00');
    expect(july.text).toContain('you have a session on Tuesday 14 July at 10:00.');
    expect(december.subject).toBe('Reminder: your session on Tuesday 8 December at 10:00');
    expect(december.html).toContain('you have a session on Tuesday 8 December at 10:00.');
  });

  it('gives both times of a move across the clock change in London time', () => {
    const moved = render('BOOKING_MOVED', 'CLIENT', { previousStartsAt: SUMMER, startsAt: WINTER });
    expect(moved.text).toContain('Your session on Tuesday 14 July at 10:00 has moved to Tuesday 8 December at 10:00.');
    expect(render('BOOKING_MOVED', 'THERAPIST', { startsAt: WINTER }).text).toContain('A session has moved to Tuesday 8 December at 10:00.');
    expect(render('BOOKING_MOVED', 'THERAPIST', { previousStartsAt: SUMMER }).text).toContain('A session on Tuesday 14 July at 10:00 has moved to a new time.');
  });

  it('falls back to general words when the time is missing or unreadable', () => {
    expect(render('SESSION_REMINDER', 'CLIENT', {}).subject).toBe('Reminder: your session is coming up');
    expect(render('SESSION_REMINDER', 'THERAPIST', { startsAt: 'soon' }).text).toContain('You have a session with a client coming up.');
    expect(render('BOOKING_CONFIRMED', 'CLIENT', { startsAt: 'Invalid Date' }).text).toContain('Your therapist has confirmed your session.');
  });
});

describe('booking words', () => {
  it('says how the session happens for each known format, and nothing for an unknown one', () => {
    expect(render('BOOKING_CONFIRMED', 'CLIENT', { format: 'ONLINE' }).text).toContain('It is an online session.');
    expect(render('BOOKING_CONFIRMED', 'CLIENT', { format: 'HOME_VISIT' }).text).toContain('It is a home visit.');
    expect(render('BOOKING_REQUESTED', 'THERAPIST', { format: 'CLINIC' }).text).toContain('It is at the clinic.');
    expect(render('BOOKING_CONFIRMED', 'CLIENT', { format: 'PHONE' }).text).not.toMatch(/It is (an|a|at)/);
  });

  it('tells the client who cancelled, and says sorry for short notice only when it was not them', () => {
    const byTherapist = render('BOOKING_CANCELLED', 'CLIENT', { cancelledBy: 'THERAPIST', late: true, startsAt: WINTER });
    expect(byTherapist.text).toContain('Your therapist has cancelled your session on Tuesday 8 December at 10:00.');
    expect(byTherapist.text).toContain('We are sorry this comes at short notice.');
    const byAdmin = render('BOOKING_CANCELLED', 'CLIENT', { cancelledBy: 'ADMIN', late: false });
    expect(byAdmin.text).toContain('The Caregraph team has cancelled your session.');
    expect(byAdmin.text).not.toContain('short notice');
    expect(render('BOOKING_CANCELLED', 'CLIENT', { late: 'true' }).text).toContain('Your session has been cancelled.');
  });

  it('tells the therapist a client cancelled, and whether it was late', () => {
    const late = render('BOOKING_CANCELLED', 'THERAPIST', { cancelledBy: 'CLIENT', late: true, startsAt: SUMMER });
    expect(late.subject).toBe('A session has been cancelled');
    expect(late.text).toContain('A client has cancelled their session on Tuesday 14 July at 10:00.');
    expect(late.text).toContain('It was cancelled at short notice.');
    expect(render('BOOKING_CANCELLED', 'THERAPIST', { cancelledBy: 'ADMIN' }).text).toContain('The Caregraph team has cancelled a session.');
    expect(render('BOOKING_CANCELLED', 'THERAPIST', { cancelledBy: 'CLIENT', late: false }).text).not.toContain('short notice');
  });

  it('declines gently, without a reason', () => {
    const declined = render('BOOKING_DECLINED', 'CLIENT', { startsAt: WINTER, reason: 'fully booked with difficult clients' });
    expect(declined.subject).toBe('About your session request');
    expect(declined.text).toContain('Your therapist is not able to take your session request for Tuesday 8 December at 10:00.');
    expect(declined.text).toContain('it is nothing you have done');
    expect(declined.text).not.toContain('difficult');
  });
});

describe('listing decisions', () => {
  it.each([
    ['APPROVED', 'Your listing is approved', 'clients can now find you in the directory'],
    ['CHANGES_REQUESTED', 'Your listing needs a few changes', 'asked for a few changes before it can be published'],
    ['REJECTED', 'An update on your listing', 'it will not be published'],
    ['SUSPENDED', 'Your listing is out of the directory for now', 'taken your listing out of the directory for now'],
    ['REINSTATED', 'Your listing is back in the directory', 'clients can find you again'],
    ['CHANGES_APPROVED', 'Your listing changes are live', 'they are now live'],
    ['CHANGES_DECLINED', 'About the changes to your listing', 'keeps its current details'],
    ['SOMETHING_ELSE', 'An update on your listing', 'An admin has reviewed your listing.'],
  ])('words %s calmly', (decision, subject, sentence) => {
    const message = render('LISTING_DECISION', 'THERAPIST', { decision });
    expect(message.subject).toBe(subject);
    expect(message.text).toContain(sentence);
    expect(message.text).not.toContain('The admin left you this message');
  });

  it('quotes the admin’s message when there is one', () => {
    const message = render('LISTING_DECISION', 'THERAPIST', { decision: 'CHANGES_REQUESTED', message: '  Please add your HCPC number.  ' });
    expect(message.text).toContain('The admin left you this message:\n\nPlease add your HCPC number.\n\nOpen my listing:');
    expect(message.html).toContain('>Please add your HCPC number.</blockquote>');
  });
});

describe('the quieter messages', () => {
  it('invites to a check-in without pressure', () => {
    const invitation = render('CHECK_IN_INVITATION', 'CLIENT', {});
    expect(invitation.subject).toBe('How are you getting on?');
    expect(invitation.text).toContain('There are no right or wrong answers, and it is entirely up to you.');
  });

  it('asks for an overdue review plainly', () => {
    expect(render('REVIEW_OVERDUE', 'THERAPIST', {}).text).toContain('A progress review on one of your clients’ care plans is now overdue.');
    expect(render('REVIEW_DUE', 'THERAPIST', {}).subject).toBe('A progress review is due');
    expect(render('HCPC_LAPSED', 'THERAPIST', {}).subject).toBe('Please check your HCPC registration');
  });
});
