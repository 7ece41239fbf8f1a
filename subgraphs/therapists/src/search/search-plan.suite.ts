import { createTestDatabase, genericPlanOf, nodesOf, stepsOn, type PlanNode, type TestDatabase } from '@caregraph/runtime/testing';
import { therapistsSubgraph } from '../subgraph';
import { insertBulkListings } from '../test/bulk-listings';
import { Condition, SessionFormat } from '@caregraph/vocabulary';
import { FundingOption } from '../therapists/funding-option';
import { Language } from '../therapists/language';
import { TherapistGender } from '../therapists/therapist-gender';
import { buildRingStatement, buildSearchStatements, type SearchCriteria, type SqlStatement } from './search-query';
import { TherapistSearchSort } from './therapist-search-sort';

const NONE: SearchCriteria = {
  conditions: [], format: null, near: null, maxFeePence: null, language: null, gender: null, funding: null, text: null, sort: TherapistSearchSort.NEWEST,
};
const LEEDS = { latitude: 53.797, longitude: -1.548, radiusKm: 25 };

/**
 * Every filter alone, a few together, each under every sort it allows. Values have the
 * selectivity real searches have (a condition, a second language, a place); the covering index
 * makes even unselective enum and fee filters index-only for the counts.
 */
const FILTERS: Record<string, Partial<SearchCriteria>> = {
  'no filter': {},
  'one condition': { conditions: [Condition.PSYCHOSIS] },
  'common condition': { conditions: [Condition.ANXIETY] },
  'two conditions': { conditions: [Condition.ANXIETY, Condition.WORK_STRESS_BURNOUT] },
  format: { format: SessionFormat.CLINIC },
  'common format': { format: SessionFormat.ONLINE },
  'home visits near': { format: SessionFormat.HOME_VISIT, near: LEEDS },
  near: { near: LEEDS },
  'near, wide': { near: { ...LEEDS, radiusKm: 200 } },
  'max fee': { maxFeePence: 5000 },
  'generous max fee': { maxFeePence: 10000 },
  language: { language: Language.POLISH },
  'common language': { language: Language.ENGLISH },
  gender: { gender: TherapistGender.MALE },
  'common gender': { gender: TherapistGender.FEMALE },
  funding: { funding: FundingOption.NHS_REFERRAL },
  'common funding': { funding: FundingOption.SELF_PAY },
  text: { text: 'pottery' },
  'text and near': { text: 'gardening', near: LEEDS },
  everything: {
    conditions: [Condition.ANXIETY], format: SessionFormat.ONLINE, near: LEEDS, maxFeePence: 9000, language: Language.ENGLISH,
    gender: TherapistGender.FEMALE, funding: FundingOption.SELF_PAY, text: 'routines',
  },
};

const SHAPES = Object.entries(FILTERS).flatMap(([name, filter]) =>
  Object.values(TherapistSearchSort)
    .filter((sort) => sort !== TherapistSearchSort.DISTANCE || filter.near)
    .map((sort) => [`${name}, sorted by ${sort}`, { ...NONE, ...filter, sort }] as const),
);

describe('directory search plans over 20,000 listings', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(therapistsSubgraph);
    const em = db.orm.em.fork();
    await insertBulkListings(em, 20_000);
    // What autovacuum does on a live database: statistics for the planner, visibility for index-only scans.
    await em.getConnection().execute('vacuum analyze therapists');
  }, 60_000);
  afterAll(() => db.drop());

  async function plan(statement: SqlStatement): Promise<PlanNode[]> {
    const rows = await db.orm.em.fork().getConnection().execute<Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>>(`explain (format json) ${statement.sql}`, statement.bindings);
    return nodesOf(rows[0]['QUERY PLAN'][0].Plan);
  }

  it('has the listings it claims', async () => {
    const [{ count }] = await db.orm.em.fork().getConnection().execute<Array<{ count: number }>>('select count(*)::int as count from therapists where listed');
    expect(count).toBeGreaterThan(12_000);
  });

  it('would notice a sequential scan (a filter no index serves)', async () => {
    const nodes = await plan({ sql: 'select count(*) from therapists t where t.listed and t.city = ?', bindings: ['Bulk'] });
    expect(nodes.map((n) => n['Node Type'])).toContain('Seq Scan');
  });

  /** The plan's steps on the listings table, which must exist and never be a sequential scan. */
  function expectIndexedListings(name: string, nodes: PlanNode[]): string[] {
    if (process.env.PRINT_PLANS) console.log(name, nodes.map((n) => `${n['Node Type']} ${n['Index Name'] ?? ''}`).join(' > '));
    const onListings = stepsOn(nodes, 'therapists');
    expect(onListings.length).toBeGreaterThan(0);
    expect(onListings.filter((n) => n.startsWith('Seq Scan'))).toEqual([]);
    return onListings;
  }

  const ringOf = (criteria: SearchCriteria) =>
    criteria.sort === TherapistSearchSort.DISTANCE && criteria.near ? [buildRingStatement({ ...criteria, near: criteria.near }, { limit: 20, offset: 40 }, { ringKm: 2, needed: 101, maxKm: criteria.near.radiusKm })] : [];

  it.each(SHAPES)('%s: page, count and rings read the listings through an index, never a sequential scan', async (name, criteria) => {
    const { page, count } = buildSearchStatements(criteria, { limit: 20, offset: 40 });
    // Sorted by distance, the search reads rings around the place first (search-page.ts).
    for (const statement of [page, count, ...ringOf(criteria)]) expectIndexedListings(name, await plan(statement));
  });

  // Rings without free text run as prepared statements (search-page.ts, docs/adr/034): the plan PostgreSQL may
  // keep for every place and radius must read the rings through the covering location index too.
  it.each(SHAPES.filter(([, criteria]) => ringOf(criteria).length > 0 && !criteria.text))('%s: the generic plan of a ring reads the location index', async (name, criteria) => {
    const [ring] = ringOf(criteria);
    const nodes = await genericPlanOf(db.orm, ring.sql, ring.bindings);
    expectIndexedListings(`${name} (generic)`, nodes);
    expect(nodes.map((node) => node['Index Name'])).toContain('therapists_listed_nearby_index');
  });
});
