import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CarePlan } from '../care-plans/care-plan.entity';
import { Activity } from './activity.entity';

/** One time the client did an activity. The plan is kept on the row so a plan's logs are one index scan. */
@Entity({ tableName: 'care_plan_activity_logs' })
@Index({ name: 'care_plan_activity_logs_activity_done_at_index', properties: ['activity', 'doneAt'] })
@Index({ name: 'care_plan_activity_logs_care_plan_id_index', properties: ['carePlan'] })
@Check({ name: 'care_plan_activity_logs_mood_range', expression: 'mood is null or mood between 1 and 5' })
@Check({ name: 'care_plan_activity_logs_note_length', expression: 'note is null or char_length(note) <= 1000' })
@ObjectType({ description: 'One time the client did an activity, with how they felt.' })
export class ActivityLog {
  [OptionalProps]?: 'id' | 'mood' | 'note' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the log entry.' })
  id: string = randomUUID();

  @ManyToOne(() => Activity, { deleteRule: 'cascade' })
  activity!: Activity;

  @ManyToOne(() => CarePlan, { deleteRule: 'cascade' })
  carePlan!: CarePlan;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the client did the activity.' })
  doneAt!: Date;

  @Property({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: 'How the client felt afterwards, 1 (very low) to 5 (very good), if they said.' })
  mood: number | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The client's own note (up to 1000 characters)." })
  note: string | null = null;

  /** accounts `User.id` of who logged it (the client). */
  @Property({ type: 'uuid' })
  loggedBy!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the entry was made.' })
  createdAt: Date = new Date();
}
