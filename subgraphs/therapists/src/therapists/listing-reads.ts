import type { EntityManager } from '@mikro-orm/postgresql';
import { readEntitiesByIds, readOnlyEntities } from '@caregraph/runtime';
import { Therapist } from './therapist.entity';

/** The columns a listing is read from (those `em.find` selects), for statements that return listings. */
export function listingColumns(em: EntityManager): readonly string[] {
  return readOnlyEntities(em, Therapist).columns;
}

/** A read-only Therapist from a row holding `listingColumns`: no identity map, no change tracking. Never flush it. */
export function listingFromRow(em: EntityManager, row: Record<string, unknown>): Therapist {
  return readOnlyEntities(em, Therapist).fromRow(row);
}

/**
 * The listings with `ids`, in order, null where there is none: the hot read path of entity
 * references. One statement, with the same columns `em.find` selects, turned into read-only
 * Therapist objects (readOnlyEntities), never merged into the identity map. Never flush these:
 * writes load their listing through the EntityManager.
 */
export function readListingsByIds(em: EntityManager, ids: readonly string[]): Promise<Array<Therapist | null>> {
  return readEntitiesByIds(em, Therapist, ids);
}
