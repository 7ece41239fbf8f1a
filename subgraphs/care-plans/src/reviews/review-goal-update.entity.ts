import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Goal } from '../goals/goal.entity';
import { GoalAchievement, GoalStatus } from '../goals/goal-enums';
import { ProgressReview } from './progress-review.entity';

/** A goal's status and achievement as set at a review: the points of the goal's trend. */
@Entity({ tableName: 'care_plan_review_goal_updates' })
@Index({ name: 'care_plan_review_goal_updates_goal_index', properties: ['goal'] })
export class ReviewGoalUpdate {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ProgressReview, { deleteRule: 'cascade' })
  review!: ProgressReview;

  @ManyToOne(() => Goal, { deleteRule: 'cascade' })
  goal!: Goal;

  @Enum({ items: () => GoalStatus })
  status!: GoalStatus;

  @Enum({ items: () => GoalAchievement })
  achievement!: GoalAchievement;

  /** Copied from the review so a goal's trend is one index scan. */
  @Property({ type: 'timestamptz' })
  reviewedAt!: Date;
}
