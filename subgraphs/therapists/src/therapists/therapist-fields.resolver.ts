import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PublicCache, PUBLIC_LISTING_MAX_AGE, type SubgraphContext } from '@caregraph/runtime';
import { UserStub } from '../references/user.stub';
import { HcpcVerification, hcpcVerificationOf } from './hcpc-verification.type';
import { canSeePrivate } from './listing-access';
import { ListingStatus } from './listing-status';
import { Money } from '@caregraph/vocabulary';
import { Therapist } from './therapist.entity';
import { privateDetailsOf, TherapistPrivateDetails } from './therapist-private-details.type';

/** Fields of `Therapist` computed from its columns, and the owner-and-admin-only part. */
@Resolver(() => Therapist)
export class TherapistFieldsResolver {
  @FieldResolver(() => UserStub, { description: 'The account of the therapist who owns the listing.' })
  user(@Root() therapist: Therapist): UserStub {
    return { id: therapist.userId };
  }

  @PublicCache(PUBLIC_LISTING_MAX_AGE)
  @FieldResolver(() => Money, { nullable: true, description: 'Fee per session; null until the therapist sets it.' })
  fee(@Root() therapist: Therapist): Money | null {
    return therapist.feePence === null ? null : { amountPence: therapist.feePence, currency: therapist.currency };
  }

  @PublicCache(PUBLIC_LISTING_MAX_AGE)
  @FieldResolver(() => HcpcVerification, { description: "Whether an admin has checked the HCPC registration, and until when it is valid." })
  hcpcVerification(@Root() therapist: Therapist): HcpcVerification {
    return hcpcVerificationOf(therapist);
  }

  @FieldResolver(() => Boolean, { description: 'True when the listing appears in the directory now: approved and not hidden by its owner.' })
  listed(@Root() therapist: Therapist): boolean {
    return therapist.status === ListingStatus.APPROVED && !therapist.hidden;
  }

  @FieldResolver(() => TherapistPrivateDetails, {
    nullable: true,
    description: 'The unpublished part of the listing (exact postcode, pending changes, HCPC notes, moderation history). Null unless you own the listing or are an admin.',
  })
  privateDetails(@Root() therapist: Therapist, @Ctx() ctx: SubgraphContext): TherapistPrivateDetails | null {
    return canSeePrivate(ctx.caller, therapist) ? privateDetailsOf(therapist) : null;
  }
}
