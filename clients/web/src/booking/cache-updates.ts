import type { ApolloCache } from '@apollo/client';

/**
 * After a booking is made or moved: the therapist's free times and next free slot have changed, and
 * after a new booking the person's list of bookings has a new entry (pass `userId`). Evicting those
 * fields makes every screen that shows them fetch them again, instead of showing a time that is no
 * longer free. A moved booking needs no list refresh: the mutation's answer updates it by id.
 */
export function forgetAfterBooking(cache: ApolloCache, therapistId: string, userId: string | undefined): void {
  const therapist = cache.identify({ __typename: 'Therapist', id: therapistId });
  cache.evict({ id: therapist, fieldName: 'availability' });
  cache.evict({ id: therapist, fieldName: 'nextAvailableSlot' });
  if (userId) cache.evict({ id: cache.identify({ __typename: 'User', id: userId }), fieldName: 'bookings' });
  cache.gc();
}
