import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, ConnectionType, type ConnectionShape, type SubgraphContext } from '@caregraph/runtime';
import { ModerationQueueItem } from './moderation-queue-item.type';
import { moderationQueue } from './moderation-queue.service';

/** `ModerationQueueItemConnection` / `ModerationQueueItemEdge`. */
export const ModerationQueueItemConnection = ConnectionType(ModerationQueueItem, 'ModerationQueueItem');

/** The admins' queue of listings waiting for review. */
@Resolver()
export class ModerationQueueResolver {
  @Authorized('ADMIN')
  @Query(() => ModerationQueueItemConnection, {
    description: 'Admins: listings waiting for review (sent for review, or published with pending changes), oldest first, with how long each has waited.',
  })
  moderationQueue(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext): Promise<ConnectionShape<ModerationQueueItem>> {
    return moderationQueue(ctx, args);
  }
}
