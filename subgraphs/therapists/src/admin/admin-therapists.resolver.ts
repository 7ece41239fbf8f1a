import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { AdminTherapistPage } from './admin-therapist-page.type';
import { AdminTherapistsArgs } from './admin-therapists.args';
import { findTherapistsForAdmin } from './admin-therapists.service';

/** The admins' list of every listing, whatever its status (the dashboard's "All listings"). */
@Resolver()
export class AdminTherapistsResolver {
  @Authorized('ADMIN')
  @Query(() => AdminTherapistPage, {
    description:
      'Admins: every listing, whatever its moderation status, filtered by status, condition, session format, place, HCPC check and free text (name, headline, HCPC number), in the order asked for (most recently changed first by default); offset paging with a total (react-admin). UNAUTHENTICATED when not signed in; FORBIDDEN for anyone but admins; BAD_USER_INPUT naming the field for a bad filter, sort, offset or limit.',
  })
  adminTherapists(@Args(() => AdminTherapistsArgs) args: AdminTherapistsArgs, @Ctx() ctx: SubgraphContext): Promise<AdminTherapistPage> {
    return findTherapistsForAdmin(ctx.em, args);
  }
}
