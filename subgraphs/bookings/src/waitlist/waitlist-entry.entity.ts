import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@caregraph/runtime';
import { SessionFormat } from '@caregraph/vocabulary';
import { WAITLIST_LIMITS } from './waitlist-limits';

/** Why an entry stopped being active: the client left it, or its dates had passed. */
export enum WaitlistEndReason {
  LEFT = 'LEFT',
  PASSED = 'PASSED',
}

/**
 * A client asking to hear when a time opens with a therapist: any start on a day from `fromDate` to
 * `toDate` (both included, in the therapist's diary time zone), in `format` or any format when null.
 * `createdAt` is the order people asked in. An entry stays active (no `endedAt`) after being told of
 * a time, until the client leaves it or its last day passes (closed at the client's next join).
 */
@Entity({ tableName: 'waitlist_entries' })
@Check({ name: 'waitlist_entries_range_order', expression: 'to_date >= from_date' })
@Check({ name: 'waitlist_entries_range_length', expression: `to_date - from_date < ${WAITLIST_LIMITS.maxRangeDays}` })
@Check({ name: 'waitlist_entries_ended_with_reason', expression: '(ended_at is null) = (end_reason is null)' })
// One active entry per client and therapist: the last word on a duplicate join.
@Index({
  name: 'waitlist_entries_one_active_per_therapist',
  properties: ['clientId', 'therapistId'],
  expression: 'create unique index "waitlist_entries_one_active_per_therapist" on "waitlist_entries" ("client_id", "therapist_id") where ended_at is null',
})
// A client's own entries, every one (the limit, the export, erasure).
@Index({ name: 'waitlist_entries_client_id_created_at_index', properties: ['clientId', 'createdAt'] })
// A freed slot's way in: the therapist's active entries, in the order people asked.
@Index({
  name: 'waitlist_entries_active_by_therapist',
  properties: ['therapistId', 'createdAt'],
  expression: 'create index "waitlist_entries_active_by_therapist" on "waitlist_entries" ("therapist_id", "created_at") where ended_at is null',
})
@ObjectType({ description: 'Your place on a therapist\'s waitlist: you are told when a time opens in your dates and format, in the order people joined.' })
export class WaitlistEntry {
  [OptionalProps]?: 'id' | 'format' | 'createdAt' | 'lastNotifiedAt' | 'notifiedCount' | 'endedAt' | 'endReason';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the entry (give it to leaveWaitlist).' })
  id: string = randomUUID();

  /** accounts `User.id` of the client waiting. */
  @Property({ type: 'uuid' })
  clientId!: string;

  /** therapists `Therapist.id` (the listing). */
  @Property({ type: 'uuid' })
  therapistId!: string;

  /** First day of the range, `YYYY-MM-DD`. */
  @Property({ type: 'date' })
  @Field(() => LocalDateScalar, { name: 'from', description: "The first day you could come, in the therapist's time zone." })
  fromDate!: string;

  /** Last day of the range, included. */
  @Property({ type: 'date' })
  @Field(() => LocalDateScalar, { name: 'to', description: 'The last day you could come (included).' })
  toDate!: string;

  /** The format wanted; null: any the therapist gives. */
  @Enum({ items: () => SessionFormat, nullable: true })
  @Field(() => SessionFormat, { nullable: true, description: 'The format you want; null: any format the therapist gives.' })
  format: SessionFormat | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { name: 'joinedAt', description: 'When you joined: people are told in this order.' })
  createdAt: Date = new Date();

  /** When the client was last told of a freed time. */
  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When you were last told a time had opened; null until then. The entry stays on the list after it.' })
  lastNotifiedAt: Date | null = null;

  /** How many freed times the client was told of. */
  @Property({ type: 'int', default: 0 })
  notifiedCount: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the entry stopped: you left it, or its last day passed. Null while you are on the list.' })
  endedAt: Date | null = null;

  @Enum({ items: () => WaitlistEndReason, nullable: true })
  endReason: WaitlistEndReason | null = null;
}
