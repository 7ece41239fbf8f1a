import { HcpcVerificationStatus } from '../therapists/hcpc-verification-status';
import { todayInLondon } from '../therapists/hcpc-verification.type';
import type { AdminTherapistFilter } from './admin-therapist-filter.input';

/** One SQL condition on `therapists t`, with `?` placeholders and their values. */
export interface SqlCondition {
  sql: string;
  bindings: unknown[];
}

/** Escapes LIKE's wildcards, so a search for "OT_1" finds "OT_1" only. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The free text as a prefix tsquery limited to the name (weight A) and headline (weight B) of the
 * generated `search_vector`: `ada:*AB & lov:*AB`. Only letters and digits reach the query, so no
 * tsquery operator typed by an admin can change its meaning.
 */
export function nameAndHeadlineQuery(text: string): string | null {
  const words = (text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 10);
  return words.length ? words.map((word) => `${word.toLowerCase()}:*AB`).join(' & ') : null;
}

/** The effective HCPC state (as `hcpcVerificationOf` computes it) as SQL, for `today` in London. */
function hcpcCondition(status: HcpcVerificationStatus, today: string): SqlCondition {
  switch (status) {
    case HcpcVerificationStatus.VERIFIED:
      return { sql: "t.hcpc_verification_status = 'VERIFIED' and (t.hcpc_register_expires_on is null or t.hcpc_register_expires_on >= ?::date)", bindings: [today] };
    case HcpcVerificationStatus.LAPSED:
      return { sql: "(t.hcpc_verification_status = 'LAPSED' or (t.hcpc_verification_status = 'VERIFIED' and t.hcpc_register_expires_on < ?::date))", bindings: [today] };
    default:
      return { sql: "t.hcpc_verification_status = 'UNVERIFIED'", bindings: [] };
  }
}

/**
 * The admin list's filter as SQL conditions on `therapists t`, every one of which must hold.
 * The enum arrays use `@>` and the text `@@` on the stored `search_vector`, the forms the
 * directory's search indexes serve (therapist.indexes.ts); those indexes are partial on listed
 * listings, so for the other statuses PostgreSQL scans the (small) table instead.
 */
export function adminTherapistConditions(filter: AdminTherapistFilter, today = todayInLondon()): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  if (filter.statuses?.length) conditions.push({ sql: `t.status in (${filter.statuses.map(() => '?').join(', ')})`, bindings: [...filter.statuses] });
  if (filter.condition) conditions.push({ sql: 't.conditions @> array[?]::text[]', bindings: [filter.condition] });
  if (filter.sessionFormat) conditions.push({ sql: 't.session_formats @> array[?]::text[]', bindings: [filter.sessionFormat] });
  if (filter.hcpcVerification) conditions.push(hcpcCondition(filter.hcpcVerification, today));
  if (filter.userId) conditions.push({ sql: 't.user_id = ?', bindings: [filter.userId] });

  const place = filter.place?.trim().replace(/\s+/g, ' ');
  if (place) {
    conditions.push({ sql: '(t.outward_code like ? or lower(t.city) like ?)', bindings: [`${likeLiteral(place.toUpperCase())}%`, `${likeLiteral(place.toLowerCase())}%`] });
  }

  const text = filter.search?.trim();
  if (text) {
    const words = nameAndHeadlineQuery(text);
    const hcpc = text.replace(/\s+/g, '').toUpperCase();
    const alternatives: SqlCondition[] = [];
    if (words) alternatives.push({ sql: "t.search_vector @@ to_tsquery('english', ?)", bindings: [words] });
    if (/^[A-Z0-9]+$/.test(hcpc)) alternatives.push({ sql: 't.hcpc_number like ?', bindings: [`${hcpc}%`] });
    conditions.push(
      alternatives.length
        ? { sql: `(${alternatives.map((a) => a.sql).join(' or ')})`, bindings: alternatives.flatMap((a) => a.bindings) }
        : { sql: 'false', bindings: [] },
    );
  }
  return conditions;
}
