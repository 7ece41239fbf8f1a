import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, type Caller } from '@caregraph/kernel';
import { isUuid, pageWindow, toConnection, type ConnectionShape, type SubgraphContext } from '@caregraph/runtime';
import { canSeeListing, isAdmin } from './listing-access';
import { readListingsByIds } from './listing-reads';
import { ListingStatus } from './listing-status';
import { Therapist } from './therapist.entity';
import type { TherapistListArgs } from './therapist-list.args';

/**
 * Reads therapist listings. Single reads go through request-scoped loaders, so resolving
 * many listings (or many users' listings) costs one statement; the caller's right to see each
 * one is applied after loading (listing-access.ts).
 */
export class TherapistService {
  constructor(private readonly em: EntityManager) {}

  /** The listing owned by each of `userIds`, in order, null where the user has none. One statement. */
  async findByUserIds(userIds: readonly string[]): Promise<Array<Therapist | null>> {
    const valid = userIds.filter(isUuid);
    const rows = valid.length ? await this.em.find(Therapist, { userId: { $in: valid } }) : [];
    const byUser = new Map(rows.map((row) => [row.userId, row]));
    return userIds.map((id) => byUser.get(id) ?? null);
  }

  /**
   * One page of listings with `args.status`, by display name then id. Anyone may list APPROVED
   * listings (hidden ones only for admins); other statuses are for admins. Two statements.
   */
  async list(args: TherapistListArgs, caller: Caller): Promise<ConnectionShape<Therapist>> {
    const admin = isAdmin(caller);
    if (args.status !== ListingStatus.APPROVED && !admin) throw new ForbiddenError(`Only admins can list ${args.status} listings.`);
    const { limit, offset } = pageWindow(args);
    const where = admin ? { status: args.status } : { status: args.status, hidden: false };
    const [rows, total] = await this.em.findAndCount(Therapist, where, { orderBy: { displayName: 'asc', id: 'asc' }, limit, offset });
    return toConnection(rows, total, offset);
  }

  /** Loads one listing by id through the request's batching loader; null when there is none or the caller may not see it. */
  static async load(ctx: SubgraphContext, id: string): Promise<Therapist | null> {
    // The read path: no hydration (listing-reads.ts). Writes load their listing through the EntityManager.
    const listing = await ctx.loader<string, Therapist | null>('Therapist.byId', (ids) => readListingsByIds(ctx.em, ids)).load(id);
    return listing && canSeeListing(ctx.caller, listing) ? listing : null;
  }

  /** Loads the listing a user owns through the request's batching loader; null when none, or the caller may not see it. */
  static async loadByUserId(ctx: SubgraphContext, userId: string): Promise<Therapist | null> {
    const listing = await ctx
      .loader<string, Therapist | null>('Therapist.byUserId', (userIds) => new TherapistService(ctx.em).findByUserIds(userIds))
      .load(userId);
    return listing && canSeeListing(ctx.caller, listing) ? listing : null;
  }
}
