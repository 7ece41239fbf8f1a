import type { SubgraphContext } from '@caregraph/runtime';
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { AdminUserPage } from './admin-user-page.type';
import { AdminUsersArgs } from './admin-users.args';
import { listUsersForAdmin } from './admin-users.service';

@Resolver()
export class AdminUsersResolver {
  @Authorized('ADMIN')
  @Query(() => AdminUserPage, {
    description:
      'Admins: every account, searched, filtered and ordered, one page at a time (offset paging with a total, as react-admin expects). UNAUTHENTICATED when not signed in; FORBIDDEN for anyone but admins.',
  })
  adminUsers(@Args(() => AdminUsersArgs) args: AdminUsersArgs, @Ctx() ctx: SubgraphContext): Promise<AdminUserPage> {
    return listUsersForAdmin(ctx.em, args);
  }
}
