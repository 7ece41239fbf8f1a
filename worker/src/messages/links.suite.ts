import { renderMessage, type RecipientRole } from './index';

const APP_BASE_URLS = { CLIENT: 'https://app.caregraph.example/', THERAPIST: 'https://therapists.caregraph.example', ADMIN: 'https://admin.caregraph.example//' };
const BOOKING = '3f0a1c52-5b7e-4d7c-8a1e-2c9d7e6f5a41';
const PLAN = '8b2e4d16-9c3a-4f5b-b7d8-1e2f3a4b5c6d';
const LISTING = '7d0c6d3c-1a4e-4c1e-9a59-6e1f5f2b9a11';

function linkOf(notificationKind: string, role: RecipientRole, facts: Record<string, unknown>) {
  const { path, link } = renderMessage({ notificationKind, facts, role, appBaseUrls: APP_BASE_URLS });
  return { path, link };
}

describe('links into the recipient’s app', () => {
  it.each([
    ['BOOKING_CONFIRMED', 'CLIENT'],
    ['BOOKING_CANCELLED', 'CLIENT'],
    ['BOOKING_MOVED', 'CLIENT'],
    ['SESSION_REMINDER', 'CLIENT'],
  ] as const)('sends a client’s %s to the web app’s bookings page', (kind, role) => {
    expect(linkOf(kind, role, { bookingId: BOOKING })).toEqual({ path: '/bookings', link: 'https://app.caregraph.example/bookings' });
  });

  it.each([
    ['BOOKING_REQUESTED', 'THERAPIST'],
    ['BOOKING_CANCELLED', 'THERAPIST'],
    ['BOOKING_MOVED', 'THERAPIST'],
    ['SESSION_REMINDER', 'THERAPIST'],
  ] as const)('sends a therapist’s %s to the workspace’s bookings page', (kind, role) => {
    expect(linkOf(kind, role, { bookingId: BOOKING })).toEqual({ path: '/bookings', link: 'https://therapists.caregraph.example/bookings' });
  });

  it('sends a declined client to the same therapist’s page to choose another time, or to the search without its id', () => {
    expect(linkOf('BOOKING_DECLINED', 'CLIENT', { therapistId: LISTING })).toEqual({ path: `/therapists/${LISTING}`, link: `https://app.caregraph.example/therapists/${LISTING}` });
    expect(linkOf('BOOKING_DECLINED', 'CLIENT', {}).path).toBe('/');
  });

  it('sends the check-in invitation to the check-in page when the plan and questionnaire are known, else to the care plan', () => {
    expect(linkOf('CHECK_IN_INVITATION', 'CLIENT', { carePlanId: PLAN, questionnaire: 'PHQ9' }).path).toBe(`/care-plan/${PLAN}/check-in/PHQ9`);
    expect(linkOf('CHECK_IN_INVITATION', 'CLIENT', { carePlanId: PLAN, questionnaireKind: 'GAD7' }).link).toBe(`https://app.caregraph.example/care-plan/${PLAN}/check-in/GAD7`);
    expect(linkOf('CHECK_IN_INVITATION', 'CLIENT', { carePlanId: PLAN, questionnaire: 'MOOD' }).path).toBe('/care-plan');
    expect(linkOf('CHECK_IN_INVITATION', 'CLIENT', { bookingId: BOOKING }).path).toBe('/care-plan');
  });

  it('sends listing messages to the therapist’s listing page', () => {
    expect(linkOf('LISTING_DECISION', 'THERAPIST', { decision: 'APPROVED', therapistId: LISTING })).toEqual({ path: '/listing', link: 'https://therapists.caregraph.example/listing' });
    expect(linkOf('HCPC_LAPSED', 'THERAPIST', { therapistId: LISTING }).path).toBe('/listing');
  });

  it('sends a raised risk flag to Today, where open flags come first and are acknowledged', () => {
    expect(linkOf('RISK_FLAG_RAISED', 'THERAPIST', { carePlanId: PLAN, riskFlagId: BOOKING })).toEqual({ path: '/', link: 'https://therapists.caregraph.example/' });
  });

  it('sends review reminders to the care plan, or to Today without its id', () => {
    expect(linkOf('REVIEW_DUE', 'THERAPIST', { carePlanId: PLAN }).path).toBe(`/care-plans/${PLAN}`);
    expect(linkOf('REVIEW_OVERDUE', 'THERAPIST', { carePlanId: PLAN.toUpperCase() }).path).toBe(`/care-plans/${PLAN}`);
    expect(linkOf('REVIEW_DUE', 'THERAPIST', {}).path).toBe('/');
  });

  it('sends an escalation to the admin dashboard’s safety list, through its hash router', () => {
    expect(linkOf('RISK_FLAG_ESCALATED', 'ADMIN', { riskFlagId: BOOKING })).toEqual({ path: '/safety', link: 'https://admin.caregraph.example/#/safety' });
  });

  it('opens the booking itself in the admin dashboard when an admin gets a booking message', () => {
    expect(linkOf('BOOKING_CANCELLED', 'ADMIN', { bookingId: BOOKING })).toEqual({ path: `/bookings/${BOOKING}/show`, link: `https://admin.caregraph.example/#/bookings/${BOOKING}/show` });
    expect(linkOf('BOOKING_CANCELLED', 'ADMIN', {}).path).toBe('/bookings');
    expect(renderMessage({ notificationKind: 'BOOKING_MOVED', facts: {}, role: 'ADMIN', appBaseUrls: APP_BASE_URLS }).text).toContain('Open the bookings: https://admin.caregraph.example/#/bookings');
  });

  it('names the link in words that match where it goes', () => {
    const review = renderMessage({ notificationKind: 'REVIEW_DUE', facts: { carePlanId: PLAN }, role: 'THERAPIST', appBaseUrls: APP_BASE_URLS });
    expect(review.text).toContain(`Open the care plan: https://therapists.caregraph.example/care-plans/${PLAN}`);
    const withoutPlan = renderMessage({ notificationKind: 'REVIEW_DUE', facts: {}, role: 'THERAPIST', appBaseUrls: APP_BASE_URLS });
    expect(withoutPlan.text).toContain('Open Caregraph: https://therapists.caregraph.example/');
    const invitation = renderMessage({ notificationKind: 'CHECK_IN_INVITATION', facts: {}, role: 'CLIENT', appBaseUrls: APP_BASE_URLS });
    expect(invitation.text).toContain('Open my care plan: https://app.caregraph.example/care-plan');
  });
});
