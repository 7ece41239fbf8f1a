// The hot read paths timed at the database: directory search, 14 days of availability for a page of
// therapists, reference resolution of a page of therapists and of their users, a client's bookings page
// and a care plan — each through the subgraph's own code (MikroORM: the path production takes) and as
// the same SQL sent through `pg` directly (prepared where the subgraph prepares it). The ratio is what the ORM adds. Reads of whole entities are
// also timed the way the ORM's entity manager reads them (em.find, em.map: hydration and identity map),
// as they were read before readOnlyEntities, for the before and after in one run. Search and availability are also timed on two seeded sizes (10k and
// 100k therapists): a ratio near 1 means they scale with their indexes, not with the tables. Search
// is also timed as the plain statements (every match sorted and counted), the way it was sent before
// the nearest-first rings and the bounded total, for the before and after in one run.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';
import { withDatabase } from '../../scripts/lib/database.mjs';

const require = createRequire(import.meta.url);
const DAY = 86_400_000;
const ITERATIONS = 150;

/** `?` placeholders (knex style, as the subgraphs write them) to `$n` for pg. */
const numbered = (sql) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/**
 * A statement for pg as the subgraph sends it where it prepares it (readRows' `prepared`, ADR 034): named, so pg
 * prepares it once per connection. The same SQL sent the same way, so the ratio is only what the ORM adds.
 */
const prepared = (sql, values) => ({ name: `bench_${createHash('sha1').update(sql).digest('base64url')}`, text: numbered(sql), values });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];

/**
 * A path run on a fresh request EntityManager, forked before the clock starts: a request forks once
 * (createContext), whatever it reads, so the fork is not part of any one read.
 */
const onFork = (orm, read) => Object.assign((em) => read(em), { setup: () => orm.em.fork() });

/** Times each of `paths` ITERATIONS times after a warm-up, in turn, so all see the same noise. */
async function timeAlternating(paths) {
  const run = async (path) => {
    const input = path.setup ? await path.setup() : undefined;
    const start = performance.now();
    await path(input);
    return performance.now() - start;
  };
  for (let i = 0; i < 50; i++) for (const path of paths) await run(path);
  const samples = paths.map(() => []);
  for (let i = 0; i < ITERATIONS; i++) {
    for (const [k, path] of paths.entries()) samples[k].push(await run(path));
  }
  return samples.map((values) => ({ median: median(values), p95: p95(values) }));
}

/** The search the bench's SearchPage sends, as the service's arguments. */
const SEARCH_ARGS = { first: 20, filter: { conditions: ['ANXIETY'], near: { postcode: 'LS6 2AB', radiusKm: 10 } } };

/** `select <columns> from <table> where id in ($1, …)` through pg: a reference batch as readEntitiesByIds sends it. */
const byIdsThroughPg = (pool, reader, ids) =>
  pool.query(prepared(`select ${reader.selectList} from ${reader.table} where "id" in (${ids.map(() => '?').join(', ')})`, ids));

/** The entity class of `name` among a subgraph's entities. */
const entityNamed = (subgraph, name) => subgraph.entities.find((entity) => entity.name === name);

/**
 * Opens the databases `<prefix>therapists`, `<prefix>bookings`, `<prefix>accounts` and `<prefix>care_plans`
 * and returns the paths to time there: search (ORM, pg, plain statements), availability, and each
 * entity read (ORM, pg, and the entity manager's way where there is one), and `close`.
 */
async function openSize(serverUrl, prefix) {
  const runtime = require('@caregraph/runtime');
  const { createLogger } = require('@caregraph/kernel');
  const { therapistsSubgraph, OfflineGeocoder } = require('@caregraph/therapists');
  const { bookingsSubgraph } = require('@caregraph/bookings');
  const { accountsSubgraph } = require('@caregraph/accounts');
  const { carePlansSubgraph } = require('@caregraph/care-plans');
  const { UserService } = require('@caregraph/accounts/user-reads');
  const { CarePlanService } = require('@caregraph/care-plans/care-plan-reads');
  const { bookingPages, bookingPageStatements } = require('@caregraph/bookings/booking-pages');
  const { TherapistSearchService } = require('@caregraph/therapists/search-service');
  const { readSearchPage } = require('@caregraph/therapists/search-page');
  const { buildPlainSearchStatements } = require('@caregraph/therapists/search-query');
  const { readListingsByIds, listingColumns } = require('@caregraph/therapists/listing-reads');
  const { loadDiaries, DIARIES, diaryBindings } = require('@caregraph/bookings/diary');
  const logger = createLogger('bench');
  logger.level = 'silent';
  const subgraphs = { therapists: therapistsSubgraph, bookings: bookingsSubgraph, accounts: accountsSubgraph, care_plans: carePlansSubgraph };
  const orms = {};
  const pools = {};
  const close = () => Promise.all([...Object.values(orms).map((o) => o.close(true)), ...Object.values(pools).map((p) => p.end())]);
  try {
    for (const [name, subgraph] of Object.entries(subgraphs)) {
      const url = withDatabase(serverUrl, `${prefix}${name}`);
      orms[name] = await runtime.initOrm({ clientUrl: url, entities: subgraph.entities, packageRoot: subgraph.packageRoot, snapshotName: name.replace('_', '-'), poolMax: 4 });
      pools[name] = new pg.Pool({ connectionString: url, max: 4 });
    }
    const geocoder = new OfflineGeocoder();
    const context = (orm) => runtime.createContext({ em: orm.em, requestId: 'bench', logger });
    const point = geocoder.lookup('LS6');
    const criteria = {
      conditions: ['ANXIETY'], format: null, near: { latitude: point.latitude, longitude: point.longitude, radiusKm: 10 },
      maxFeePence: null, language: null, gender: null, funding: null, text: null, sort: 'DISTANCE',
    };
    const page = await new TherapistSearchService(context(orms.therapists), geocoder).search(SEARCH_ARGS);
    const ids = page.edges.map((e) => e.node.id);
    const now = Date.now();
    const columns = listingColumns(orms.therapists.em);
    const Therapist = entityNamed(therapistsSubgraph, 'Therapist');
    const User = entityNamed(accountsSubgraph, 'User');
    const CarePlan = entityNamed(carePlansSubgraph, 'CarePlan');
    const Booking = entityNamed(bookingsSubgraph, 'Booking');
    const listings = runtime.readOnlyEntities(orms.therapists.em.fork(), Therapist);
    const users = runtime.readOnlyEntities(orms.accounts.em.fork(), User);
    const carePlans = runtime.readOnlyEntities(orms.care_plans.em.fork(), CarePlan);
    // The users of the page's listings (the search page's `user { displayName }`), a client with bookings, and one care plan.
    const userIds = (await byIdsThroughPg(pools.therapists, listings, ids)).rows.map((row) => row.user_id);
    const clientId = (await pools.bookings.query("select client_id from bookings where client_id is not null order by client_id limit 1 offset 500")).rows[0].client_id;
    const carePlanId = (await pools.care_plans.query('select id from care_plans order by id limit 1 offset 500')).rows[0].id;
    const bookingWindow = { limit: 20, offset: 0 };
    const { page: pageSql, counts: countSql } = bookingPageStatements('client', [clientId], bookingWindow);
    const listingsById = (ids) => (ids.length ? pools.therapists.query(`select * from therapists where id in (${ids.map((_, i) => `$${i + 1}`).join(', ')})`, ids) : null);
    const paths = {
      search: [
        Object.assign((ctx) => new TherapistSearchService(ctx, geocoder).search(SEARCH_ARGS), { setup: () => context(orms.therapists) }),
        // The same statements the service sends (rings of the nearest-first search, or page and count, with the listings' columns), through pg.
        () => readSearchPage(criteria, { limit: 20, offset: 0 }, async (statement, options) => (await pools.therapists.query(options?.prepared ? prepared(statement.sql, statement.bindings) : { text: numbered(statement.sql), values: statement.bindings })).rows, columns),
        async () => {
          // Before rings and the bounded total: every match in the radius sorted, and counted, in parallel; then the listings.
          const { page, count } = buildPlainSearchStatements(criteria, { limit: 20, offset: 0 });
          const [rows] = await Promise.all([pools.therapists.query(numbered(page.sql), page.bindings), pools.therapists.query(numbered(count.sql), count.bindings)]);
          return listingsById(rows.rows.map((r) => r.id));
        },
      ],
      availability: [
        onFork(orms.bookings, (em) => loadDiaries(em, ids, now, now + 14 * DAY, now)),
        () => pools.bookings.query(prepared(DIARIES(ids.length), diaryBindings(ids, now, now + 14 * DAY, now))),
      ],
      reference: [
        onFork(orms.therapists, (em) => readListingsByIds(em, ids)),
        () => byIdsThroughPg(pools.therapists, listings, ids),
        onFork(orms.therapists, (em) => em.find(Therapist, { id: { $in: ids } })),
      ],
      users: [
        onFork(orms.accounts, (em) => new UserService(em).findByIds(userIds)),
        () => byIdsThroughPg(pools.accounts, users, userIds),
        onFork(orms.accounts, (em) => em.find(User, { id: { $in: userIds } })),
      ],
      bookings: [
        onFork(orms.bookings, (em) => bookingPages(em, 'client', [clientId], bookingWindow)),
        () => Promise.all([pools.bookings.query(prepared(pageSql.sql, pageSql.bindings)), pools.bookings.query(prepared(countSql.sql, countSql.bindings))]),
        onFork(orms.bookings, async (em) => {
          // The same statements through em.execute, each row merged into the identity map (em.map), as the page was read before.
          const { page, counts } = bookingPageStatements('client', [clientId], bookingWindow);
          const [rows] = await Promise.all([em.execute(page.sql, page.bindings), em.execute(counts.sql, counts.bindings)]);
          return rows.map(({ page_position: _, ...row }) => em.map(Booking, row));
        }),
      ],
      carePlan: [
        onFork(orms.care_plans, (em) => new CarePlanService(em).findByIds([carePlanId])),
        () => byIdsThroughPg(pools.care_plans, carePlans, [carePlanId]),
        onFork(orms.care_plans, (em) => em.find(CarePlan, { id: { $in: [carePlanId] } })),
      ],
    };
    const { rows } = await pools.therapists.query('select count(*)::int as n from therapists');
    return { prefix, therapists: rows[0].n, pageSize: ids.length, paths, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Times each kind of path on every open size together, alternating between sizes as well as between
 * the ORM and pg, so that the scaling ratio is measured side by side under the same noise.
 */
async function timeSizes(opened) {
  const sizes = opened.map(({ prefix, therapists, pageSize }) => ({ prefix, therapists, pageSize }));
  for (const kind of ['search', 'availability', 'reference', 'users', 'bookings', 'carePlan']) {
    const timings = await timeAlternating(opened.flatMap((size) => size.paths[kind]));
    opened.forEach((size, i) => {
      // The third path, where there is one: search's plain statements, or an entity read the entity manager's way.
      const [orm, direct, third] = timings.splice(0, size.paths[kind].length);
      sizes[i][kind] = kind === 'search' ? { orm, pg: direct, plain: third } : third ? { orm, pg: direct, entityManager: third } : { orm, pg: direct };
    });
  }
  return sizes;
}

const ms = (n) => n.toFixed(2);

/** Times every size in `prefixes` (skipping any not seeded) and renders the Markdown. */
export async function timeSqlPaths(serverUrl, prefixes, say = () => {}) {
  const opened = [];
  for (const prefix of prefixes) {
    try {
      opened.push(await openSize(serverUrl, prefix));
    } catch (error) {
      say(`bench: SQL timings on ${prefix}* skipped: ${error.message.split('\n')[0]}`);
    }
  }
  let sizes;
  try {
    say(`bench: timing SQL paths on ${opened.map((size) => `${size.prefix}*`).join(' and ')}, side by side…`);
    sizes = await timeSizes(opened);
  } finally {
    await Promise.all(opened.map((size) => size.close()));
  }
  const markdown = ['### Hot read paths: MikroORM against the same SQL through pg', ''];
  if (sizes.length === 0) return { sizes, markdown: [...markdown, 'Not measured: no scale databases.'] };
  markdown.push(
    `Medians of ${ITERATIONS} runs each (p95 in brackets), ORM and pg alternating, and the sizes alternating too (side by side); a page of 20 therapists near LS6 with ANXIETY among their conditions. Each ORM read runs on a fresh request EntityManager (its request context for search), made before the clock starts: a request makes one, whatever it reads. Through pg the same statements are sent the same way: as named prepared statements where the subgraph prepares them (ADR 034), so the ratio is only what the subgraph's code adds.`,
    '',
    'The last two columns time the same read the entity manager\'s way (em.find, or em.map of the same rows: hydration and the identity map), as these reads were made before readOnlyEntities, and its ratio to pg.',
    '',
    '| Data | Path | Subgraph code (ORM) ms | Same SQL via pg ms | Ratio | Entity manager ms | Its ratio |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  );
  const PATHS = [
    ['search', 'directory search (page of listings + total)'],
    ['availability', 'availability, 14 days, 20 therapists'],
    ['reference', 'reference resolution, 20 therapists (listings)'],
    ['users', 'reference resolution, their 20 users'],
    ['bookings', "a client's bookings page (20 + total)"],
    ['carePlan', 'a care plan by id'],
  ];
  for (const size of sizes) {
    for (const [kind, label] of PATHS) {
      const timing = size[kind];
      const manager = timing.entityManager ? `${ms(timing.entityManager.median)} (${ms(timing.entityManager.p95)}) | ${(timing.entityManager.median / timing.pg.median).toFixed(2)}×` : '– | –';
      markdown.push(`| ${size.therapists.toLocaleString('en-GB')} therapists | ${label} | ${ms(timing.orm.median)} (${ms(timing.orm.p95)}) | ${ms(timing.pg.median)} (${ms(timing.pg.p95)}) | ${(timing.orm.median / timing.pg.median).toFixed(2)}× | ${manager} |`);
    }
    markdown.push(`| ${size.therapists.toLocaleString('en-GB')} therapists | directory search, plain statements (every match sorted and counted) | – | ${ms(size.search.plain.median)} (${ms(size.search.plain.p95)}) | – | – | – |`);
  }
  if (sizes.length >= 2) {
    const [small, large] = [sizes[0], sizes.at(-1)];
    markdown.push(
      '',
      `Scaling, ${small.therapists.toLocaleString('en-GB')} → ${large.therapists.toLocaleString('en-GB')} therapists (subgraph code): directory search ${ms(small.search.orm.median)} → ${ms(large.search.orm.median)} ms (${(large.search.orm.median / small.search.orm.median).toFixed(2)}×; target ≤ 1.3×, and ≤ 3 ms at 100,000); ` +
        `availability over 14 days ${ms(small.availability.orm.median)} → ${ms(large.availability.orm.median)} ms (${(large.availability.orm.median / small.availability.orm.median).toFixed(2)}×). ` +
        `The plain search statements, through pg: ${ms(small.search.plain.median)} → ${ms(large.search.plain.median)} ms (${(large.search.plain.median / small.search.plain.median).toFixed(2)}×).`,
    );
  }
  return { sizes, markdown };
}
