import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SessionFormat } from '@caregraph/vocabulary';
import { ReferralSource } from '../bookings/referral-source';

/** Longest note a client may leave for the therapist. */
export const NOTE_MAX_LENGTH = 1000;

@InputType({ description: 'A session to book: a free slot from `Therapist.availability`.' })
export class CreateBookingInput {
  @Field(() => ID, { description: 'The therapist listing to book with.' })
  @IsString()
  therapistId!: string;

  @Field(() => Date, { description: "When the session starts: a `startsAt` from the therapist's availability." })
  startsAt!: Date;

  @Field(() => SessionFormat, { description: 'How the session takes place; the therapist must offer it.' })
  format!: SessionFormat;

  @Field(() => ReferralSource, { description: 'Who referred you.' })
  referralSource!: ReferralSource;

  @Field(() => String, { nullable: true, description: `Anything the therapist should know beforehand (up to ${NOTE_MAX_LENGTH} characters). Only you and the therapist see it.` })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX_LENGTH, { message: `$property must be at most ${NOTE_MAX_LENGTH} characters long.` })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'The ACCEPTED referral (from `myReferrals`) this first session comes from: it becomes BOOKED, and the booking takes its funding route. Must be for the same therapist.' })
  @IsOptional()
  @IsString()
  referralId?: string | null;

  @Field(() => String, { nullable: true, description: 'For a home visit (required then): the full UK postcode of the home, e.g. `LS6 2AB`.' })
  @IsOptional()
  @IsString()
  @Matches(/^\s*[A-Za-z]{1,2}[0-9][0-9A-Za-z]?\s*[0-9][A-Za-z]{2}\s*$/, { message: '$property must be a full UK postcode, e.g. LS6 2AB.' })
  postcode?: string | null;
}
