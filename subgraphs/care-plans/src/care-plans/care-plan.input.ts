import { ArrayMaxSize, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '@caregraph/runtime';
import { Condition } from '@caregraph/vocabulary';
import { GoalInput } from '../goals/goal.input';

/** Most goals a plan starts with: small and realistic means few at a time. */
export const MAX_INITIAL_GOALS = 10;

@InputType({ description: 'A new care plan for a client the therapist has a care relationship with.' })
export class CreateCarePlanInput {
  @Field(() => ID, { description: 'The accounts `User.id` of the client; the therapist must have a booking with them that was not cancelled or declined.' })
  @IsString()
  clientId!: string;

  @Field(() => [Condition], { description: 'The conditions the plan focuses on (up to 8).' })
  @ArrayMaxSize(8)
  focusConditions!: Condition[];

  @Field({ description: 'What the plan is about, written with the client (1–5000 characters).' })
  @IsString()
  @Length(1, 5000)
  summary!: string;

  @Field(() => LocalDateScalar, { description: 'The day the plan starts.' })
  startDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the plan is meant to end (not before the start).' })
  @IsOptional()
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'How often the plan is reviewed, in weeks (1–26, default 4).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(26)
  reviewCadenceWeeks?: number | null;

  @Field(() => [GoalInput], { nullable: true, description: `Goals to start with (up to ${MAX_INITIAL_GOALS}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_INITIAL_GOALS)
  @ValidateNested({ each: true })
  goals?: GoalInput[] | null;
}

@InputType({ description: 'Changes to a care plan; fields left out stay as they are.' })
export class UpdateCarePlanInput {
  @Field(() => [Condition], { nullable: true, description: 'The conditions the plan focuses on (up to 8).' })
  @IsOptional()
  @ArrayMaxSize(8)
  focusConditions?: Condition[] | null;

  @Field(() => String, { nullable: true, description: 'What the plan is about (1–5000 characters).' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  summary?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the plan starts.' })
  @IsOptional()
  startDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the plan is meant to end (not before the start).' })
  @IsOptional()
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'How often the plan is reviewed, in weeks (1–26).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(26)
  reviewCadenceWeeks?: number | null;
}
