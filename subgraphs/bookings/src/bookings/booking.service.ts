import type { EntityManager } from '@mikro-orm/postgresql';
import { byIds, pageWindow, type ConnectionArgs, type ConnectionShape, type SubgraphContext, isUuid } from '@caregraph/runtime';
import { Booking } from './booking.entity';
import { bookingPages, type BookingOwner } from './booking-pages';
import { canSeeBooking } from './booking-access';
import { scopeKey, type BookingScope } from './booking-scope';

/**
 * Reads bookings. Every read goes through a request-scoped loader, so resolving a field
 * for many parents costs a fixed number of statements.
 */
export class BookingService {
  constructor(private readonly em: EntityManager) {}

  /** The bookings with `ids`, in order, null where there is none. One statement. */
  async findByIds(ids: readonly string[]): Promise<Array<Booking | null>> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.em.find(Booking, { id: { $in: valid } }) : [];
    return byIds(ids, rows);
  }

  /**
   * Loads one booking through the request's batching loader, or null when there is none or the
   * caller may not see it (booking-access.ts): root field and entity references alike.
   */
  static async load(ctx: SubgraphContext, id: string): Promise<Booking | null> {
    const booking = await ctx.loader<string, Booking | null>('Booking.byId', (ids) => new BookingService(ctx.em).findByIds(ids)).load(id);
    return booking && (await canSeeBooking(ctx, booking)) ? booking : null;
  }

  /**
   * One page of a client's or a therapist's bookings, newest first unless the scope says otherwise. Pages asked for in the
   * same tick with the same window share one loader, hence one pair of statements.
   */
  static loadPage(ctx: SubgraphContext, owner: BookingOwner, ownerId: string, args: ConnectionArgs, scope: BookingScope = {}): Promise<ConnectionShape<Booking>> {
    const window = pageWindow(args);
    const key = `Booking.pageBy:${owner}:${window.limit}:${window.offset}:${scopeKey(scope)}`;
    return ctx
      .loader<string, ConnectionShape<Booking>>(key, (ownerIds) => bookingPages(ctx.em, owner, ownerIds, window, scope))
      .load(ownerId);
  }
}
