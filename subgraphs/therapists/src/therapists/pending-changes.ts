import type { Condition, SessionFormat } from '@caregraph/vocabulary';

/**
 * The fields an admin checks before a listing is published. Once published, edits to these
 * wait for review (stored as `PendingChanges`) while the approved values stay live.
 */
export const CHECKED_FIELDS = ['displayName', 'hcpcNumber', 'conditions', 'sessionFormats'] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];

/** Proposed new values of checked fields; a field that is absent is unchanged. Stored as jsonb. */
export interface PendingChanges {
  displayName?: string;
  hcpcNumber?: string;
  conditions?: Condition[];
  sessionFormats?: SessionFormat[];
}

/** True when two checked-field values are the same (arrays as sets: order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  }
  return a === b;
}
