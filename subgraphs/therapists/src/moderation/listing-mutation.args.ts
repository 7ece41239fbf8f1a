import { IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { LocalDateScalar } from '@caregraph/runtime';

const NOT_BLANK = { message: '$property must not be blank.' };
const AT_MOST_2000 = { message: '$property must be at most 2000 characters long.' };

/** Which listing, and the version the caller last saw (optimistic locking). */
@ArgsType()
export class ListingVersionArgs {
  @Field(() => ID, { description: "The listing's id." })
  id!: string;

  @Field(() => Int, { description: 'The `version` of the listing as you last loaded it; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1, { message: '$property must be a listing version (1 or more).' })
  expectedVersion!: number;
}

/** A moderation decision that needs a reason the therapist will read. */
@ArgsType()
export class ListingReasonArgs extends ListingVersionArgs {
  @Field({ description: 'Why (up to 2000 characters); recorded in the history and shown to the therapist.' })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(2000, AT_MOST_2000)
  reason!: string;
}

/** Sending a listing back to the therapist. */
@ArgsType()
export class RequestChangesArgs extends ListingVersionArgs {
  @Field({ description: 'What the therapist needs to change (up to 2000 characters).' })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(2000, AT_MOST_2000)
  message!: string;
}

/** A step with an optional note for the history. */
@ArgsType()
export class ListingNoteArgs extends ListingVersionArgs {
  @Field(() => String, { nullable: true, description: 'An optional note for the history (up to 2000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, AT_MOST_2000)
  note?: string | null;
}

/** Approving a listing or its pending changes, verifying the HCPC registration in the same step when needed. */
@ArgsType()
export class ApproveListingArgs extends ListingNoteArgs {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The HCPC registration\'s expiry date as found on the register. Needed when the registration is not verified yet (or is a new number); it verifies it in the same step.',
  })
  hcpcRegisterExpiresOn?: string | null;
}

/** Recording an HCPC register check. */
@ArgsType()
export class VerifyHcpcArgs extends ListingVersionArgs {
  @Field(() => LocalDateScalar, { description: 'The expiry date of the registration as found on the HCPC register (today or later).' })
  registerExpiresOn!: string;

  @Field(() => String, { nullable: true, description: 'Notes on the check, private to the owner and admins (up to 2000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, AT_MOST_2000)
  notes?: string | null;
}

/** Recording that a registration has lapsed. */
@ArgsType()
export class HcpcLapsedArgs extends ListingVersionArgs {
  @Field(() => String, { nullable: true, description: 'Notes on what was found, private to the owner and admins (up to 2000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, AT_MOST_2000)
  notes?: string | null;
}
