import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { BookingStatus } from './booking-status';
import { SessionFormat } from './session-format';

/**
 * A session between a client and a therapist. `clientId` and `therapistId` are ids owned by
 * other subgraphs (accounts `User`, therapists `Therapist`): the graph exposes them as
 * `client` and `therapist` references, never as raw columns.
 */
@Entity({ tableName: 'bookings' })
@Check({ name: 'bookings_ends_after_starts', expression: 'ends_at > starts_at' })
@Index({ name: 'bookings_therapist_id_starts_at_index', properties: ['therapistId', 'startsAt'] })
@Index({ name: 'bookings_client_id_starts_at_index', properties: ['clientId', 'startsAt'] })
@ObjectType({ description: 'A therapy session a client booked with an occupational therapist.' })
@Directive('@key(fields: "id")')
export class Booking {
  [OptionalProps]?: 'id' | 'status' | 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the booking.' })
  id: string = randomUUID();

  /** accounts `User.id` of the client. */
  @Property({ type: 'uuid' })
  clientId!: string;

  /** therapists `Therapist.id` of the therapist. */
  @Property({ type: 'uuid' })
  therapistId!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the session starts.' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the session ends; always after `startsAt`.' })
  endsAt!: Date;

  @Enum({ items: () => SessionFormat })
  @Field(() => SessionFormat, { description: 'Whether the session is a home visit or online.' })
  format!: SessionFormat;

  @Enum({ items: () => BookingStatus })
  @Field(() => BookingStatus, { description: 'Where the booking is in its life.' })
  status: BookingStatus = BookingStatus.REQUESTED;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the booking was made.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the booking last changed.' })
  updatedAt: Date = new Date();

  /** Optimistic lock: a change made from a stale copy fails instead of overwriting. */
  @Property({ version: true })
  version!: number;
}
