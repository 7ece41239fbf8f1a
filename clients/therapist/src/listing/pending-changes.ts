import { CONDITION_LABELS, SESSION_FORMAT_LABELS } from '@caregraph/client-kit/labels';
import type { OwnListingFragment } from '../gql/graphql';
import { CHECKED_FIELDS, LISTING_FIELD_LABELS, type CheckedField } from './listing-fields';

/** One checked field whose edit waits for review: what clients see now, and what was proposed. */
export interface PendingChangeRow {
  field: CheckedField;
  label: string;
  live: string;
  proposed: string;
}

const lookup = (labels: Readonly<Record<string, string>>, values: readonly string[]) =>
  values.length ? values.map((v) => labels[v] ?? v).join(', ') : 'None';

/** A checked field's value in words (lists in the graph's order of labels, not the order stored). */
function describe(field: CheckedField, value: string | readonly string[]): string {
  if (field === 'conditions') return lookup(CONDITION_LABELS, [...(value as string[])].sort());
  if (field === 'sessionFormats') return lookup(SESSION_FORMAT_LABELS, [...(value as string[])].sort());
  return String(value);
}

const same = (a: string | readonly string[], b: string | readonly string[]) =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join('\u0000') === [...b].sort().join('\u0000') : a === b;

/**
 * The pending changes of a published listing set against the live values, one row per checked field
 * that would change when an admin approves them. Empty when nothing waits.
 */
export function pendingChangeRows(listing: OwnListingFragment): PendingChangeRow[] {
  const pending = listing.privateDetails?.pendingChanges;
  if (!pending) return [];
  const rows: PendingChangeRow[] = [];
  for (const field of CHECKED_FIELDS) {
    const proposed = pending[field];
    if (proposed == null) continue;
    const live = listing[field];
    if (same(live, proposed)) continue;
    rows.push({ field, label: LISTING_FIELD_LABELS[field], live: describe(field, live), proposed: describe(field, proposed) });
  }
  return rows;
}
