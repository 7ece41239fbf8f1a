import type { EntityManager } from '@mikro-orm/postgresql';
import { demoRoster } from '@caregraph/demo-data';
import { Booking } from '../bookings/booking.entity';
import { BookingStatus } from '../bookings/booking-status';
import { SessionFormat } from '@caregraph/vocabulary';
import { BookingParty } from '../bookings/booking-party';
import { TherapistSchedule } from '../schedules/schedule.entity';
import { Weekday } from '../schedules/weekday';

/** Demo working hours: weekdays 09:00–17:00 with a lunch break, Europe/London (the default zone). */
const DEMO_HOURS = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY].flatMap((weekday) => [
  { weekday, start: '09:00', end: '13:00' },
  { weekday, start: '14:00', end: '17:00' },
]);

/** Inserts the demo bookings and every demo therapist's schedule, each when its table is empty. */
export async function seedDemo(em: EntityManager): Promise<number> {
  const { bookings, therapists } = demoRoster();
  let written = 0;
  if ((await em.count(TherapistSchedule)) === 0) {
    therapists.forEach((therapist, i) =>
      em.create(TherapistSchedule, {
        therapistId: therapist.id,
        weeklyHours: DEMO_HOURS,
        // Some travel time around home visits, and a few therapists who confirm each request themselves.
        bufferBeforeMinutes: therapist.sessionFormats.includes('HOME_VISIT') ? 15 : 0,
        bufferAfterMinutes: therapist.sessionFormats.includes('HOME_VISIT') ? 15 : 0,
        requiresConfirmation: i % 4 === 3,
      }),
    );
    written += therapists.length;
  }
  if ((await em.count(Booking)) === 0) {
    for (const demo of bookings) {
      em.create(Booking, {
        id: demo.id,
        clientId: demo.clientId,
        therapistId: demo.therapistId,
        startsAt: demo.startsAt,
        endsAt: demo.endsAt,
        format: demo.format as SessionFormat,
        status: demo.status as BookingStatus,
        // Demo cancellations: by the client, two days ahead, with a reason.
        ...(demo.status === 'CANCELLED'
          ? { cancelledBy: BookingParty.CLIENT, cancelledAt: new Date(demo.startsAt.getTime() - 2 * 86_400_000), cancellationReason: 'Unwell that week.' }
          : {}),
      });
    }
    written += bookings.length;
  }
  await em.flush();
  return written;
}
