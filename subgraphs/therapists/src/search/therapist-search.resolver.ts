import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { PublicCache, PUBLIC_LISTING_MAX_AGE } from '@caregraph/runtime';
import type { SubgraphContext } from '@caregraph/runtime';
import type { TherapistsServices } from '../services';
import { TherapistSearchArgs } from './therapist-search.args';
import { TherapistSearchConnection } from './therapist-search-connection';
import { TherapistSearchService } from './therapist-search.service';

/** The public directory search. */
@Resolver()
export class TherapistSearchResolver {
  constructor(private readonly services: TherapistsServices) {}

  @PublicCache(PUBLIC_LISTING_MAX_AGE)
  @Query(() => TherapistSearchConnection, {
    description: 'The therapist directory: approved listings their owners have not hidden, filtered and sorted. No sign-in needed. Only outward codes (`LS6`) are shown, never full postcodes.',
  })
  searchTherapists(@Args(() => TherapistSearchArgs) args: TherapistSearchArgs, @Ctx() ctx: SubgraphContext): Promise<TherapistSearchConnection> {
    return new TherapistSearchService(ctx, this.services.geocoder).search(args);
  }
}
