import { ArrayMaxSize, ArrayUnique, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { IsUkPostcodeOrOutwardCode } from '../location/is-uk-postcode';
import { Condition, SessionFormat } from '@caregraph/vocabulary';
import { FundingOption } from '../therapists/funding-option';
import { Language } from '../therapists/language';
import { TherapistGender } from '../therapists/therapist-gender';

/** Largest search radius: beyond it "near" stops meaning anything. */
export const MAX_RADIUS_KM = 200;
export const DEFAULT_RADIUS_KM = 25;

/** Where the client is, and how far they look. */
@InputType({ description: 'Search near a place: a UK postcode (or its first half) and a radius.' })
export class NearPostcodeInput {
  @Field({ description: 'A full UK postcode (`LS6 2AB`) or an outward code (`LS6`).' })
  @IsUkPostcodeOrOutwardCode()
  postcode!: string;

  @Field(() => Float, { defaultValue: DEFAULT_RADIUS_KM, description: `How far to look, in km (more than 0, up to ${MAX_RADIUS_KM}; default ${DEFAULT_RADIUS_KM}).` })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: `$property must be a number of km.` })
  @Min(0.1, { message: `$property must be from 0.1 to ${MAX_RADIUS_KM} km.` })
  @Max(MAX_RADIUS_KM, { message: `$property must be from 0.1 to ${MAX_RADIUS_KM} km.` })
  radiusKm!: number;
}

/** What a client looks for. Every filter given must match; none given lists the whole directory. */
@InputType({ description: 'Directory search filters. A listing must match every filter given.' })
export class TherapistSearchFilter {
  @Field(() => [Condition], { nullable: true, description: 'Listings supporting all of these conditions.' })
  @IsOptional()
  @ArrayUnique({ message: '$property must not repeat a condition.' })
  @ArrayMaxSize(8, { message: '$property can hold at most 8 conditions.' })
  conditions?: Condition[] | null;

  @Field(() => SessionFormat, {
    nullable: true,
    description: 'Listings offering this format. With `near` and HOME_VISIT, only therapists whose travel radius reaches the place.',
  })
  format?: SessionFormat | null;

  @Field(() => NearPostcodeInput, { nullable: true, description: 'Listings within a radius of a postcode; results then carry their distance.' })
  @IsOptional()
  // type-graphql builds nested inputs as class instances, so class-validator can descend into them.
  @ValidateNested()
  near?: NearPostcodeInput | null;

  @Field(() => Int, { nullable: true, description: 'Listings whose fee per session is at most this many pence.' })
  @IsOptional()
  @IsInt({ message: '$property must be a whole number of pence from 0 to 100000.' })
  @Min(0, { message: '$property must be a whole number of pence from 0 to 100000.' })
  @Max(100_000, { message: '$property must be a whole number of pence from 0 to 100000.' })
  maxFeePence?: number | null;

  @Field(() => Language, { nullable: true, description: 'Listings offering sessions in this language.' })
  language?: Language | null;

  @Field(() => TherapistGender, { nullable: true, description: 'Listings of therapists of this gender.' })
  gender?: TherapistGender | null;

  @Field(() => FundingOption, { nullable: true, description: 'Listings accepting this way of paying.' })
  funding?: FundingOption | null;

  @Field(() => String, {
    nullable: true,
    description: 'Free text over name, headline and biography (web-search syntax: `"exact phrase"`, `-exclude`, `or`). Up to 200 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '$property must be at most 200 characters long.' })
  text?: string | null;
}
