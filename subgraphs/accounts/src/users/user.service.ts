import type { EntityManager } from '@mikro-orm/postgresql';
import { byIds, type SubgraphContext } from '@caregraph/runtime';
import { User } from './user.entity';

/** Reads users. One statement for any number of ids (used by the federation reference resolver). */
export class UserService {
  constructor(private readonly em: EntityManager) {}

  async findByIds(ids: readonly string[]): Promise<Array<User | null>> {
    const rows = await this.em.find(User, { id: { $in: [...ids] } });
    return byIds(ids, rows);
  }

  /** Loads one user through the request's batching loader. */
  static load(ctx: SubgraphContext, id: string): Promise<User | null> {
    return ctx.loader<string, User | null>('User.byId', (ids) => new UserService(ctx.em).findByIds(ids)).load(id);
  }
}
