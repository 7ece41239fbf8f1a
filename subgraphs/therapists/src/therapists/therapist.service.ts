import type { EntityManager } from '@mikro-orm/postgresql';
import { byIds, isUuid, pageWindow, toConnection, type ConnectionShape, type SubgraphContext } from '@caregraph/runtime';
import { Therapist } from './therapist.entity';
import type { TherapistListArgs } from './therapist-list.args';

/**
 * Reads therapist listings. Single reads go through request-scoped loaders, so resolving
 * many listings (or many users' listings) costs one statement.
 */
export class TherapistService {
  constructor(private readonly em: EntityManager) {}

  /** The listings with `ids`, in order, null where there is none. One statement. */
  async findByIds(ids: readonly string[]): Promise<Array<Therapist | null>> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.em.find(Therapist, { id: { $in: valid } }) : [];
    return byIds(ids, rows);
  }

  /** The listing owned by each of `userIds`, in order, null where the user has none. One statement. */
  async findByUserIds(userIds: readonly string[]): Promise<Array<Therapist | null>> {
    const valid = userIds.filter(isUuid);
    const rows = valid.length ? await this.em.find(Therapist, { userId: { $in: valid } }) : [];
    const byUser = new Map(rows.map((row) => [row.userId, row]));
    return userIds.map((id) => byUser.get(id) ?? null);
  }

  /** One page of listings with `args.status`, by display name then id. Two statements (page and count). */
  async list(args: TherapistListArgs): Promise<ConnectionShape<Therapist>> {
    const { limit, offset } = pageWindow(args);
    const [rows, total] = await this.em.findAndCount(
      Therapist,
      { status: args.status },
      { orderBy: { displayName: 'asc', id: 'asc' }, limit, offset },
    );
    return toConnection(rows, total, offset);
  }

  /** Loads one listing by id through the request's batching loader. */
  static load(ctx: SubgraphContext, id: string): Promise<Therapist | null> {
    return ctx.loader<string, Therapist | null>('Therapist.byId', (ids) => new TherapistService(ctx.em).findByIds(ids)).load(id);
  }

  /** Loads the listing a user owns through the request's batching loader. */
  static loadByUserId(ctx: SubgraphContext, userId: string): Promise<Therapist | null> {
    return ctx
      .loader<string, Therapist | null>('Therapist.byUserId', (userIds) => new TherapistService(ctx.em).findByUserIds(userIds))
      .load(userId);
  }
}
