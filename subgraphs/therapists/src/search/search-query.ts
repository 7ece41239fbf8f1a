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

/**
 * The statements of a search: one page of `(id, distance_km)` rows (one row more than the page,
 * to tell whether another page follows), and the total counted up to `EXACT_TOTAL_BOUND + 1`.
 */
export interface SearchStatements {
  page: SqlStatement;
  count: SqlStatement;
}

/**
 * Totals are counted exactly up to this many listings; past it counting stops, and the answer
 * says "more than 100" (`totalCountIsExact: false`), so a broad search costs the same at any size.
 */
export const EXACT_TOTAL_BOUND = 100;

const ORDER_BY: Record<TherapistSearchSort, string> = {
  [TherapistSearchSort.DISTANCE]: 'distance_km asc, t.id asc',
  // Both match a partial index's order (therapist.indexes.ts), so a page is a short index walk.
  [TherapistSearchSort.FEE]: 't.fee_pence asc, t.id asc',
  [TherapistSearchSort.NEWEST]: 't.published_at desc, t.id desc',
};

const textArray = (values: readonly string[]) => `array[${values.map(() => '?').join(', ')}]::text[]`;

/** `, alias."column", …` for the listing columns a page row carries beside its id (listing-reads.ts). */
const withColumns = (alias: string, columns: readonly string[]) =>
  columns.filter((column) => column !== 'id').map((column) => `, ${alias}."${column}"`).join('');

/** The filter of a search as SQL (`where` terms and their bindings), and its distance expression. */
interface SearchFilter {
  where: string;
  bindings: unknown[];
  distance: string;
  distanceBindings: unknown[];
}

/**
 * Builds the directory search filter. Every statement starts from `t.listed` (approved and not
 * hidden), the predicate of the partial search indexes, and each filter is written in the form
 * its index serves: `@>` on the enum arrays (GIN), `@@` on the text vector (GIN), box
 * containment on `point(longitude, latitude)` (GiST) before the exact distance, plain
 * comparisons on fee and gender (btree). search-plan.test.ts checks the plans. `radiusKm`
 * replaces the searched radius (a ring of the nearest-first search).
 */
function searchFilter(criteria: SearchCriteria, radiusKm = criteria.near?.radiusKm): SearchFilter {
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
  if (criteria.near && radiusKm !== undefined) {
    const { latitude, longitude } = criteria.near;
    const box = boundingBox(criteria.near, radiusKm);
    add('point(t.longitude, t.latitude) <@ box(point(?, ?), point(?, ?))', box.minLongitude, box.minLatitude, box.maxLongitude, box.maxLatitude);
    add(`${DISTANCE_SQL} <= ?`, latitude, latitude, longitude, radiusKm);
    // A home visit also needs the client to be within the therapist's own travel radius.
    if (criteria.format === SessionFormat.HOME_VISIT) add(`${DISTANCE_SQL} <= t.travel_radius_km`, latitude, latitude, longitude);
    distance = DISTANCE_SQL;
    distanceBindings.push(latitude, latitude, longitude);
  }
  return { where: where.join('\n  and '), bindings, distance, distanceBindings };
}

/**
 * The page and the bounded total of a search. The page asks for `window.limit + 1` rows (the
 * extra one says whether another page follows), each with the listing's `columns`, so the
 * listings need no statement of their own; the count stops at `EXACT_TOTAL_BOUND + 1`.
 */
export function buildSearchStatements(criteria: SearchCriteria, window: { limit: number; offset: number }, columns: readonly string[] = []): SearchStatements {
  const filter = searchFilter(criteria);
  return {
    page: {
      sql: `select t.id, ${filter.distance} as distance_km${withColumns('t', columns)}\nfrom therapists t\nwhere ${filter.where}\norder by ${ORDER_BY[criteria.sort]}\nlimit ? offset ?`,
      bindings: [...filter.distanceBindings, ...filter.bindings, window.limit + 1, window.offset],
    },
    count: {
      sql: `select count(*)::int as total\nfrom (select 1 from therapists t\nwhere ${filter.where}\nlimit ?) as matches`,
      bindings: [...filter.bindings, EXACT_TOTAL_BOUND + 1],
    },
  };
}

/**
 * The search as one plain pair of statements: the page over every match in the whole radius,
 * sorted, and the exact count of every match. What the directory sent before rings and the
 * bounded total; kept as the reference they are tested against (search-page.test.ts) and timed
 * beside them (bench/lib/sql-timings.mjs). Its cost grows with the number of matches.
 */
export function buildPlainSearchStatements(criteria: SearchCriteria, window: { limit: number; offset: number }): SearchStatements {
  const filter = searchFilter(criteria);
  return {
    page: {
      sql: `select t.id, ${filter.distance} as distance_km\nfrom therapists t\nwhere ${filter.where}\norder by ${ORDER_BY[criteria.sort]}\nlimit ? offset ?`,
      bindings: [...filter.distanceBindings, ...filter.bindings, window.limit, window.offset],
    },
    count: { sql: `select count(*)::int as total\nfrom therapists t\nwhere ${filter.where}`, bindings: [...filter.bindings] },
  };
}

/**
 * One ring of a nearest-first search: every match within `radiusKm` of the searched place
 * (a smaller circle than the one searched), counted in full, and the rows of the page (plus one)
 * among them, nearest first. Rows past the ring are all further away than any row inside it, so
 * once a ring holds enough rows, its first ones are exactly the search's first ones. Page rows
 * carry the listing's `columns`. Always one row: `total` with null `id` when the page is past the
 * ring's matches.
 */
export function buildRingStatement(criteria: SearchCriteria, window: { limit: number; offset: number }, radiusKm: number, columns: readonly string[] = []): SqlStatement {
  const filter = searchFilter(criteria, radiusKm);
  return {
    sql:
      `with matches as materialized (\nselect t.id, ${filter.distance} as distance_km\nfrom therapists t\nwhere ${filter.where}\n)\n` +
      `select counted.total, page.id, page.distance_km${withColumns('l', columns)}\nfrom (select count(*)::int as total from matches) as counted\n` +
      `left join lateral (select id, distance_km from matches order by distance_km asc, id asc limit ? offset ?) as page on true\n` +
      'left join therapists l on l.id = page.id\n' +
      'order by page.distance_km asc, page.id asc',
    bindings: [...filter.distanceBindings, ...filter.bindings, window.limit + 1, window.offset],
  };
}
