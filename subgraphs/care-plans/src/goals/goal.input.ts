import { IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { LocalDateScalar } from '@caregraph/runtime';
import { GoalAchievement, GoalCategory, GoalStatus } from './goal-enums';

@InputType({ description: 'A specific, measurable goal.' })
export class GoalInput {
  @Field({ description: 'What the client wants to achieve, specific and measurable (3–500 characters).' })
  @IsString()
  @Length(3, 500)
  description!: string;

  @Field(() => GoalCategory, { description: 'What area of daily life the goal is about.' })
  @IsEnum(GoalCategory)
  category!: GoalCategory;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the goal is meant to be reached by: not before the plan starts.' })
  @IsOptional()
  targetDate?: string | null;

  @Field(() => GoalStatus, { nullable: true, description: 'Where the goal starts: PROPOSED (default) or ACTIVE.' })
  @IsOptional()
  status?: GoalStatus | null;
}

@InputType({ description: 'Changes to a goal; fields left out stay as they are.' })
export class UpdateGoalInput {
  @Field(() => String, { nullable: true, description: 'What the client wants to achieve (3–500 characters).' })
  @IsOptional()
  @IsString()
  @Length(3, 500)
  description?: string | null;

  @Field(() => GoalCategory, { nullable: true, description: 'What area of daily life the goal is about.' })
  @IsOptional()
  category?: GoalCategory | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the goal is meant to be reached by: not before the plan starts.' })
  @IsOptional()
  targetDate?: string | null;

  @Field(() => GoalStatus, { nullable: true, description: 'Where the goal is in its life.' })
  @IsOptional()
  status?: GoalStatus | null;

  @Field(() => GoalAchievement, { nullable: true, description: 'How the client is getting on with it.' })
  @IsOptional()
  achievement?: GoalAchievement | null;
}
