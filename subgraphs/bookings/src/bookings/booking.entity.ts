import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { BookingStatus } from './booking-status';
import { SessionFormat } from './session-format';

/**
 * A session between a client and a therapist. `clientId` and `therapistId` are ids owned by
 * other subgraphs (accounts `User`, therapists `Therapist`): the graph exposes them as
 * `client` and `therapist` references, never as raw columns.
 *
 * When a client's account is erased, a session that took place is a clinical record the law
 * keeps: it loses `clientId` and carries a pseudonym (`subjectRef`) and a `retainUntil` date
 * instead (see erasure/booking-erasure.service.ts). A row is always one or the other.
 */
@Entity({ tableName: 'bookings' })
@Check({ name: 'bookings_ends_after_starts', expression: 'ends_at > starts_at' })
@Check({ name: 'bookings_client_or_subject', expression: '(client_id is null) <> (subject_ref is null)' })
@Check({ name: 'bookings_subject_retained_until', expression: '(subject_ref is null) = (retain_until is null)' })
@Index({ name: 'bookings_retain_until_index', properties: ['retainUntil'] })
@Index({ name: 'bookings_therapist_id_starts_at_index', properties: ['therapistId', 'startsAt'] })
@Index({ name: 'bookings_client_id_starts_at_index', properties: ['clientId', 'startsAt'] })
@ObjectType({ description: 'A therapy session a client booked with an occupational therapist.' })
@Directive('@key(fields: "id")')
export class Booking {
  [OptionalProps]?: 'id' | 'status' | 'createdAt' | 'updatedAt' | 'version' | 'subjectRef' | 'retainUntil';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the booking.' })
  id: string = randomUUID();

  /** accounts `User.id` of the client; null once the client's account was erased and this record retained. */
  @Property({ type: 'uuid', nullable: true })
  clientId!: string | null;

  /** Pseudonym of an erased client, shared by their retained records; no link to any login. */
  @Property({ type: 'uuid', nullable: true })
  subjectRef: string | null = null;

  /** For a retained record: the date until which the law requires it kept (for a purge job). */
  @Property({ type: 'timestamptz', nullable: true })
  retainUntil: Date | null = null;

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
