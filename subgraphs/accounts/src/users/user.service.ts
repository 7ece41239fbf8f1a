import type { EntityManager } from '@mikro-orm/postgresql';
import { readEntitiesByIds, type SubgraphContext } from '@caregraph/runtime';
import { User } from './user.entity';

/**
 * Reads users. One statement for any number of ids (used by the federation reference resolver and `me`),
 * as read-only entities (readEntitiesByIds): writes load their user through the EntityManager.
 */
export class UserService {
  constructor(private readonly em: EntityManager) {}

  findByIds(ids: readonly string[]): Promise<Array<User | null>> {
    return readEntitiesByIds(this.em, User, ids);
  }

  /** Loads one user through the request's batching loader. */
  static load(ctx: SubgraphContext, id: string): Promise<User | null> {
    return ctx.loader<string, User | null>('User.byId', (ids) => new UserService(ctx.em).findByIds(ids)).load(id);
  }
}
