import { IsBoolean, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ActivityType } from './activity-type';

@InputType({ description: 'An activity for the client to do between sessions.' })
export class ActivityInput {
  @Field(() => ActivityType, { description: 'The kind of activity.' })
  type!: ActivityType;

  @Field(() => Int, { description: 'How often a week the client aims to do it (1–21).' })
  @IsInt()
  @Min(1)
  @Max(21)
  timesPerWeek!: number;

  @Field({ description: 'What to do, in plain words (3–2000 characters).' })
  @IsString()
  @Length(3, 2000)
  instructions!: string;

  @Field(() => ID, { nullable: true, description: 'The goal of the same plan it works towards, if any.' })
  @IsOptional()
  @IsString()
  goalId?: string | null;
}

@InputType({ description: 'Changes to an activity; fields left out stay as they are.' })
export class UpdateActivityInput {
  @Field(() => Int, { nullable: true, description: 'How often a week the client aims to do it (1–21).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(21)
  timesPerWeek?: number | null;

  @Field(() => String, { nullable: true, description: 'What to do (3–2000 characters).' })
  @IsOptional()
  @IsString()
  @Length(3, 2000)
  instructions?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False retires the activity (its logs are kept); true brings it back.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@InputType({ description: 'One time the client did an activity.' })
export class ActivityLogInput {
  @Field(() => Date, { nullable: true, description: 'When they did it (default now); not in the future.' })
  @IsOptional()
  doneAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'How they felt afterwards, 1 (very low) to 5 (very good).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  mood?: number | null;

  @Field(() => String, { nullable: true, description: 'A note in their own words (up to 1000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}
