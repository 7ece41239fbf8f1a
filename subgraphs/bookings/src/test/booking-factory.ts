import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Booking } from '../bookings/booking.entity';
import { BookingStatus } from '../bookings/booking-status';
import { SessionFormat } from '@caregraph/vocabulary';

const HOUR = 3_600_000;

/** A one-hour confirmed online booking, persisted on the next flush; override any field. */
export function makeBooking(em: EntityManager, fields: Partial<Pick<Booking, 'clientId' | 'therapistId' | 'startsAt' | 'endsAt' | 'status' | 'format'>> = {}): Booking {
  const startsAt = fields.startsAt ?? new Date('2026-03-02T10:00:00Z');
  return em.create(Booking, {
    clientId: fields.clientId ?? randomUUID(),
    therapistId: fields.therapistId ?? randomUUID(),
    startsAt,
    endsAt: fields.endsAt ?? new Date(startsAt.getTime() + HOUR),
    format: fields.format ?? SessionFormat.ONLINE,
    status: fields.status ?? BookingStatus.CONFIRMED,
  });
}

/** `count` whole-hour start times a day apart, from `first` onwards. */
export function dailyStarts(count: number, first = new Date('2026-03-02T10:00:00Z')): Date[] {
  return Array.from({ length: count }, (_, i) => new Date(first.getTime() + i * 24 * HOUR));
}
