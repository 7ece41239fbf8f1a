// The session-reminders sweep's claim on the scale bookings: the statement the sweep runs
// (CLAIM_DUE_SESSIONS, exported by @caregraph/bookings/reminders), run inside a transaction that is rolled
// back, under EXPLAIN ANALYZE — once as the planner chooses (through bookings_reminder_due_index) and once
// with index scans turned off (what a sweep without that index would do on every tick).
import { CLAIM_DUE_SESSIONS, REMINDER_BATCH_SIZE } from '@caregraph/bookings/reminders';
import pg from 'pg';
import { median } from '../lib/results.mjs';

const HOUR = 3_600_000;
const PLANS = {
  index: [],
  'no index': ['set local enable_indexscan = off', 'set local enable_bitmapscan = off', 'set local enable_indexonlyscan = off'],
};

/** The claim with PostgreSQL's own placeholders ($1…) instead of the ORM's `?`. */
function numbered(sql) {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The scans of table `bookings` in an EXPLAIN (FORMAT JSON) plan: node type and index. */
function bookingScans(node, found = []) {
  if (node['Relation Name'] === 'bookings') found.push(node['Index Name'] ? `${node['Node Type']} using ${node['Index Name']}` : node['Node Type']);
  for (const child of node.Plans ?? []) bookingScans(child, found);
  return found;
}


/**
 * Times the claim `rounds` times each way on `<prefix>bookings` (24 hours ahead of a moment when sessions
 * are due, one batch), rolled back
 * every time so the data stays as seeded. Returns the table's size, how many sessions are due, and per
 * plan the median execution time, buffers touched and the scan PostgreSQL chose.
 */
export async function measureReminderClaim(databaseUrl, { rounds = 5, leadHours = 24 } = {}) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // The sweep's moment: half a lead time before the first confirmed session still to come, so a tick
    // finds sessions due (the scale sessions start on the next working days, not within the hour).
    const { rows: [first] } = await client.query(`select min(starts_at) as at from bookings where status = 'CONFIRMED' and reminder_recorded_at is null and starts_at > now()`);
    const now = new Date(Math.max(Date.now(), (first.at?.getTime() ?? Date.now()) - (leadHours / 2) * HOUR));
    const until = new Date(now.getTime() + leadHours * HOUR);
    const { rows: [counts] } = await client.query(
      `select count(*)::int as bookings,
              count(*) filter (where status = 'CONFIRMED' and reminder_recorded_at is null and starts_at > $1 and starts_at <= $2)::int as due
         from bookings`,
      [now, until],
    );
    const claim = `explain (analyze, buffers, format json) ${numbered(CLAIM_DUE_SESSIONS)}`;
    const plans = {};
    for (const [name, settings] of Object.entries(PLANS)) {
      const times = [];
      let buffers = 0;
      let scans = [];
      for (let round = 0; round < rounds; round++) {
        await client.query('begin');
        try {
          for (const setting of settings) await client.query(setting);
          const { rows } = await client.query(claim, [now, now, until, REMINDER_BATCH_SIZE]);
          const [result] = rows[0]['QUERY PLAN'];
          times.push(result['Execution Time']);
          buffers = result.Plan['Shared Hit Blocks'] + result.Plan['Shared Read Blocks'];
          scans = bookingScans(result.Plan);
        } finally {
          await client.query('rollback');
        }
      }
      plans[name] = { ms: median(times), buffers, scans };
    }
    return { bookings: counts.bookings, due: counts.due, batch: REMINDER_BATCH_SIZE, rounds, plans };
  } finally {
    await client.end();
  }
}
