import { IsInt, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/** What a discharge summary holds (stored as one JSON value on the referral). */
export interface StoredDischargeSummary {
  phq9AtStart: number | null;
  phq9AtEnd: number | null;
  gad7AtStart: number | null;
  gad7AtEnd: number | null;
  goalsAchieved: string;
  recommendations: string;
  writtenAt: string;
}

@InputType({ description: 'The discharge summary the therapist writes as care ends: outcome measures at the start and the end, goals achieved and recommendations.' })
export class DischargeReferralInput {
  @Field(() => ID, { description: 'The BOOKED referral.' })
  @IsUUID('all', { message: '$property must be a referral id.' })
  referralId!: string;

  @Field(() => Int, { nullable: true, description: 'PHQ-9 total at the start of care (0–27), if measured.' })
  @IsOptional()
  @IsInt({ message: '$property must be a whole number.' })
  @Min(0, { message: '$property must be 0 to 27.' })
  @Max(27, { message: '$property must be 0 to 27.' })
  phq9AtStart?: number | null;

  @Field(() => Int, { nullable: true, description: 'PHQ-9 total at the end of care (0–27), if measured.' })
  @IsOptional()
  @IsInt({ message: '$property must be a whole number.' })
  @Min(0, { message: '$property must be 0 to 27.' })
  @Max(27, { message: '$property must be 0 to 27.' })
  phq9AtEnd?: number | null;

  @Field(() => Int, { nullable: true, description: 'GAD-7 total at the start of care (0–21), if measured.' })
  @IsOptional()
  @IsInt({ message: '$property must be a whole number.' })
  @Min(0, { message: '$property must be 0 to 21.' })
  @Max(21, { message: '$property must be 0 to 21.' })
  gad7AtStart?: number | null;

  @Field(() => Int, { nullable: true, description: 'GAD-7 total at the end of care (0–21), if measured.' })
  @IsOptional()
  @IsInt({ message: '$property must be a whole number.' })
  @Min(0, { message: '$property must be 0 to 21.' })
  @Max(21, { message: '$property must be 0 to 21.' })
  gad7AtEnd?: number | null;

  @Field({ description: 'The goals achieved, in plain words (1 to 2,000 characters).' })
  @Length(1, 2000, { message: '$property must be 1 to 2000 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  goalsAchieved!: string;

  @Field({ description: 'Recommendations for the referrer and the person (1 to 2,000 characters).' })
  @Length(1, 2000, { message: '$property must be 1 to 2000 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  recommendations!: string;
}

@ObjectType({ description: "The therapist's summary at the end of care. The therapist and the person see it; the referrer only once the person agrees to share it with them." })
export class DischargeSummary {
  @Field(() => Int, { nullable: true, description: 'PHQ-9 total at the start of care.' })
  phq9AtStart!: number | null;

  @Field(() => Int, { nullable: true, description: 'PHQ-9 total at the end of care.' })
  phq9AtEnd!: number | null;

  @Field(() => Int, { nullable: true, description: 'GAD-7 total at the start of care.' })
  gad7AtStart!: number | null;

  @Field(() => Int, { nullable: true, description: 'GAD-7 total at the end of care.' })
  gad7AtEnd!: number | null;

  @Field({ description: 'The goals achieved.' })
  goalsAchieved!: string;

  @Field({ description: 'Recommendations.' })
  recommendations!: string;

  @Field(() => Date, { description: 'When the therapist wrote it.' })
  writtenAt!: Date;

  @Field(() => Boolean, { description: 'True while the person agrees to share it with the referrer.' })
  sharedWithReferrer!: boolean;
}
