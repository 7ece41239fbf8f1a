import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { ListingStatus } from '../therapists/listing-status';
import { Therapist } from '../therapists/therapist.entity';
import { ListingAction } from './listing-action';

/**
 * One entry of a listing's moderation history: who did what, when, from which status to which,
 * and why. Written in the same transaction as the change it records; never updated.
 */
@Entity({ tableName: 'listing_events' })
@Index({ name: 'listing_events_therapist_id_occurred_at_index', properties: ['therapist', 'occurredAt'] })
@ObjectType({ description: "One entry of a listing's moderation history (visible to its owner and to admins)." })
export class ListingEvent {
  [OptionalProps]?: 'id' | 'fromStatus' | 'reason' | 'occurredAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the entry.' })
  id: string = randomUUID();

  @ManyToOne(() => Therapist, { deleteRule: 'cascade', updateRule: 'cascade' })
  therapist!: Therapist;

  @Enum({ items: () => ListingAction })
  @Field(() => ListingAction, { description: 'What happened.' })
  action!: ListingAction;

  @Enum({ items: () => ListingStatus, nullable: true })
  @Field(() => ListingStatus, { nullable: true, description: 'Status before; null for the creation of the listing.' })
  fromStatus: ListingStatus | null = null;

  @Enum({ items: () => ListingStatus })
  @Field(() => ListingStatus, { description: 'Status after (the same as before for hiding, pending changes and HCPC checks).' })
  toStatus!: ListingStatus;

  /** accounts `User.id` of whoever did it (exposed as `actor`). */
  @Property({ type: 'uuid' })
  actorId!: string;

  @Property({ length: 2000, nullable: true })
  @Field(() => String, { nullable: true, description: "The admin's reason or message, or the therapist's note; null when none was given." })
  reason: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it happened.' })
  occurredAt: Date = new Date();
}
