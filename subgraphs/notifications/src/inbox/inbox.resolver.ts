import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { countUnread, findMyNotifications } from './inbox.service';
import { MAX_IDS_PER_MARK, markAllRead, markRead } from './mark-read.service';
import { MyNotificationsArgs } from './my-notifications.args';
import { Notification } from './notification.entity';
import { NotificationConnection } from './notification-connection';

/** The signed-in person's in-app inbox (the bell): only ever their own notifications. */
@Resolver()
export class InboxResolver {
  @Authorized()
  @Query(() => NotificationConnection, {
    description:
      'Your notifications, newest first (`first` 1 to 100, default 20). UNAUTHENTICATED when not signed in; BAD_USER_INPUT naming `first` or `after` when out of range or not a cursor of this list.',
  })
  myNotifications(@Args(() => MyNotificationsArgs) args: MyNotificationsArgs, @Ctx() ctx: SubgraphContext): Promise<NotificationConnection> {
    return findMyNotifications(ctx.em, ctx.caller.userId!, args);
  }

  @Authorized()
  @Query(() => Int, { description: 'How many of your notifications you have not read (the number on the bell). UNAUTHENTICATED when not signed in.' })
  myUnreadNotificationCount(@Ctx() ctx: SubgraphContext): Promise<number> {
    return countUnread(ctx.em, ctx.caller.userId!);
  }

  @Authorized()
  @Mutation(() => [Notification], {
    description:
      `Marks some of your notifications read, all or none: returns them, in the order given. NOT_FOUND naming the first id that is not one of your notifications (nothing is marked then); BAD_USER_INPUT naming \`ids\` for more than ${MAX_IDS_PER_MARK} ids or a malformed one; UNAUTHENTICATED when not signed in.`,
  })
  markNotificationsRead(
    @Arg('ids', () => [ID], { description: `Ids of your notifications (at most ${MAX_IDS_PER_MARK}); ones already read stay as they are.` }) ids: string[],
    @Ctx() ctx: SubgraphContext,
  ): Promise<Notification[]> {
    return markRead(ctx.em, ctx.caller.userId!, ids);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks all your notifications read; returns how many were unread. UNAUTHENTICATED when not signed in.' })
  markAllNotificationsRead(@Ctx() ctx: SubgraphContext): Promise<number> {
    return markAllRead(ctx.em, ctx.caller.userId!);
  }
}
