import { Field, ObjectType } from 'type-graphql';
import { Goal } from '../goals/goal.entity';
import { GoalAchievement, GoalStatus } from '../goals/goal-enums';

@ObjectType({ description: "A goal's status and achievement as agreed at a review." })
export class ReviewGoalUpdateView {
  @Field(() => Goal, { description: 'The goal (as it is now).' })
  goal!: Goal;

  @Field(() => GoalStatus, { description: 'Its status after the review.' })
  status!: GoalStatus;

  @Field(() => GoalAchievement, { description: 'How the client was getting on.' })
  achievement!: GoalAchievement;
}
