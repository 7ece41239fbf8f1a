import type { GeoPoint } from '../geocoding/geocoder';
import { type Condition, SessionFormat } from '@caregraph/vocabulary';
import type { FundingOption } from '../therapists/funding-option';
import type { Language } from '../therapists/language';
import type { TherapistGender } from '../therapists/therapist-gender';
import { boundingBoxSql, DISTANCE_SQL, joinSql, type SqlFragment } from '../location/geo';
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

/** A search near a place. */
export type NearSearchCriteria = SearchCriteria & { near: NonNullable<SearchCriteria['near']> };

/** One SQL statement with `?` placeholders and their values. */
export type SqlStatement = SqlFragment;

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

/** The filter of a search as SQL (`where` terms with their bindings), and its distance expression. */
interface SearchFilter {
  where: SqlFragment;
  distance: SqlFragment;
}

/** A bound value as SQL. */
const bound = (value: unknown): SqlFragment => ({ sql: '?', bindings: [value] });
/** A bound distance in km as SQL, typed so the box arithmetic on it is float8 throughout. */
const kilometres = (km: number): SqlFragment => ({ sql: '?::float8', bindings: [km] });

/**
 * Builds the directory search filter. Every statement starts from `t.listed` (approved and not
 * hidden), the predicate of the partial search indexes, and each filter is written in the form
 * its index serves: `@>` on the enum arrays (GIN), `@@` on the text vector (GIN), box
 * containment on `point(longitude, latitude)` (GiST) before the exact distance, plain
 * comparisons on fee and gender (btree). search-plan.test.ts checks the plans. `radiusKm`
 * (SQL) replaces the searched radius, for a ring of the nearest-first search, and `box` the box
 * around it (by default computed from it).
 */
function searchFilter(
  criteria: SearchCriteria,
  radiusKm: SqlFragment | null = criteria.near && kilometres(criteria.near.radiusKm),
  box: SqlFragment | null = criteria.near && radiusKm && boundingBoxSql(criteria.near, radiusKm),
): SearchFilter {
  const where: Array<string | SqlFragment> = ['t.listed'];
  const add = (sql: string, ...values: unknown[]) => where.push({ sql, bindings: values });
  if (criteria.conditions.length > 0) add(`t.conditions @> ${textArray(criteria.conditions)}`, ...criteria.conditions);
  if (criteria.format) add('t.session_formats @> array[?]::text[]', criteria.format);
  if (criteria.language) add('t.languages @> array[?]::text[]', criteria.language);
  if (criteria.funding) add('t.funding_options @> array[?]::text[]', criteria.funding);
  if (criteria.gender) add('t.gender = ?', criteria.gender);
  if (criteria.maxFeePence !== null) add('t.fee_pence <= ?', criteria.maxFeePence);
  if (criteria.text) add("t.search_vector @@ websearch_to_tsquery('english', ?)", criteria.text);

  let distance: SqlFragment = { sql: 'null::float8', bindings: [] };
  if (criteria.near && radiusKm && box) {
    const { latitude, longitude } = criteria.near;
    distance = { sql: DISTANCE_SQL, bindings: [latitude, latitude, longitude] };
    where.push(joinSql('point(t.longitude, t.latitude) <@ ', box));
    where.push(joinSql(distance, ' <= ', radiusKm));
    // A home visit also needs the client to be within the therapist's own travel radius.
    if (criteria.format === SessionFormat.HOME_VISIT) where.push(joinSql(distance, ' <= t.travel_radius_km'));
  }
  return { where: joinSql(...where.flatMap((term, i) => (i === 0 ? [term] : ['\n  and ', term]))), distance };
}

/**
 * The page and the bounded total of a search. The page asks for `window.limit + 1` rows (the
 * extra one says whether another page follows), each with the listing's `columns`, so the
 * listings need no statement of their own; the count stops at `EXACT_TOTAL_BOUND + 1`.
 */
export function buildSearchStatements(criteria: SearchCriteria, window: { limit: number; offset: number }, columns: readonly string[] = []): SearchStatements {
  const { where, distance } = searchFilter(criteria);
  return {
    page: joinSql('select t.id, ', distance, ` as distance_km${withColumns('t', columns)}\nfrom therapists t\nwhere `, where, `\norder by ${ORDER_BY[criteria.sort]}\nlimit `, bound(window.limit + 1), ' offset ', bound(window.offset)),
    count: joinSql('select count(*)::int as total\nfrom (select 1 from therapists t\nwhere ', where, '\nlimit ', bound(EXACT_TOTAL_BOUND + 1), ') as matches'),
  };
}

/**
 * The search as one plain pair of statements: the page over every match in the whole radius,
 * sorted, and the exact count of every match. What the directory sent before rings and the
 * bounded total; kept as the reference they are tested against (search-page.test.ts) and timed
 * beside them (bench/lib/sql-timings.mjs). Its cost grows with the number of matches.
 */
export function buildPlainSearchStatements(criteria: SearchCriteria, window: { limit: number; offset: number }): SearchStatements {
  const { where, distance } = searchFilter(criteria);
  return {
    page: joinSql('select t.id, ', distance, ' as distance_km\nfrom therapists t\nwhere ', where, `\norder by ${ORDER_BY[criteria.sort]}\nlimit `, bound(window.limit), ' offset ', bound(window.offset)),
    count: joinSql('select count(*)::int as total\nfrom therapists t\nwhere ', where),
  };
}

/** How much further than the density found suggests the next ring reaches, so that one more ring is usually enough. */
const RING_MARGIN = 1.25;

/**
 * The ring after a ring of `ringKm` that held `found` matches: wide enough for `needed` if they
 * are as dense further out (at least twice as wide), and never wider than the search. The same
 * rule as `nextRingSql`, which sizes the second ring inside a ring statement.
 */
export function nextRingKm(ringKm: number, found: number, needed: number, maxKm: number): number {
  return Math.min(maxKm, Math.max(2 * ringKm, ringKm * Math.sqrt(needed / Math.max(found, 1)) * RING_MARGIN));
}

const nextRingSql = (ringKm: SqlFragment, found: string, needed: SqlFragment, maxKm: SqlFragment): SqlFragment =>
  joinSql('least(', maxKm, ', greatest(2 * ', ringKm, ', ', ringKm, ' * sqrt(', needed, `::float8 / greatest(${found}, 1)) * ${RING_MARGIN}))`);

/**
 * Up to two rings of a nearest-first search in one statement. The first holds every match within
 * `ringKm` of the searched place (a smaller circle than the one searched), counted in full; when
 * it has fewer than `needed` and is smaller than `maxKm`, a second ring sized from its density
 * (`nextRingKm`) is read instead. Returns the ring used (`ring_km`), its match count (`total`) and
 * the page's rows (plus one) among its matches, nearest first, with the listing's `columns`. Rows
 * outside a ring are all further away than any row inside it, so once a ring holds enough rows,
 * its first ones are exactly the search's first ones. Always one row: null `id` when the page is
 * past the ring's matches.
 */
export function buildRingStatement(
  criteria: NearSearchCriteria,
  window: { limit: number; offset: number },
  ring: { ringKm: number; needed: number; maxKm: number },
  columns: readonly string[] = [],
): SqlStatement {
  const [ringKm, maxKm] = [kilometres(ring.ringKm), kilometres(ring.maxKm)];
  const needed: SqlFragment = { sql: '?::int', bindings: [ring.needed] };
  const first = searchFilter(criteria, ringKm);
  // The second ring's radius and box are worked out once, in `widen`: fewer subqueries to plan.
  const second = searchFilter(criteria, { sql: '(select next_km from widen)', bindings: [] }, { sql: '(select next_box from widen)', bindings: [] });
  const nextKm = nextRingSql(ringKm, 'count(*)', needed, maxKm);
  return joinSql(
    'with first as materialized (\nselect t.id, ', first.distance, ' as distance_km\nfrom therapists t\nwhere ', first.where, '\n),\n',
    'widen as (select count(*) < ', needed, ' and ', ringKm, ' < ', maxKm, ' as widen, ', nextKm, ' as next_km, ',
    boundingBoxSql(criteria.near, nextKm), ' as next_box from first),\n',
    'second as materialized (\nselect t.id, ', second.distance, ' as distance_km\nfrom therapists t\nwhere (select widen from widen)\n  and ', second.where, '\n),\n',
    'matches as (select id, distance_km from first where not (select widen from widen) union all select id, distance_km from second)\n',
    'select counted.total, (select case when widen then next_km else ', ringKm, ` end from widen) as ring_km, page.id, page.distance_km${withColumns('l', columns)}\n`,
    'from (select count(*)::int as total from matches) as counted\n',
    'left join lateral (select id, distance_km from matches order by distance_km asc, id asc limit ', bound(window.limit + 1), ' offset ', bound(window.offset), ') as page on true\n',
    'left join therapists l on l.id = page.id\n',
    'order by page.distance_km asc, page.id asc',
  );
}
