import type { SubgraphComposition } from '@caregraph/runtime';
import { readBookingsConfig } from './config';
import type { BookingsServices } from './services';

/**
 * Run by the runtime each time the subgraph starts serving: reads the configuration once (a bad
 * BOOKINGS_VIDEO_ROOM_URL_TEMPLATE or REMINDER_LEAD_HOURS stops the start) and hands it to the resolvers' constructors.
 */
export function composeBookings(): SubgraphComposition {
  const services: BookingsServices = { config: readBookingsConfig() };
  return { services };
}
