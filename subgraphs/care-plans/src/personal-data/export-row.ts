import { wrap } from '@mikro-orm/core';

/**
 * One record as a plain JSON object for a data-subject export: every mapped column, named in
 * camelCase as in the graph, instants as ISO-8601 UTC strings. Taking every property (rather
 * than a list) means a column added later is exported without anyone remembering to.
 */
export function toExportObject(entity: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(wrap(entity).toObject() as Record<string, unknown>).map(([property, value]) => [
      property,
      value instanceof Date ? value.toISOString() : value,
    ]),
  );
}
