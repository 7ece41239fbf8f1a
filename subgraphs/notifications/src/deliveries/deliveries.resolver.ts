import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import type { NotificationsServices } from '../services';
import { DeliveriesArgs } from './deliveries.args';
import { findDeliveriesForAdmin } from './deliveries.service';
import { Delivery } from './delivery.entity';
import { DeliveryPage } from './delivery-page.type';
import { retryDelivery } from './retry-delivery.service';

/** The admins' view of notification deliveries: what went, what failed, and retrying the dead ones. */
@Resolver()
export class DeliveriesResolver {
  constructor(private readonly services: NotificationsServices) {}

  @Authorized('ADMIN')
  @Query(() => DeliveryPage, {
    description:
      'Admins: every delivery of a notification, newest first, filtered by status, kind and channel; offset paging with a total (react-admin). Never shows a message’s text, its recipient or an address. UNAUTHENTICATED when not signed in; FORBIDDEN for anyone but admins; BAD_USER_INPUT naming `limit` or `offset` when out of range.',
  })
  deliveries(@Args(() => DeliveriesArgs) args: DeliveriesArgs, @Ctx() ctx: SubgraphContext): Promise<DeliveryPage> {
    return findDeliveriesForAdmin(ctx.em, args);
  }

  @Authorized('ADMIN')
  @Mutation(() => Delivery, {
    description:
      'Admins: tries a DEAD delivery again from scratch (PENDING, no attempts, queued for the delivery worker). NOT_FOUND when there is no such delivery; CONFLICT when it is not DEAD (nothing changes then); UNAUTHENTICATED when not signed in; FORBIDDEN for anyone but admins.',
  })
  retryDelivery(@Arg('id', () => ID, { description: 'The delivery’s id.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<Delivery> {
    return retryDelivery(ctx.em, id, this.services.config.deliveryMaxAttempts);
  }
}
