// The nearest-first rings and the bounded total answer exactly what the plain search statement
// (one statement over the whole radius, every match sorted) answers: same rows, same order, same
// distances, on thousands of listings clustered around real places.
import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { Condition, SessionFormat } from '@caregraph/vocabulary';
import { therapistsSubgraph } from '../subgraph';
import { insertBulkListings } from '../test/bulk-listings';
import { POSTCODE_DISTRICTS } from '../geocoding/postcode-districts';
import { FundingOption } from '../therapists/funding-option';
import { listingColumns, listingFromRow, readListingsByIds } from '../therapists/listing-reads';
import { readSearchPage, type RunStatement } from './search-page';
import { buildPlainSearchStatements, EXACT_TOTAL_BOUND, type SearchCriteria } from './search-query';
import { TherapistSearchSort } from './therapist-search-sort';

const NONE: SearchCriteria = {
  conditions: [], format: null, near: null, maxFeePence: null, language: null, gender: null, funding: null, text: null, sort: TherapistSearchSort.NEWEST,
};
const at = (district: keyof typeof POSTCODE_DISTRICTS, radiusKm: number) => {
  const [latitude, longitude] = POSTCODE_DISTRICTS[district];
  return { latitude, longitude, radiusKm };
};
/** Dense (Leeds, Manchester), sparse (Brighton) and empty (the Highlands) places. */
const PLACES = { LS6: (r: number) => at('LS6', r), M14: (r: number) => at('M14', r), BN1: (r: number) => at('BN1', r), highlands: (radiusKm: number) => ({ latitude: 57.3, longitude: -4.6, radiusKm }) };
const FILTERS: Record<string, Partial<SearchCriteria>> = {
  'no filter': {},
  condition: { conditions: [Condition.ANXIETY] },
  'home visits': { format: SessionFormat.HOME_VISIT },
  text: { text: 'pottery' },
  'funding and fee': { funding: FundingOption.NHS_REFERRAL, maxFeePence: 6000 },
};
const WINDOWS = [
  { limit: 20, offset: 0 },
  { limit: 20, offset: 20 },
  { limit: 100, offset: 0 },
  { limit: 20, offset: 180 },
  { limit: 10, offset: 5000 },
];

type Row = { id: string; distance_km: number | null };

describe('directory search pages against the plain search statement', () => {
  let db: TestDatabase;
  let statements = 0;
  let run: RunStatement;

  beforeAll(async () => {
    db = await createTestDatabase(therapistsSubgraph);
    const em = db.orm.em.fork();
    await insertBulkListings(em, 10_000);
    await em.getConnection().execute('vacuum analyze therapists');
    const connection = db.orm.em.fork().getConnection();
    run = (statement) => {
      statements++;
      return connection.execute(statement.sql, statement.bindings);
    };
  }, 60_000);
  afterAll(() => db.drop());

  /** Every match in order, from the plain page statement over the whole radius, checked against the plain count. */
  async function everyMatch(criteria: SearchCriteria): Promise<Row[]> {
    const { page, count } = buildPlainSearchStatements(criteria, { limit: 100_000, offset: 0 });
    const connection = db.orm.em.fork().getConnection();
    const [rows, [{ total }]] = await Promise.all([connection.execute<Row[]>(page.sql, page.bindings), connection.execute<Array<{ total: number }>>(count.sql, count.bindings)]);
    expect(rows).toHaveLength(total);
    return rows;
  }

  async function expectSameAsPlain(criteria: SearchCriteria, window: { limit: number; offset: number }) {
    const all = await everyMatch(criteria);
    statements = 0;
    const page = await readSearchPage(criteria, window, run);
    expect(page.rows).toEqual(all.slice(window.offset, window.offset + window.limit));
    expect(page.hasNextPage).toBe(all.length > window.offset + window.limit);
    if (page.totalIsExact) expect(page.total).toBe(all.length);
    else expect([page.total, all.length > EXACT_TOTAL_BOUND]).toEqual([EXACT_TOTAL_BOUND, true]);
    return { page, matches: all.length, statements };
  }

  const NEAREST = Object.entries(PLACES).flatMap(([place, near]) =>
    [1, 5, 25, 200].flatMap((radiusKm) =>
      Object.entries(FILTERS).map(([filter, fields]) => [`${filter} within ${radiusKm} km of ${place}`, { ...NONE, ...fields, near: near(radiusKm), sort: TherapistSearchSort.DISTANCE }] as const),
    ),
  );

  it('has dense places with hundreds of matches and empty ones', async () => {
    expect((await everyMatch({ ...NONE, near: PLACES.LS6(25), sort: TherapistSearchSort.DISTANCE })).length).toBeGreaterThan(3 * EXACT_TOTAL_BOUND);
    expect(await everyMatch({ ...NONE, near: PLACES.highlands(25), sort: TherapistSearchSort.DISTANCE })).toEqual([]);
  });

  it.each(NEAREST)('nearest first, %s: the same rows, order, distances and next page at every offset', async (_, criteria) => {
    for (const window of WINDOWS) await expectSameAsPlain(criteria, window);
  });

  it('reads rings smaller than the radius where listings are dense, and the whole radius where they are sparse', async () => {
    const dense = await expectSameAsPlain({ ...NONE, near: PLACES.LS6(25), sort: TherapistSearchSort.DISTANCE }, { limit: 20, offset: 0 });
    expect(dense.page.totalIsExact).toBe(false);
    const sparse = await expectSameAsPlain({ ...NONE, near: PLACES.highlands(25), sort: TherapistSearchSort.DISTANCE }, { limit: 20, offset: 0 });
    expect(sparse.page).toEqual({ rows: [], hasNextPage: false, total: 0, totalIsExact: true });
    // Nothing near: rings grow to the radius; there the ring is the plain search.
    expect(sparse.statements).toBeGreaterThan(1);
  });

  it.each([
    ['nearest first', { near: PLACES.LS6(25), sort: TherapistSearchSort.DISTANCE }],
    ['by fee', { conditions: [Condition.ANXIETY], sort: TherapistSearchSort.FEE }],
  ])('%s, each row carries its listing as the listing read path reads it', async (_, fields) => {
    const em = db.orm.em.fork();
    const page = await readSearchPage({ ...NONE, ...fields }, { limit: 20, offset: 20 }, run, listingColumns(em));
    expect(page.rows).toHaveLength(20);
    expect(page.rows.map((row) => listingFromRow(em, row))).toEqual(await readListingsByIds(em, page.rows.map((row) => row.id)));
  });

  it.each([TherapistSearchSort.NEWEST, TherapistSearchSort.FEE])('sorted by %s, with or without a place: the same rows and next page', async (sort) => {
    for (const fields of [...Object.values(FILTERS), { near: PLACES.M14(25) }, { conditions: [Condition.PSYCHOSIS], near: PLACES.LS6(5) }]) {
      for (const window of WINDOWS) await expectSameAsPlain({ ...NONE, ...fields, sort }, window);
    }
  });

  it(`counts exactly up to ${EXACT_TOTAL_BOUND} and says when the total is only a bound`, async () => {
    // A handful of matches: exact.
    const few = await expectSameAsPlain({ ...NONE, text: 'pottery', conditions: [Condition.PSYCHOSIS], funding: FundingOption.NHS_REFERRAL }, { limit: 20, offset: 0 });
    expect(few.matches).toBeLessThanOrEqual(EXACT_TOTAL_BOUND);
    expect(few.page).toMatchObject({ total: few.matches, totalIsExact: true });
    // Thousands: counting stops at the bound, and the answer says so.
    const many = await expectSameAsPlain(NONE, { limit: 20, offset: 0 });
    expect(many.matches).toBeGreaterThan(EXACT_TOTAL_BOUND);
    expect(many.page).toMatchObject({ total: EXACT_TOTAL_BOUND, totalIsExact: false, hasNextPage: true });
    // Exactly at the bound and one past it, through the search's own statements.
    const ids = (await everyMatch(NONE)).slice(0, EXACT_TOTAL_BOUND + 1).map((row) => row.id);
    const connection = db.orm.em.fork().getConnection();
    await connection.execute(`update therapists set biography = 'Knitting circles.' where id in (${ids.map(() => '?').join(', ')})`, ids);
    const knitting = (limit: number) => readSearchPage({ ...NONE, text: 'knitting' }, { limit, offset: 0 }, run);
    expect(await knitting(20)).toMatchObject({ total: EXACT_TOTAL_BOUND, totalIsExact: false, hasNextPage: true });
    await connection.execute('update therapists set biography = null where id = ?', [ids[0]]);
    expect(await knitting(20)).toMatchObject({ total: EXACT_TOTAL_BOUND, totalIsExact: true, hasNextPage: true });
    expect(await knitting(100)).toMatchObject({ total: EXACT_TOTAL_BOUND, totalIsExact: true, hasNextPage: false });
  });
});
