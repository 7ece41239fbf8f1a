import { Arg, Authorized, Ctx, Directive, ID, Mutation, Resolver } from 'type-graphql';
import { UserInputError } from '@caregraph/kernel';
import { isUuid, type SubgraphContext } from '@caregraph/runtime';
import { NotificationErasureResult } from './notification-erasure-result.type';
import { eraseUserNotifications } from './notification-erasure.service';

/** `eraseUserNotifications`: the notifications part of deleting an account, called by accounts as SYSTEM. */
@Resolver()
export class NotificationErasureResolver {
  @Authorized('SYSTEM')
  // Not in the public graph: accounts calls it on this subgraph through the gateway's SYSTEM relay (docs/adr/006).
  @Directive('@inaccessible')
  @Mutation(() => NotificationErasureResult, {
    description:
      "Not part of the public graph (@inaccessible): accounts' account-deletion saga calls it on this subgraph. Deletes a person's " +
      'in-app notifications, the deliveries addressed to them, their notification preferences and unsubscribe links, in one ' +
      'transaction. Only the platform itself (SYSTEM) may call it: anyone else gets FORBIDDEN, an anonymous caller UNAUTHENTICATED. ' +
      'Running it again changes nothing and reports zeros.',
  })
  async eraseUserNotifications(
    @Arg('userId', () => ID, { description: 'The accounts `User.id` of the person whose account is being deleted.' }) userId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<NotificationErasureResult> {
    if (!isUuid(userId)) throw new UserInputError('userId', 'userId must be a user id (a UUID).');
    const result = await eraseUserNotifications(ctx.em, userId);
    // Counts only: the user id stays out of the logs (accounts keeps the record of the deletion).
    ctx.logger.info({ deleted: result.deleted }, 'notifications erased');
    return result;
  }
}
