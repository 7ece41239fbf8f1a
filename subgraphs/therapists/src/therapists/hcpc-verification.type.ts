import { Field, ObjectType } from 'type-graphql';
import { HcpcVerificationStatus } from './hcpc-verification-status';
import { LocalDateScalar } from '@caregraph/runtime';
import type { Therapist } from './therapist.entity';

/** Today's date in the UK (`YYYY-MM-DD`): HCPC registrations expire at the end of a UK day. */
export function todayInLondon(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The public part of a listing's HCPC check. Who checked it and their notes are in `privateDetails`. */
@ObjectType({ description: "The public state of the admins' check of a therapist's HCPC registration." })
export class HcpcVerification {
  @Field(() => HcpcVerificationStatus, { description: 'UNVERIFIED, VERIFIED, or LAPSED (also when the register expiry date has passed).' })
  status!: HcpcVerificationStatus;

  @Field(() => Date, { nullable: true, description: 'When an admin last found the registration on the register.' })
  verifiedAt!: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date the registration is due for renewal, as found on the register.' })
  registerExpiresOn!: string | null;
}

/** The status clients see: a VERIFIED registration whose expiry date has passed counts as LAPSED. */
export function effectiveHcpcStatus(listing: Pick<Therapist, 'hcpcVerificationStatus' | 'hcpcRegisterExpiresOn'>, today = todayInLondon()): HcpcVerificationStatus {
  const expired = listing.hcpcRegisterExpiresOn !== null && listing.hcpcRegisterExpiresOn < today;
  return listing.hcpcVerificationStatus === HcpcVerificationStatus.VERIFIED && expired ? HcpcVerificationStatus.LAPSED : listing.hcpcVerificationStatus;
}

/** Builds the public verification view of a listing. */
export function hcpcVerificationOf(listing: Therapist): HcpcVerification {
  return {
    status: effectiveHcpcStatus(listing),
    verifiedAt: listing.hcpcVerifiedAt,
    registerExpiresOn: listing.hcpcRegisterExpiresOn,
  };
}
