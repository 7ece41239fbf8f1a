import { wrap } from '@mikro-orm/core';
import { type Caller, ForbiddenError, UnauthenticatedError } from '@caregraph/kernel';

/**
 * The right of access belongs to the person alone: the caller must be the user the export is
 * about. Admins are refused (they never see clinical records this way), and so is SYSTEM:
 * the platform acting on its own behalf is nobody's export. Used by every subgraph's part of
 * `PersonalDataExport` (docs/adr/006).
 */
export function assertOwnExport(caller: Caller, userId: string): void {
  if (!caller.userId) throw new UnauthenticatedError();
  if (caller.userId !== userId || caller.roles.includes('SYSTEM')) {
    throw new ForbiddenError('Only the person themselves can export their personal data.');
  }
}

/**
 * One record as a plain JSON object for a personal data export: every mapped column, named in
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
