import { ReferenceKind, type EntityClass, type EntityData, type EntityFactory, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIds } from '../context';
import { isUuid } from '../schema/uuid';

/** Reads rows of one entity's table as read-only entity objects (see readOnlyEntities). */
export interface ReadOnlyEntities<T> {
  /** The columns `em.find` selects for the entity (its eager, persisted properties). */
  readonly columns: readonly string[];
  /** Those columns quoted, comma-separated: the select list of a statement whose rows fromRow maps. */
  readonly selectList: string;
  /** The quoted table name. */
  readonly table: string;
  /** An entity from a row holding `columns`, converted exactly as `em.find` converts it. Never flush it. */
  fromRow(row: Record<string, unknown>): T;
}

const readers = new WeakMap<EntityMetadata, ReadOnlyEntities<unknown>>();

/**
 * The hot read path for entities that are only read (reference batches, page rows): rows from one plain
 * statement turned into entity objects through the ORM's own result mapper and hydrator — the same
 * conversions `em.find` makes — but neither merged into the identity map nor tracked for changes.
 *
 * Why: the entity's prototype carries MikroORM's change-tracking setters; each first assignment to a
 * property defines an accessor on the instance and creates its helper. For 20 listings that was about
 * 0.3 ms, half of the read (CPU profile; bench/results.md). Here the objects inherit from a prototype
 * that shadows those setters with plain data properties: still `instanceof` the entity class, with its
 * methods and getters, but each property is a plain own value.
 *
 * The objects are read-only: never persist or flush one (writes load their entity through the
 * EntityManager). Only entities whose persisted properties are all scalars qualify.
 */
export function readOnlyEntities<T extends object>(em: EntityManager, entity: EntityClass<T>): ReadOnlyEntities<T> {
  const meta = em.getMetadata().get<T>(entity.name);
  const known = readers.get(meta as EntityMetadata);
  if (known) return known as ReadOnlyEntities<T>;
  const props = meta.props.filter((prop) => prop.persist !== false && !prop.embedded);
  const relation = props.find((prop) => prop.kind !== ReferenceKind.SCALAR);
  if (relation) throw new Error(`readOnlyEntities: ${meta.className}.${relation.name} is a relation; only entities of scalar properties can be read this way.`);
  const columns = props.filter((prop) => !prop.lazy && prop.fieldNames?.length === 1).map((prop) => prop.fieldNames[0]);
  // Every property as a writable data property in front of the entity's prototype: a plain assignment
  // then lands on the object itself, without reaching MikroORM's setters further up.
  const shadow = Object.create(meta.prototype as object, Object.fromEntries(meta.props.map((prop) => [prop.name, { value: undefined, writable: true, configurable: true }]))) as object;
  const hydrator = em.getHydrator();
  // The factory makes related entities; these have none (checked above), so it is never called.
  const factory = undefined as unknown as EntityFactory;
  const comparator = em.getComparator();
  const reader: ReadOnlyEntities<T> = {
    columns,
    selectList: columns.map((column) => `"${column}"`).join(', '),
    table: `"${meta.tableName}"`,
    fromRow(row) {
      const object = Object.create(shadow) as T;
      // The ORM's own steps for a found row: columns to properties, then the entity's compiled hydrator
      // with custom types converted (dates, arrays, JSON) — as em.find does, minus the identity map.
      hydrator.hydrate(object, meta, comparator.mapResult<T>(meta.className, row as EntityData<T>), factory, 'full', false, true);
      return object;
    },
  };
  readers.set(meta as EntityMetadata, reader as ReadOnlyEntities<unknown>);
  return reader;
}

/**
 * The entities with `ids`, in order, null where there is none (or where an id is not a UUID): the hot
 * read of an entity reference batch, one statement for any number of ids, in the request's transaction
 * when there is one and under its deadline (as every statement of the ORM is; docs/adr/026).
 */
export async function readEntitiesByIds<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, ids: readonly string[]): Promise<Array<T | null>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return ids.map(() => null);
  const reader = readOnlyEntities(em, entity);
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select ${reader.selectList} from ${reader.table} where "id" in (${valid.map(() => '?').join(', ')})`,
    valid,
  );
  return byIds(ids, rows.map((row) => reader.fromRow(row)));
}
