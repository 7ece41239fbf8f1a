import type { GeoPoint } from '../geocoding/geocoder';
import { type Condition, SessionFormat } from '@caregraph/vocabulary';
import type { FundingOption } from '../therapists/funding-option';
import type { Language } from '../therapists/language';
import type { TherapistGender } from '../therapists/therapist-gender';
import { boundingBox, DISTANCE_SQL } from '../location/geo';
import { TherapistSearchSort } from './therapist-search-sort';

/** A search, with its place already geocoded. */
export interface SearchCriteria {
  conditions: Condition[];
  format: SessionFormat | null;
  near: (GeoPoint & { radiusKm: number }) | null;
  maxFeePence: number | null;
  language: Language | null;
  gender: TherapistGender | null;
  funding: FundingOption | null;
  text: string | null;
  sort: TherapistSearchSort;
}

/** One SQL statement with `?` placeholders and their values. */
export interface SqlStatement {
  sql: string;
  bindings: unknown[];
}

/** The two statements of a search: one page of `(id, distance_km)` rows, and the total. */
export interface SearchStatements {
  page: SqlStatement;
  count: SqlStatement;
}

const ORDER_BY: Record<TherapistSearchSort, string> = {
  [TherapistSearchSort.DISTANCE]: 'distance_km asc, t.id asc',
  // Both match a partial index's order (therapist.indexes.ts), so a page is a short index walk.
  [TherapistSearchSort.FEE]: 't.fee_pence asc, t.id asc',
  [TherapistSearchSort.NEWEST]: 't.published_at desc, t.id desc',
};

const textArray = (values: readonly string[]) => `array[${values.map(() => '?').join(', ')}]::text[]`;

/**
 * Builds the directory search SQL. Every statement starts from `t.listed` (approved and not
 * hidden), the predicate of the partial search indexes, and each filter is written in the form
 * its index serves: `@>` on the enum arrays (GIN), `@@` on the text vector (GIN), box
 * containment on `point(longitude, latitude)` (GiST) before the exact distance, plain
 * comparisons on fee and gender (btree). search-plan.test.ts checks the plans.
 */
export function buildSearchStatements(criteria: SearchCriteria, window: { limit: number; offset: number }): SearchStatements {
  const where: string[] = ['t.listed'];
  const bindings: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    bindings.push(...values);
  };
  if (criteria.conditions.length > 0) add(`t.conditions @> ${textArray(criteria.conditions)}`, ...criteria.conditions);
  if (criteria.format) add('t.session_formats @> array[?]::text[]', criteria.format);
  if (criteria.language) add('t.languages @> array[?]::text[]', criteria.language);
  if (criteria.funding) add('t.funding_options @> array[?]::text[]', criteria.funding);
  if (criteria.gender) add('t.gender = ?', criteria.gender);
  if (criteria.maxFeePence !== null) add('t.fee_pence <= ?', criteria.maxFeePence);
  if (criteria.text) add("t.search_vector @@ websearch_to_tsquery('english', ?)", criteria.text);

  let distance = 'null::float8';
  const distanceBindings: unknown[] = [];
  if (criteria.near) {
    const { latitude, longitude, radiusKm } = criteria.near;
    const box = boundingBox(criteria.near, radiusKm);
    add('point(t.longitude, t.latitude) <@ box(point(?, ?), point(?, ?))', box.minLongitude, box.minLatitude, box.maxLongitude, box.maxLatitude);
    add(`${DISTANCE_SQL} <= ?`, latitude, latitude, longitude, radiusKm);
    // A home visit also needs the client to be within the therapist's own travel radius.
    if (criteria.format === SessionFormat.HOME_VISIT) add(`${DISTANCE_SQL} <= t.travel_radius_km`, latitude, latitude, longitude);
    distance = DISTANCE_SQL;
    distanceBindings.push(latitude, latitude, longitude);
  }

  const filter = where.join('\n  and ');
  return {
    page: {
      sql: `select t.id, ${distance} as distance_km\nfrom therapists t\nwhere ${filter}\norder by ${ORDER_BY[criteria.sort]}\nlimit ? offset ?`,
      bindings: [...distanceBindings, ...bindings, window.limit, window.offset],
    },
    count: {
      sql: `select count(*)::int as total\nfrom therapists t\nwhere ${filter}`,
      bindings: [...bindings],
    },
  };
}
