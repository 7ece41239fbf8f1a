import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Booking } from '../bookings/booking.entity';
import { BookingStatus } from '../bookings/booking-status';
import { BookingAction } from './booking-action';
import { BookingParty } from '../bookings/booking-party';

/**
 * One step in a booking's history (confirm, decline, cancel, complete, no-show, reschedule): who,
 * when, from which status and time to which, and why. Rows go with their booking (cascade).
 */
@Entity({ tableName: 'booking_events' })
@Index({ name: 'booking_events_booking_id_occurred_at_index', properties: ['booking', 'occurredAt'] })
export class BookingEvent {
  [OptionalProps]?: 'id' | 'occurredAt' | 'reason' | 'previousStartsAt' | 'newStartsAt' | 'actorId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Booking, { deleteRule: 'cascade', fieldName: 'booking_id' })
  booking!: Booking;

  @Property({ type: 'timestamptz' })
  occurredAt: Date = new Date();

  @Enum({ items: () => BookingAction })
  action!: BookingAction;

  @Enum({ items: () => BookingParty })
  actor!: BookingParty;

  /** The acting user's id; cleared when a client's account is erased. */
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Enum({ items: () => BookingStatus })
  fromStatus!: BookingStatus;

  @Enum({ items: () => BookingStatus })
  toStatus!: BookingStatus;

  @Property({ type: 'timestamptz', nullable: true })
  previousStartsAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  newStartsAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
