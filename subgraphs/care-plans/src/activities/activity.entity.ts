import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CarePlan } from '../care-plans/care-plan.entity';
import { Goal } from '../goals/goal.entity';
import { ActivityType } from './activity-type';

/** Something the client does between sessions, e.g. a ten-minute walk before breakfast. Reached through its plan. */
@Entity({ tableName: 'care_plan_activities' })
@Index({ name: 'care_plan_activities_care_plan_id_index', properties: ['carePlan'] })
@Check({ name: 'care_plan_activities_times_per_week_range', expression: 'times_per_week between 1 and 21' })
@Check({ name: 'care_plan_activities_instructions_length', expression: 'char_length(instructions) between 3 and 2000' })
@ObjectType({ description: 'Something the client does between sessions to build routine and confidence, which they log each time.' })
export class Activity {
  [OptionalProps]?: 'id' | 'goal' | 'active' | 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the activity.' })
  id: string = randomUUID();

  @ManyToOne(() => CarePlan, { deleteRule: 'cascade' })
  carePlan!: CarePlan;

  /** The goal the activity works towards, if any (same plan; checked when set). */
  @ManyToOne(() => Goal, { nullable: true, deleteRule: 'set null' })
  goal: Goal | null = null;

  @Enum({ items: () => ActivityType })
  @Field(() => ActivityType, { description: 'The kind of activity.' })
  type!: ActivityType;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'How often a week the client aims to do it (1–21).' })
  timesPerWeek!: number;

  @Property({ type: 'text' })
  @Field({ description: 'What to do, in plain words (3–2000 characters).' })
  instructions!: string;

  @Property({ type: 'boolean' })
  @Field({ description: 'False once the therapist retired the activity; its logs are kept.' })
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the activity was added.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ version: true })
  @Field(() => Int, { description: 'Version for optimistic locking: pass it as `expectedVersion` when changing the activity.' })
  version!: number;
}
