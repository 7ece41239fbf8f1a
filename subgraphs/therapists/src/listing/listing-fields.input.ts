import { ArrayMaxSize, ArrayUnique, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IsUkPostcode } from '../location/is-uk-postcode';
import { Approach } from '../therapists/approach';
import { Condition, SessionFormat } from '@caregraph/vocabulary';
import { FundingOption } from '../therapists/funding-option';
import { Language } from '../therapists/language';
import { TherapistGender } from '../therapists/therapist-gender';

/** Limits shared by input validation and the database CHECK constraints (therapist.checks.ts). */
export const LIMITS = {
  feePence: { min: 0, max: 100_000 },
  sessionMinutes: { min: 15, max: 240 },
  travelRadiusKm: { min: 1, max: 100 },
  yearsOfExperience: { min: 0, max: 60 },
} as const;

const range = (name: keyof typeof LIMITS, unit: string) =>
  `$property must be a whole number ${unit} from ${LIMITS[name].min} to ${LIMITS[name].max}.`;

/**
 * The listing fields a therapist edits, all optional: a field left out is unchanged, and null
 * clears an optional one (an empty list clears a list). Shared by create and update.
 */
// Decorated so the input types extending it inherit its fields; no resolver uses it, so it is not in the schema.
@InputType()
export abstract class ListingFieldsInput {
  @Field(() => String, { nullable: true, description: 'One line under the name (up to 160 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(160, { message: '$property must be at most 160 characters long.' })
  headline?: string | null;

  @Field(() => String, { nullable: true, description: 'What you offer and how you work, in plain text (up to 5000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: '$property must be at most 5000 characters long.' })
  biography?: string | null;

  @Field(() => String, { nullable: true, description: 'HTTPS address of a photo of you (up to 500 characters).' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: '$property must be an https:// address.' })
  @MaxLength(500, { message: '$property must be at most 500 characters long.' })
  photoUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Years of practice as an occupational therapist (0 to 60).' })
  @IsOptional()
  @IsInt({ message: range('yearsOfExperience', 'of years') })
  @Min(LIMITS.yearsOfExperience.min, { message: range('yearsOfExperience', 'of years') })
  @Max(LIMITS.yearsOfExperience.max, { message: range('yearsOfExperience', 'of years') })
  yearsOfExperience?: number | null;

  @Field(() => [Language], { nullable: true, description: 'Languages you hold sessions in (up to 10).' })
  @IsOptional()
  @ArrayUnique({ message: '$property must not repeat a language.' })
  @ArrayMaxSize(10, { message: '$property can hold at most 10 languages.' })
  languages?: Language[] | null;

  @Field(() => TherapistGender, { nullable: true, description: 'Your gender, or null to not show one.' })
  gender?: TherapistGender | null;

  @Field(() => [Condition], { nullable: true, description: 'Conditions you support recovery from. Checked: on a published listing the change waits for review.' })
  @IsOptional()
  @ArrayUnique({ message: '$property must not repeat a condition.' })
  conditions?: Condition[] | null;

  @Field(() => [Approach], { nullable: true, description: 'Approaches you offer.' })
  @IsOptional()
  @ArrayUnique({ message: '$property must not repeat an approach.' })
  approaches?: Approach[] | null;

  @Field(() => [SessionFormat], { nullable: true, description: 'How you offer sessions. Checked: on a published listing the change waits for review.' })
  @IsOptional()
  @ArrayUnique({ message: '$property must not repeat a format.' })
  sessionFormats?: SessionFormat[] | null;

  @Field(() => [FundingOption], { nullable: true, description: 'Ways sessions can be paid for.' })
  @IsOptional()
  @ArrayUnique({ message: '$property must not repeat a funding option.' })
  fundingOptions?: FundingOption[] | null;

  @Field(() => Int, { nullable: true, description: 'Fee per session in pence, GBP (0 to 100000, i.e. up to £1,000).' })
  @IsOptional()
  @IsInt({ message: range('feePence', 'of pence') })
  @Min(LIMITS.feePence.min, { message: range('feePence', 'of pence') })
  @Max(LIMITS.feePence.max, { message: range('feePence', 'of pence') })
  feePence?: number | null;

  @Field(() => Int, { nullable: true, description: 'Length of one session in minutes (15 to 240).' })
  @IsOptional()
  @IsInt({ message: range('sessionMinutes', 'of minutes') })
  @Min(LIMITS.sessionMinutes.min, { message: range('sessionMinutes', 'of minutes') })
  @Max(LIMITS.sessionMinutes.max, { message: range('sessionMinutes', 'of minutes') })
  sessionMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'How far you travel for home visits, in km from your base postcode (1 to 100).' })
  @IsOptional()
  @IsInt({ message: range('travelRadiusKm', 'of km') })
  @Min(LIMITS.travelRadiusKm.min, { message: range('travelRadiusKm', 'of km') })
  @Max(LIMITS.travelRadiusKm.max, { message: range('travelRadiusKm', 'of km') })
  travelRadiusKm?: number | null;

  @Field(() => String, { nullable: true, description: 'Town or city you work from (up to 100 characters).' })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank.' })
  @MaxLength(100, { message: '$property must be at most 100 characters long.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Your base postcode, e.g. `LS6 2AB`. Kept private: clients see only its first half (`LS6`).' })
  @IsOptional()
  @IsUkPostcode()
  postcode?: string | null;
}
