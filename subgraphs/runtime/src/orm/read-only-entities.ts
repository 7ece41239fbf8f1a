import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty, type Platform } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIds } from '../context';
import { isUuid } from '../schema/uuid';
import { readRows } from './read-rows';

/** Reads rows of one entity's table as read-only entity objects (see readOnlyEntities). */
export interface ReadOnlyEntities<T> {
  /** The columns `em.find` selects for the entity (its eager, persisted properties). */
  readonly columns: readonly string[];
  /** Those columns quoted, comma-separated: the select list of a statement whose rows fromRow maps. */
  readonly selectList: string;
  /** The quoted table name. */
  readonly table: string;
  /** An entity from a row holding `columns`, its values converted as `em.find` converts them. Never flush it. */
  fromRow(row: Record<string, unknown>): T;
}

const readers = new WeakMap<EntityMetadata, ReadOnlyEntities<unknown>>();

/**
 * The hot read path for entities that are only read (reference batches, page rows): rows from one plain
 * statement turned into entity objects with the conversions `em.find` makes (each property's custom type,
 * dates, booleans), but neither merged into the identity map nor tracked for changes.
 *
 * Why (CPU profiles; bench/results.md): the entity's prototype carries MikroORM's change-tracking setters,
 * and each first assignment to a property defines an accessor on the instance and creates its helper; for
 * 20 listings that was about 0.3 ms, half of the read. Here the objects inherit from a prototype that
 * shadows those setters with plain data properties: still `instanceof` the entity class, with its methods
 * and getters, but each property is a plain own value. The ORM's compiled hydrator on such objects still
 * cost ~15 µs a row (it converts each custom-typed value back again to keep a comparable copy for change
 * tracking), so the mapping is compiled here the same way, without that copy.
 *
 * The objects are read-only: never persist or flush one (writes load their entity through the
 * EntityManager). Only entities whose persisted properties are scalars or many-to-one relations qualify;
 * a relation reads as an unloaded reference does: a read-only object of the target entity holding only
 * its primary key (`goal.carePlan.id`), whatever the identity map holds.
 */
export function readOnlyEntities<T extends object>(em: EntityManager, entity: EntityClass<T>): ReadOnlyEntities<T> {
  const meta = em.getMetadata().get<T>(entity.name);
  const known = readers.get(meta as EntityMetadata);
  if (known) return known as ReadOnlyEntities<T>;
  const props = meta.props.filter((prop) => prop.persist !== false && !prop.embedded);
  const relation = props.find((prop) => prop.kind !== ReferenceKind.SCALAR && !isSingleKeyReference(prop));
  if (relation) throw new Error(`readOnlyEntities: ${meta.className}.${relation.name} is a relation other than many-to-one; only entities of scalar properties and many-to-one relations can be read this way.`);
  const read = props.filter((prop) => !prop.lazy && prop.fieldNames?.length === 1);
  const reader: ReadOnlyEntities<T> = {
    columns: read.map((prop) => prop.fieldNames[0]),
    selectList: read.map((prop) => `"${prop.fieldNames[0]}"`).join(', '),
    table: `"${meta.tableName}"`,
    fromRow: compileRowMapper<T>(shadowOf(meta as EntityMetadata), read, em.getPlatform()),
  };
  readers.set(meta as EntityMetadata, reader as ReadOnlyEntities<unknown>);
  return reader;
}

type Convert = (value: unknown) => unknown;

const shadows = new WeakMap<EntityMetadata, object>();

/**
 * Every property as a writable data property in front of the entity's prototype: a plain assignment
 * then lands on the object itself, without reaching MikroORM's setters further up.
 */
function shadowOf(meta: EntityMetadata): object {
  let shadow = shadows.get(meta);
  if (!shadow) {
    shadow = Object.create(meta.prototype as object, Object.fromEntries(meta.props.map((prop) => [prop.name, { value: undefined, writable: true, configurable: true }]))) as object;
    shadows.set(meta, shadow);
  }
  return shadow;
}

/** A many-to-one relation held in one column, to an entity with a one-column primary key. */
function isSingleKeyReference(prop: EntityProperty): boolean {
  return prop.kind === ReferenceKind.MANY_TO_ONE && prop.fieldNames?.length === 1 && prop.targetMeta?.primaryKeys.length === 1;
}

/** A relation's column to a read-only object of the target entity holding only its primary key. */
function referenceOf(prop: EntityProperty): Convert {
  const target = prop.targetMeta as EntityMetadata;
  const [key] = target.primaryKeys;
  const shadow = shadowOf(target);
  return (value) => {
    const reference = Object.create(shadow) as Record<string, unknown>;
    reference[key] = value;
    return reference;
  };
}

/** How `em.find` converts one column's value (ObjectHydrator's rules for a scalar): null stays null. */
function converterOf(prop: EntityProperty, platform: Platform): Convert | null {
  if (isSingleKeyReference(prop)) return referenceOf(prop);
  const { customType } = prop;
  // The context MikroORM's hydrator passes (JSON, for one, is parsed only when the driver left it as text).
  if (customType) return (value) => customType.convertToJSValue(value, platform, { mode: 'serialization' });
  if (prop.runtimeType === 'boolean') return (value) => !!value;
  if (prop.runtimeType === 'Date' && !platform.isNumericProperty(prop)) {
    const zone = platform.getTimezone();
    // PostgreSQL writes timestamptz with its offset; a timestamp without one is read in the configured zone.
    const hasZone = (text: string) => text.includes('+') || text.lastIndexOf('-') > 10 || text.endsWith('Z');
    return (value) => (value instanceof Date ? value : typeof value === 'number' || !zone || zone === 'local' || hasZone(value as string) ? new Date(value as string) : new Date(`${value}${zone}`));
  }
  return null;
}

/**
 * A function from a row to an object on `shadow` holding each property: compiled once per entity, as
 * MikroORM compiles its hydrators, so that each property is a fixed, fast access rather than a lookup
 * by a key held in a variable (a loop over the properties took 6 µs a row for listings). The names come
 * from the entity's metadata and are written as JSON string literals.
 */
function compileRowMapper<T>(shadow: object, props: readonly EntityProperty[], platform: Platform): (row: Record<string, unknown>) => T {
  const converters: Array<Convert | null> = props.map((prop) => converterOf(prop, platform));
  const lines = props.map((prop, i) => {
    const [property, column] = [JSON.stringify(prop.name), JSON.stringify(prop.fieldNames[0])];
    return converters[i]
      ? `  { const value = row[${column}]; object[${property}] = value == null ? value : converters[${i}](value); }`
      : `  object[${property}] = row[${column}];`;
  });
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from entity metadata only, see above
  const build = new Function('shadow', 'converters', `return function fromRow(row) {\n  const object = Object.create(shadow);\n${lines.join('\n')}\n  return object;\n};`);
  return build(shadow, converters) as (row: Record<string, unknown>) => T;
}

/**
 * The read-only entities (readOnlyEntities) whose one-column `column` holds one of `values`, in `orderBy`
 * order when given (SQL, e.g. `"created_at", "id"`): one statement for any number of values (readRows: in
 * the request's transaction when there is one, under its deadline), prepared, since a lookup by a primary
 * or foreign key has the same plan whatever the values (read-rows.ts). `values` must not be empty.
 */
export async function readEntitiesWhereIn<T extends object>(em: EntityManager, entity: EntityClass<T>, column: string, values: readonly unknown[], orderBy?: string): Promise<T[]> {
  const reader = readOnlyEntities(em, entity);
  const order = orderBy ? ` order by ${orderBy}` : '';
  const rows = await readRows(em, `select ${reader.selectList} from ${reader.table} where "${column}" in (${values.map(() => '?').join(', ')})${order}`, values, { prepared: true });
  return rows.map((row) => reader.fromRow(row));
}

/**
 * The entities with `ids`, in order, null where there is none (or where an id is not a UUID): the hot
 * read of an entity reference batch, one statement for any number of ids.
 */
export async function readEntitiesByIds<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, ids: readonly string[]): Promise<Array<T | null>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return ids.map(() => null);
  return byIds(ids, await readEntitiesWhereIn(em, entity, 'id', valid));
}
