import type { EntityManager } from '@mikro-orm/postgresql';
import { byIds, isUuid } from '@caregraph/runtime';
import { Therapist } from './therapist.entity';

/** Column, property and whether it holds an instant, for every eagerly loaded Therapist property. */
type Column = [column: string, property: string, instant: boolean];
let columns: Column[] | undefined;

/** Worked out once from the ORM's metadata, so the read path and the entity never disagree. */
function columnsOf(em: EntityManager): Column[] {
  columns ??= Object.values(em.getMetadata().get(Therapist.name).properties)
    .filter((prop) => !prop.lazy && prop.fieldNames?.length === 1 && prop.persist !== false)
    // The driver hands timestamps over as text; the ORM makes Dates of them, and so does this.
    .map((prop) => [prop.fieldNames[0], prop.name, prop.runtimeType === 'Date'] as Column);
  return columns;
}

/** The columns a listing is read from (those `em.find` selects), for statements that return listings. */
export function listingColumns(em: EntityManager): string[] {
  return columnsOf(em).map(([column]) => column);
}

/** A read-only Therapist from a row holding `listingColumns`: no hydration, no identity map. Never flush it. */
export function listingFromRow(em: EntityManager, row: Record<string, unknown>): Therapist {
  const listing = Object.create(Therapist.prototype) as Therapist;
  for (const [column, property, instant] of columnsOf(em)) {
    const value = row[column];
    (listing as unknown as Record<string, unknown>)[property] = instant && value !== null && !(value instanceof Date) ? new Date(value as string) : value;
  }
  return listing;
}

/**
 * The listings with `ids`, in order, null where there is none: the hot read path of entity
 * references. One statement, with the same columns `em.find` selects, turned into read-only
 * Therapist objects without the ORM's hydration and identity map, which cost 2.4–2.8× the SQL
 * itself (bench/results.md, docs/adr/017). Never flush these: writes load their listing through
 * the EntityManager.
 */
export async function readListingsByIds(em: EntityManager, ids: readonly string[]): Promise<Array<Therapist | null>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return ids.map(() => null);
  const rows = await em
    .getConnection()
    .execute<Array<Record<string, unknown>>>(
      `select ${listingColumns(em).map((column) => `"${column}"`).join(', ')} from "therapists" where "id" in (${valid.map(() => '?').join(', ')})`,
      valid,
    );
  return byIds(ids, rows.map((row) => listingFromRow(em, row)));
}
