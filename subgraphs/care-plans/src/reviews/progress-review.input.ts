import { ArrayMaxSize, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GoalAchievement, GoalStatus } from '../goals/goal-enums';
import { MAX_COPM_PROBLEMS } from '../measures/copm';

@InputType({ description: "One goal's status and achievement as agreed at the review." })
export class ReviewGoalUpdateInput {
  @Field(() => ID, { description: 'A goal of this care plan.' })
  @IsString()
  goalId!: string;

  @Field(() => GoalStatus, { nullable: true, description: "The goal's status after the review (unchanged when left out)." })
  @IsOptional()
  status?: GoalStatus | null;

  @Field(() => GoalAchievement, { description: 'How the client is getting on with it.' })
  achievement!: GoalAchievement;
}

@InputType({ description: 'One problem the client chose, rated 1–10 for performance and satisfaction (COPM style).' })
export class CopmRatingInput {
  @Field({ description: 'The everyday activity the client finds hard, in their words (2–200 characters).' })
  @IsString()
  @Length(2, 200)
  problem!: string;

  @Field(() => Int, { description: 'Performance, 1 (not able) to 10 (extremely well).' })
  @IsInt()
  @Min(1)
  @Max(10)
  performance!: number;

  @Field(() => Int, { description: 'Satisfaction, 1 (not at all) to 10 (extremely).' })
  @IsInt()
  @Min(1)
  @Max(10)
  satisfaction!: number;
}

@InputType({ description: 'A progress review: notes, goal updates and the outcome measures taken.' })
export class ProgressReviewInput {
  @Field(() => ID, { nullable: true, description: 'The completed session the review took place at (yours, with this client).' })
  @IsOptional()
  @IsString()
  bookingId?: string | null;

  @Field(() => Date, { nullable: true, description: "When the review took place (default: the session's start, or now); not in the future." })
  @IsOptional()
  reviewedAt?: Date | null;

  @Field({ description: "The therapist's notes of the review (1–10000 characters)." })
  @IsString()
  @Length(1, 10000)
  notes!: string;

  @Field(() => [ReviewGoalUpdateInput], { nullable: true, description: 'Goal updates agreed at the review.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  goalUpdates?: ReviewGoalUpdateInput[] | null;

  @Field(() => [CopmRatingInput], { nullable: true, description: `COPM-style ratings of up to ${MAX_COPM_PROBLEMS} problems the client chose.` })
  @IsOptional()
  @ArrayMaxSize(MAX_COPM_PROBLEMS, { message: `copm rates at most ${MAX_COPM_PROBLEMS} problems.` })
  @ValidateNested({ each: true })
  copm?: CopmRatingInput[] | null;

  @Field(() => [Int], { nullable: true, description: 'PHQ-9 completed with the client: nine answers, each 0–3.' })
  @IsOptional()
  phq9?: number[] | null;

  @Field(() => [Int], { nullable: true, description: 'GAD-7 completed with the client: seven answers, each 0–3.' })
  @IsOptional()
  gad7?: number[] | null;
}
