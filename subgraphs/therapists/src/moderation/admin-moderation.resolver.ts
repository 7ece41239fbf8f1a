import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { AdminModerationEventsArgs } from './admin-moderation-events.args';
import { listingStats } from './listing-stats.service';
import { ListingStats } from './listing-stats.type';
import { ModerationEventPage } from './moderation-event-page.type';
import { findModerationEvents } from './moderation-events.service';

const ADMINS_ONLY = 'UNAUTHENTICATED when not signed in; FORBIDDEN for anyone but admins.';

/** What the admin dashboard reads about moderation as a whole: the audit of decisions, and the figures. */
@Resolver()
export class AdminModerationResolver {
  @Authorized('ADMIN')
  @Query(() => ModerationEventPage, {
    description: `Admins: the moderation history of every listing, newest first, filtered by who acted, listing, kind and time; offset paging with a total (react-admin). Entries cannot be changed or deleted. ${ADMINS_ONLY} BAD_USER_INPUT naming \`filter.to\` when it is not after \`filter.from\`.`,
  })
  adminModerationEvents(@Args(() => AdminModerationEventsArgs) args: AdminModerationEventsArgs, @Ctx() ctx: SubgraphContext): Promise<ModerationEventPage> {
    return findModerationEvents(ctx.em, args);
  }

  @Authorized('ADMIN')
  @Query(() => ListingStats, { description: `Admins: listings by moderation status, and how many wait for review and since when. ${ADMINS_ONLY}` })
  adminListingStats(@Ctx() ctx: SubgraphContext): Promise<ListingStats> {
    return listingStats(ctx.em);
  }
}
