import path from 'node:path';
import { OutboxEvent, RetentionPurge, type SubgraphDefinition } from '@caregraph/runtime';
import { BOOKINGS_RETENTION } from './retention/retention-targets';
import { AdminBookingsResolver } from './admin/admin-bookings.resolver';
import { AvailabilityResolver } from './availability/availability.resolver';
import { CreateBookingResolver } from './booking-request/create-booking.resolver';
import { Booking } from './bookings/booking.entity';
import { bookingReference } from './bookings/booking.reference';
import { CareRelationshipResolver } from './bookings/care-relationship.resolver';
import { MyClientsResolver } from './clients/my-clients.resolver';
import { BookingResolver } from './bookings/booking.resolver';
// Right after BookingResolver: `Booking.history` follows its fields in the SDL (type-graphql keeps load order).
import { BookingMovesResolver } from './lifecycle/booking-moves.resolver';
import { BookingCancellationResolver } from './lifecycle/booking-cancellation.resolver';
import { BookingHistoryResolver } from './lifecycle/booking-history.resolver';
import { TherapistBookingsResolver } from './bookings/therapist-bookings.resolver';
import { UserBookingsResolver } from './bookings/user-bookings.resolver';
import { BookingErasureResolver } from './erasure/booking-erasure.resolver';
import { personalDataExportReference } from './personal-data/personal-data-export.reference';
import { PersonalDataExportResolver } from './personal-data/personal-data-export.resolver';
import { PersonalDataExportStub } from './personal-data/personal-data-export.stub';
import { TherapistSchedule } from './schedules/schedule.entity';
import { ScheduleResolver } from './schedules/schedule.resolver';
import { CancellationPolicyResolver } from './schedules/cancellation-policy.resolver';
import { BookingEvent } from './lifecycle/booking-event.entity';
import { BookingLifecycleResolver } from './lifecycle/booking-lifecycle.resolver';
import { seedDemo } from './seed/seed-demo';
import { composeBookings } from './composition';
import { sweepSessionReminders } from './reminders/session-reminders';
import { WaitlistEntry } from './waitlist/waitlist-entry.entity';
import { WaitlistResolver } from './waitlist/waitlist.resolver';
import { Referral } from './referrals/referral.entity';
import { ReferralEvent } from './referrals/referral-event.entity';
import { AdminReferralsResolver } from './referrals/admin-referrals.resolver';
import { ReferralResolver } from './referrals/referral.resolver';

/**
 * The bookings subgraph: owns `Booking` and therapists' schedules; contributes `User.bookings`,
 * `Therapist.bookings`, `Therapist.hasCareRelationshipWith`, `Therapist.schedule`, `Therapist.cancellationPolicy`, `Therapist.availability`, `Therapist.nextAvailableSlot` and
 * `PersonalDataExport.bookings`, and the therapist's own client list (`myClients`); erases a client's bookings for accounts (`eraseClientBookings`).
 * Tells people what happened (outbox notices, notices/) and reminds them of sessions (the `session-reminders` sweep);
 * keeps clients' waitlists and tells them when a time opens (`joinWaitlist`, `leaveWaitlist`, `myWaitlist`, waitlist/).
 */
export const bookingsSubgraph: SubgraphDefinition = {
  name: 'bookings',
  envPrefix: 'BOOKINGS',
  database: 'bookings',
  defaultPort: 4103,
  packageRoot: path.resolve(__dirname, '..'),
  entities: [Booking, BookingEvent, TherapistSchedule, WaitlistEntry, Referral, ReferralEvent, RetentionPurge, OutboxEvent],
  retention: BOOKINGS_RETENTION,
  resolvers: [
    BookingResolver,
    BookingHistoryResolver,
    BookingMovesResolver,
    BookingCancellationResolver,
    CreateBookingResolver,
    BookingLifecycleResolver,
    UserBookingsResolver,
    TherapistBookingsResolver,
    CareRelationshipResolver,
    MyClientsResolver,
    ScheduleResolver,
    CancellationPolicyResolver,
    AvailabilityResolver,
    PersonalDataExportResolver,
    BookingErasureResolver,
    AdminBookingsResolver,
    WaitlistResolver,
    ReferralResolver,
    AdminReferralsResolver,
  ],
  // Reached only through `_entities` (accounts' `exportMyData` returns it), so named here.
  orphanedTypes: [PersonalDataExportStub],
  referenceResolvers: { ...bookingReference, ...personalDataExportReference },
  // The configuration, read when serving.
  compose: composeBookings,
  seed: seedDemo,
  // Asked for by the delivery worker every minute: reminders of the sessions starting within REMINDER_LEAD_HOURS.
  sweeps: { 'session-reminders': (em, now) => sweepSessionReminders(em, now) },
};
