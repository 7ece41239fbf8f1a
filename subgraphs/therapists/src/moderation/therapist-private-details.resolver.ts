import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { ListingEvent } from './listing-event.entity';
import { loadListingHistory } from './listing-history';
import { UserStub } from '../references/user.stub';
import { TherapistPrivateDetails } from '../therapists/therapist-private-details.type';

/** The history and the verifying admin of `TherapistPrivateDetails` (already restricted to owner and admins). */
@Resolver(() => TherapistPrivateDetails)
export class TherapistPrivateDetailsResolver {
  @FieldResolver(() => [ListingEvent], { description: "The listing's moderation history, oldest first: who did what, when, from which status to which, and why." })
  moderationHistory(@Root() details: TherapistPrivateDetails, @Ctx() ctx: SubgraphContext): Promise<ListingEvent[]> {
    return loadListingHistory(ctx, details.listing.id);
  }

  @FieldResolver(() => UserStub, { nullable: true, description: 'The admin who last verified the HCPC registration.' })
  hcpcVerifiedBy(@Root() details: TherapistPrivateDetails): UserStub | null {
    return details.listing.hcpcVerifiedBy ? { id: details.listing.hcpcVerifiedBy } : null;
  }
}
