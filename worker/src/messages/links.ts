// Where a message's button goes: a path in the recipient's app, as that app's router knows it
// (clients/web/src/App.tsx, clients/therapist/src/App.tsx, admin/src/App.tsx), and the absolute link.
import type { AppBaseUrls, RecipientRole } from './types';

/** The client web app (clients/web/src/App.tsx). */
export const clientPaths = {
  home: '/',
  bookings: '/bookings',
  therapist: (therapistId: string) => `/therapists/${therapistId}`,
  carePlan: '/care-plan',
  checkIn: (carePlanId: string, questionnaire: string) => `/care-plan/${carePlanId}/check-in/${questionnaire}`,
} as const;

/** The therapist workspace (clients/therapist/src/App.tsx). Today lists open risk flags first. */
export const therapistPaths = {
  today: '/',
  bookings: '/bookings',
  listing: '/listing',
  carePlan: (carePlanId: string) => `/care-plans/${carePlanId}`,
} as const;

/** The admin dashboard's react-admin resources (admin/src/App.tsx); `safety` is the risk-flag list. */
export const adminPaths = {
  home: '/',
  safety: '/safety',
  booking: (bookingId: string) => `/bookings/${bookingId}/show`,
  bookings: '/bookings',
} as const;

/** The home of each role's app: where a message with nothing more specific to show opens. */
export const HOME_PATHS: Readonly<Record<RecipientRole, string>> = { CLIENT: clientPaths.home, THERAPIST: therapistPaths.today, ADMIN: adminPaths.home };

/**
 * The absolute URL of a path in the recipient's app. The admin dashboard routes by hash (react-admin's
 * default router, as in its own links `#/moderationQueue`), so its paths go after `/#`.
 */
export function absoluteLink(role: RecipientRole, path: string, appBaseUrls: AppBaseUrls): string {
  const base = appBaseUrls[role].replace(/\/+$/, '');
  return role === 'ADMIN' ? `${base}/#${path}` : `${base}${path}`;
}
