import { buildRingStatement, buildSearchStatements, EXACT_TOTAL_BOUND, nextRingKm, type NearSearchCriteria, type SearchCriteria, type SqlStatement } from './search-query';
import type { ReadOptions } from '@caregraph/runtime';
import { TherapistSearchSort } from './therapist-search-sort';

/**
 * Runs one statement (`?` placeholders) with readRows' options (`prepared`, docs/adr/034) and returns its
 * rows: readRows on the ORM's connection, or `pg` in the bench.
 */
export type RunStatement = <T>(statement: SqlStatement, options?: ReadOptions) => Promise<T[]>;

/** A row of a page: the listing's id, its distance, and the listing columns asked for. */
export type SearchRow = { id: string; distance_km: number | null } & Record<string, unknown>;

/** One page of a search: its rows in order, and the total. */
export interface SearchPage {
  rows: SearchRow[];
  hasNextPage: boolean;
  /** Exact when `totalIsExact`; otherwise more than this many match. */
  total: number;
  totalIsExact: boolean;
}

/** The first ring of a nearest-first search, in km: small, so the next is sized from what it found. */
export const FIRST_RING_KM = 0.5;

/**
 * Reads one page of a search and its total. Sorted by distance, it searches rings of growing
 * radius around the place (buildRingStatement, two to a statement): a ring with more matches than
 * the page needs and than the exact-total bound answers both, so a search costs about the same
 * wherever listings are dense, whatever their number; the ring at the searched radius is the
 * plain search. Other sorts read the page and a bounded count side by side. Each row carries
 * the listing `columns` asked for.
 */
export async function readSearchPage(criteria: SearchCriteria, window: { limit: number; offset: number }, run: RunStatement, columns: readonly string[] = []): Promise<SearchPage> {
  if (criteria.sort === TherapistSearchSort.DISTANCE && criteria.near) return readNearestFirst({ ...criteria, near: criteria.near }, window, run, columns);
  const { page, count } = buildSearchStatements(criteria, window, columns);
  const [rows, totals] = await Promise.all([run<SearchRow>(page), run<{ total: number }>(count)]);
  const counted = totals[0]?.total ?? 0;
  const totalIsExact = counted <= EXACT_TOTAL_BOUND;
  return { rows: rows.slice(0, window.limit), hasNextPage: rows.length > window.limit, total: totalIsExact ? counted : EXACT_TOTAL_BOUND, totalIsExact };
}

async function readNearestFirst(criteria: NearSearchCriteria, window: { limit: number; offset: number }, run: RunStatement, columns: readonly string[]): Promise<SearchPage> {
  const { radiusKm } = criteria.near;
  // Enough rows for the page and the one after it, and for the total to pass the bound.
  const needed = Math.max(window.offset + window.limit, EXACT_TOTAL_BOUND) + 1;
  let ringKm = Math.min(FIRST_RING_KM, radiusKm);
  for (;;) {
    const found = await run<{ total: number; ring_km: number; id: string | null } & Record<string, unknown>>(
      buildRingStatement(criteria, window, { ringKm, needed, maxKm: radiusKm }, columns),
      // Prepared: a ring reads the covering location index whatever the place and radius (search-plan.test.ts
      // checks the generic plan too). Not with free text, whose selectivity depends on its words.
      { prepared: !criteria.text },
    );
    const { total, ring_km: used } = found[0];
    if (used >= radiusKm || total >= needed) {
      const rows = found.filter((row) => row.id !== null).map(({ total: _, ring_km: __, ...row }) => row as SearchRow);
      const totalIsExact = used >= radiusKm;
      return { rows: rows.slice(0, window.limit), hasNextPage: rows.length > window.limit, total: totalIsExact ? total : EXACT_TOTAL_BOUND, totalIsExact };
    }
    ringKm = nextRingKm(used, total, needed, radiusKm);
  }
}
