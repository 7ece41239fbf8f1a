import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedByKey, readEntitiesByIds, type SubgraphContext, isUuid } from '@caregraph/runtime';
import { CarePlan } from './care-plan.entity';

/** Whose plans a list holds: a client's or a therapist's. */
export type CarePlanOwner = 'client' | 'therapist';

const OWNER_PROPERTY = { client: 'clientId', therapist: 'therapistId' } as const;

/**
 * Reads care plans. Every read goes through a request-scoped loader, so resolving a field
 * for many parents costs one statement.
 */
export class CarePlanService {
  constructor(private readonly em: EntityManager) {}

  /** The plans with `ids`, in order, null where there is none. One statement; read-only plans (writes load theirs in their transaction). */
  findByIds(ids: readonly string[]): Promise<Array<CarePlan | null>> {
    return readEntitiesByIds(this.em, CarePlan, ids);
  }

  /** Each owner's plans, newest first (ties by id). One statement for all owners. */
  async findByOwners(owner: CarePlanOwner, ownerIds: readonly string[]): Promise<CarePlan[][]> {
    const property = OWNER_PROPERTY[owner];
    const valid = ownerIds.filter(isUuid);
    const rows = valid.length
      ? await this.em.find(CarePlan, { [property]: { $in: valid } }, { orderBy: { createdAt: 'desc', id: 'asc' } })
      : [];
    return groupedByKey(ownerIds, rows, (plan) => plan[property]);
  }

  /** Loads one plan through the request's batching loader. */
  static load(ctx: SubgraphContext, id: string): Promise<CarePlan | null> {
    return ctx.loader<string, CarePlan | null>('CarePlan.byId', (ids) => new CarePlanService(ctx.em).findByIds(ids)).load(id);
  }

  /** Loads a client's or a therapist's plans through the request's batching loader. */
  static loadForOwner(ctx: SubgraphContext, owner: CarePlanOwner, ownerId: string): Promise<CarePlan[]> {
    return ctx
      .loader<string, CarePlan[]>(`CarePlan.by:${owner}`, (ownerIds) => new CarePlanService(ctx.em).findByOwners(owner, ownerIds))
      .load(ownerId);
  }
}
