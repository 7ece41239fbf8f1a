import path from 'node:path';
import type { SubgraphDefinition } from '@caregraph/runtime';
import { Booking } from './bookings/booking.entity';
import { bookingReference } from './bookings/booking.reference';
import { BookingResolver } from './bookings/booking.resolver';
import { TherapistBookingsResolver } from './bookings/therapist-bookings.resolver';
import { UserBookingsResolver } from './bookings/user-bookings.resolver';
import { seedDemo } from './seed/seed-demo';

/** The bookings subgraph: owns `Booking`; contributes `User.bookings` and `Therapist.bookings`. */
export const bookingsSubgraph: SubgraphDefinition = {
  name: 'bookings',
  envPrefix: 'BOOKINGS',
  database: 'bookings',
  defaultPort: 4103,
  packageRoot: path.resolve(__dirname, '..'),
  entities: [Booking],
  resolvers: [BookingResolver, UserBookingsResolver, TherapistBookingsResolver],
  referenceResolvers: bookingReference,
  seed: seedDemo,
};
