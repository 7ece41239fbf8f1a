/**
 * UK postcodes: `LS6 2AB` is the outward code `LS6` (area `LS`, district 6) and the inward
 * code `2AB`. Only the outward code is ever shown publicly.
 */

/** Outward code: area (1–2 letters), district (digit and an optional digit or letter). */
export const OUTWARD_CODE_PATTERN = /^[A-Z]{1,2}[0-9][0-9A-Z]?$/;
/** Inward code: a digit and two letters, never C, I, K, M, O or V (Royal Mail's rules). */
const INWARD_CODE_PATTERN = /^[0-9][ABD-HJLNP-UW-Z]{2}$/;
/** A normalised full postcode: outward code, one space, inward code. Also a CHECK constraint. */
export const POSTCODE_PATTERN = /^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][ABD-HJLNP-UW-Z]{2}$/;

/** A postcode in its canonical form. */
export interface Postcode {
  /** e.g. `LS6 2AB`. */
  full: string;
  /** e.g. `LS6`. */
  outward: string;
  /** e.g. `LS`. */
  area: string;
}

/**
 * Reads a full UK postcode the way people type it (any case, any spacing: `ls62ab`,
 * ` LS6  2AB`), or returns null when it is not one.
 */
export function parsePostcode(input: string): Postcode | null {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (compact.length < 5 || compact.length > 7) return null;
  const outward = compact.slice(0, -3);
  const inward = compact.slice(-3);
  if (!OUTWARD_CODE_PATTERN.test(outward) || !INWARD_CODE_PATTERN.test(inward)) return null;
  return { full: `${outward} ${inward}`, outward, area: areaOf(outward) };
}

/** Reads an outward code on its own (`ls6` → `LS6`), or returns null when it is not one. */
export function parseOutwardCode(input: string): string | null {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return OUTWARD_CODE_PATTERN.test(compact) ? compact : null;
}

/** The postcode area (the leading letters) of an outward code: `LS6` → `LS`, `M14` → `M`. */
export function areaOf(outward: string): string {
  return /^[A-Z]+/.exec(outward)?.[0] ?? '';
}
