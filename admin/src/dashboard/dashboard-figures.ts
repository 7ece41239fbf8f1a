import type { ApolloClient } from '@apollo/client';
import { addDays, londonMidnight, londonToday, londonWeek } from '../format/format';
import type { ListingStatus } from '../gql/graphql';
import { DASHBOARD } from './operations';

/** How many days back "new sign-ups" counts, today included. */
export const SIGN_UP_DAYS = 7;

/** What the dashboard shows. */
export interface DashboardFigures {
  listingsByStatus: Array<{ status: ListingStatus; count: number }>;
  waitingForReview: number;
  /** When the longest-waiting listing was sent for review; null when the queue is empty. */
  oldestWaitingSince: string | null;
  bookingsThisWeek: number;
  /** Monday of this week in London, `YYYY-MM-DD`. */
  weekStarting: string;
  newSignUps: number;
}

/** The dashboard's figures in one request (the gateway asks therapists, bookings and accounts side by side). */
export async function dashboardFigures(client: ApolloClient, now: number = Date.now()): Promise<DashboardFigures> {
  const week = londonWeek(now);
  const signUpsFrom = londonMidnight(addDays(londonToday(now), -(SIGN_UP_DAYS - 1)));
  const { data } = await client.query({ query: DASHBOARD, variables: { weekStart: week.start, weekEnd: week.end, signUpsFrom } });
  return {
    listingsByStatus: data!.adminListingStats.byStatus,
    waitingForReview: data!.adminListingStats.waitingForReview,
    oldestWaitingSince: data!.adminListingStats.oldestWaitingSince,
    bookingsThisWeek: data!.bookingsThisWeek.total,
    weekStarting: week.monday,
    newSignUps: data!.newSignUps.total,
  };
}

/** The data provider's own dashboard method. */
export interface DashboardMethods {
  /** The dashboard's figures: listings by status, the queue's oldest wait, bookings this week, new sign-ups. */
  dashboard(): Promise<{ data: DashboardFigures }>;
}

/** The data provider's `dashboard`. */
export function dashboardMethods(client: ApolloClient): DashboardMethods {
  return { dashboard: async () => ({ data: await dashboardFigures(client) }) };
}
