import { Condition } from '@caregraph/vocabulary';
import { LocalDateScalar } from '@caregraph/runtime';
import { ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsOptional, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FundingRoute, ReferralUrgency } from './referral-enums';

@InputType({ description: 'The person being referred. Personal data: shown to the therapist and, once linked, the person.' })
export class ReferredPersonInput {
  @Field({ description: 'Given name, 1 to 100 characters.' })
  @Length(1, 100, { message: '$property must be 1 to 100 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  givenName!: string;

  @Field({ description: 'Family name, 1 to 100 characters.' })
  @Length(1, 100, { message: '$property must be 1 to 100 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  familyName!: string;

  @Field(() => LocalDateScalar, { description: 'Date of birth (YYYY-MM-DD): 16 or older, not in the future.' })
  dateOfBirth!: string;

  @Field({ description: 'Their e-mail address: when they sign in to Caregraph with it (confirmed), they see this referral and can book.' })
  @IsEmail({}, { message: '$property must be an email address, like name@example.com.' })
  @MaxLength(254, { message: '$property must be at most 254 characters long.' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'A UK phone number, if they gave one.' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{7,30}$/, { message: '$property must be a phone number of 7 to 30 digits, spaces, brackets or dashes.' })
  phone?: string | null;
}

@InputType({ description: 'A referral from your organisation to a therapist.' })
export class SubmitReferralInput {
  @Field(() => ID, { description: 'The therapist listing (from the directory) the referral is for; it must be taking bookings.' })
  @IsUUID('all', { message: '$property must be a therapist listing id.' })
  therapistId!: string;

  @Field(() => ReferredPersonInput, { description: 'The person being referred.' })
  @ValidateNested()
  person!: ReferredPersonInput;

  @Field({ description: 'Why you are referring them, 1 to 2,000 characters: what they find hard, what they hope for.' })
  @Length(1, 2000, { message: '$property must be 1 to 2000 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  reason!: string;

  @Field(() => [Condition], { description: 'What they are being seen for (at most 10).' })
  @ArrayMaxSize(10, { message: '$property must hold at most 10 conditions.' })
  @IsEnum(Condition, { each: true, message: '$property must hold conditions.' })
  conditions!: Condition[];

  @Field(() => ReferralUrgency, { description: 'How soon they should be seen.' })
  @IsEnum(ReferralUrgency, { message: '$property must be ROUTINE, SOON or URGENT.' })
  urgency!: ReferralUrgency;

  @Field(() => FundingRoute, { description: 'Who pays for the sessions.' })
  @IsEnum(FundingRoute, { message: '$property must be a funding route.' })
  fundingRoute!: FundingRoute;

  @Field({ description: 'The name of the person making the referral (e.g. the GP), 2 to 120 characters.' })
  @Length(2, 120, { message: '$property must be 2 to 120 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  referrerName!: string;

  @Field({ description: 'True: the person has agreed to be referred to Caregraph. A referral without their agreement is refused.' })
  @IsBoolean({ message: '$property must be true or false.' })
  personConsented!: boolean;
}

@InputType({ description: 'Why a referral is declined.' })
export class DeclineReferralInput {
  @Field(() => ID, { description: 'The referral.' })
  @IsUUID('all', { message: '$property must be a referral id.' })
  referralId!: string;

  @Field({ description: 'Why, 1 to 500 characters: the referrer sees it, so no clinical detail beyond what they sent.' })
  @Length(1, 500, { message: '$property must be 1 to 500 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  reason!: string;
}

@InputType({ description: 'A referral letter from your GP, entered by you: the therapist sees it as a referral.' })
export class SubmitGpLetterInput {
  @Field(() => ID, { description: 'The therapist listing (from the directory) you want to see; it must be taking bookings.' })
  @IsUUID('all', { message: '$property must be a therapist listing id.' })
  therapistId!: string;

  @Field({ description: 'Your given name as on the letter, 1 to 100 characters.' })
  @Length(1, 100, { message: '$property must be 1 to 100 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  givenName!: string;

  @Field({ description: 'Your family name as on the letter, 1 to 100 characters.' })
  @Length(1, 100, { message: '$property must be 1 to 100 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  familyName!: string;

  @Field(() => LocalDateScalar, { description: 'Your date of birth (YYYY-MM-DD): 16 or older.' })
  dateOfBirth!: string;

  @Field({ description: 'Who wrote the letter, e.g. "Dr A. Example, Northside Surgery", 2 to 120 characters.' })
  @Length(2, 120, { message: '$property must be 2 to 120 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  referrerName!: string;

  @Field(() => LocalDateScalar, { description: 'The date on the letter (YYYY-MM-DD): not in the future, and within the last year.' })
  letterDate!: string;

  @Field({ description: 'What the letter says you are referred for, in your words or the letter\'s, 1 to 2,000 characters.' })
  @Length(1, 2000, { message: '$property must be 1 to 2000 characters long.' })
  @Matches(/\S/, { message: '$property must not be blank.' })
  reason!: string;

  @Field(() => [Condition], { description: 'What the letter names (at most 10).' })
  @ArrayMaxSize(10, { message: '$property must hold at most 10 conditions.' })
  @IsEnum(Condition, { each: true, message: '$property must hold conditions.' })
  conditions!: Condition[];

  @Field(() => ReferralUrgency, { description: 'How soon the letter asks for you to be seen.' })
  @IsEnum(ReferralUrgency, { message: '$property must be ROUTINE, SOON or URGENT.' })
  urgency!: ReferralUrgency;

  @Field(() => FundingRoute, { defaultValue: FundingRoute.NHS, description: 'Who pays: NHS when the letter refers you under the NHS.' })
  @IsEnum(FundingRoute, { message: '$property must be a funding route.' })
  fundingRoute!: FundingRoute;
}
