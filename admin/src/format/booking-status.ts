import type { BookingStatus } from '../gql/graphql';

/** Where a booking stands (bookings, an account's bookings), in words. */
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  REQUESTED: 'Requested',
  CONFIRMED: 'Confirmed',
  COMPLETED: 'Completed',
  NO_SHOW: 'Did not attend',
  CANCELLED: 'Cancelled',
  DECLINED: 'Declined',
};
