import type { EntityManager } from '@mikro-orm/postgresql';
import { demoRoster } from '@caregraph/runtime/demo';
import { Booking } from '../bookings/booking.entity';
import { BookingStatus } from '../bookings/booking-status';
import { SessionFormat } from '../bookings/session-format';

/** Inserts the demo bookings when the table is empty. */
export async function seedDemo(em: EntityManager): Promise<number> {
  if ((await em.count(Booking)) > 0) return 0;
  const { bookings } = demoRoster();
  for (const demo of bookings) {
    em.create(Booking, {
      id: demo.id,
      clientId: demo.clientId,
      therapistId: demo.therapistId,
      startsAt: demo.startsAt,
      endsAt: demo.endsAt,
      format: demo.format as SessionFormat,
      status: demo.status as BookingStatus,
    });
  }
  await em.flush();
  return bookings.length;
}
