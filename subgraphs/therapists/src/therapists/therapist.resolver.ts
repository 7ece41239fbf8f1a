import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { UserInputError } from '@caregraph/kernel';
import { isUuid, type ConnectionShape, type SubgraphContext, PublicCache, PUBLIC_LISTING_MAX_AGE } from '@caregraph/runtime';
import { TherapistConnection } from './therapist-connection';
import { Therapist } from './therapist.entity';
import { TherapistListArgs } from './therapist-list.args';
import { TherapistService } from './therapist.service';

/** `therapist(id)` and `therapists(...)`. */
@Resolver(() => Therapist)
export class TherapistResolver {
  @PublicCache(PUBLIC_LISTING_MAX_AGE)
  @Query(() => Therapist, {
    nullable: true,
    description: 'One therapist listing by id, or null when there is none. Listings never published are visible only to their owner and admins.',
  })
  therapist(@Arg('id', () => ID, { description: "The listing's id." }) id: string, @Ctx() ctx: SubgraphContext): Promise<Therapist | null> {
    if (!isUuid(id)) throw new UserInputError('id', 'id must be a therapist listing id (a UUID).');
    return TherapistService.load(ctx, id);
  }

  @Query(() => TherapistConnection, {
    description: 'Therapist listings with one moderation status (APPROVED unless asked otherwise), by display name. Other statuses, and hidden listings, are for admins. Clients looking for a therapist use `searchTherapists`.',
  })
  therapists(@Args(() => TherapistListArgs) args: TherapistListArgs, @Ctx() ctx: SubgraphContext): Promise<ConnectionShape<Therapist>> {
    return new TherapistService(ctx.em).list(args, ctx.caller);
  }
}
