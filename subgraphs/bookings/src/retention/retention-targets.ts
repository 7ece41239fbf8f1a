import type { RetentionPurgeTarget } from '@caregraph/runtime';

/**
 * What the retention purge deletes here: retained sessions past their `retain_until` (set on erasure:
 * the latest session end + the SESSION period of @caregraph/vocabulary). Their history (booking_events)
 * goes with them by foreign-key cascade.
 */
export const BOOKINGS_RETENTION: readonly RetentionPurgeTarget[] = [{ kind: 'SESSION', table: 'bookings' }];
