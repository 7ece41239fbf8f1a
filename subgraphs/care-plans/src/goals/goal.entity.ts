import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Check } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@caregraph/runtime';
import { CarePlan } from '../care-plans/care-plan.entity';
import { GoalAchievement, GoalCategory, GoalStatus } from './goal-enums';

/** One specific, measurable goal of a care plan. Reached only through its plan, whose access rules cover it. */
@Entity({ tableName: 'care_plan_goals' })
@Index({ name: 'care_plan_goals_care_plan_id_index', properties: ['carePlan'] })
@Check({ name: 'care_plan_goals_description_length', expression: 'char_length(description) between 3 and 500' })
@ObjectType({ description: 'One specific, measurable goal of a care plan, e.g. "Get up by 8:30 on five weekday mornings".' })
export class Goal {
  [OptionalProps]?: 'id' | 'status' | 'achievement' | 'targetDate' | 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the goal.' })
  id: string = randomUUID();

  @ManyToOne(() => CarePlan, { deleteRule: 'cascade' })
  carePlan!: CarePlan;

  @Property({ type: 'text' })
  @Field({ description: 'What the client wants to achieve, specific and measurable (3–500 characters).' })
  description!: string;

  @Enum({ items: () => GoalCategory })
  @Field(() => GoalCategory, { description: 'What area of daily life the goal is about.' })
  category!: GoalCategory;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the goal is meant to be reached by, if agreed.' })
  targetDate: string | null = null;

  @Enum({ items: () => GoalStatus })
  @Field(() => GoalStatus, { description: 'Where the goal is in its life.' })
  status: GoalStatus = GoalStatus.PROPOSED;

  @Enum({ items: () => GoalAchievement })
  @Field(() => GoalAchievement, { description: 'How the client is getting on with the goal, as last reviewed.' })
  achievement: GoalAchievement = GoalAchievement.IN_PROGRESS;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the goal was added.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the goal last changed.' })
  updatedAt: Date = new Date();

  @Property({ version: true })
  @Field(() => Int, { description: 'Version for optimistic locking: pass it as `expectedVersion` when changing the goal.' })
  version!: number;
}
