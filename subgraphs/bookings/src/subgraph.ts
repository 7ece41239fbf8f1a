import path from 'node:path';
import type { SubgraphDefinition } from '@caregraph/runtime';
import { Booking } from './bookings/booking.entity';
import { bookingReference } from './bookings/booking.reference';
import { BookingResolver } from './bookings/booking.resolver';
import { TherapistBookingsResolver } from './bookings/therapist-bookings.resolver';
import { UserBookingsResolver } from './bookings/user-bookings.resolver';
import { BookingErasureResolver } from './erasure/booking-erasure.resolver';
import { personalDataExportReference } from './personal-data/personal-data-export.reference';
import { PersonalDataExportResolver } from './personal-data/personal-data-export.resolver';
import { PersonalDataExportStub } from './personal-data/personal-data-export.stub';
import { seedDemo } from './seed/seed-demo';

/**
 * The bookings subgraph: owns `Booking`; contributes `User.bookings`, `Therapist.bookings` and
 * `PersonalDataExport.bookings`; erases a client's bookings for accounts (`eraseClientBookings`).
 */
export const bookingsSubgraph: SubgraphDefinition = {
  name: 'bookings',
  envPrefix: 'BOOKINGS',
  database: 'bookings',
  defaultPort: 4103,
  packageRoot: path.resolve(__dirname, '..'),
  entities: [Booking],
  resolvers: [BookingResolver, UserBookingsResolver, TherapistBookingsResolver, PersonalDataExportResolver, BookingErasureResolver],
  // Reached only through `_entities` (accounts' `exportMyData` returns it), so named here.
  orphanedTypes: [PersonalDataExportStub],
  referenceResolvers: { ...bookingReference, ...personalDataExportReference },
  seed: seedDemo,
};
