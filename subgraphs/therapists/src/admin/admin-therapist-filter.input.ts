import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Condition, SessionFormat } from '@caregraph/vocabulary';
import { HcpcVerificationStatus } from '../therapists/hcpc-verification-status';
import { ListingStatus } from '../therapists/listing-status';

/** Narrows the admin list of listings (the dashboard's "All listings" filters). */
@InputType({ description: 'Narrows the admin list of listings; every condition given must hold.' })
export class AdminTherapistFilter {
  @Field(() => [ListingStatus], { nullable: true, description: 'Only listings in one of these moderation statuses; every status when left out.' })
  @IsOptional()
  @ArrayMaxSize(6, { message: '$property may list at most 6 statuses.' })
  @IsEnum(ListingStatus, { each: true, message: '$property must hold listing statuses.' })
  statuses?: ListingStatus[] | null;

  @Field(() => Condition, { nullable: true, description: 'Only listings supporting recovery from this condition.' })
  @IsOptional()
  @IsEnum(Condition, { message: '$property must be a condition.' })
  condition?: Condition | null;

  @Field(() => SessionFormat, { nullable: true, description: 'Only listings offering sessions in this format.' })
  @IsOptional()
  @IsEnum(SessionFormat, { message: '$property must be a session format.' })
  sessionFormat?: SessionFormat | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only listings whose town or city, or outward code, starts with this (letter case ignored; e.g. `Leeds` or `LS6`); up to 100 characters.',
  })
  @IsOptional()
  @MaxLength(100, { message: '$property must be at most 100 characters long.' })
  place?: string | null;

  @Field(() => HcpcVerificationStatus, {
    nullable: true,
    description: 'Only listings whose HCPC check is in this state, as `Therapist.hcpcVerification.status` shows it (a VERIFIED registration past its expiry date counts as LAPSED).',
  })
  @IsOptional()
  @IsEnum(HcpcVerificationStatus, { message: '$property must be an HCPC verification status.' })
  hcpcVerification?: HcpcVerificationStatus | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Free text (up to 100 characters): every word must start a word of the name or headline (full-text, English stemming), or the text must start the HCPC number (e.g. `OT12`).',
  })
  @IsOptional()
  @MaxLength(100, { message: '$property must be at most 100 characters long.' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: "Only the listing of this therapist's account (`User.id`)." })
  @IsOptional()
  @IsUUID('all', { message: '$property must be a user id.' })
  userId?: string | null;
}
