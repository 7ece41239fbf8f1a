// Pruning a subgraph's outbox on real PostgreSQL: only rows relayed longer ago than the retention go,
// never an unrelayed one, in batches, and two workers pruning at once delete each row once.
import { withDatabase } from '@caregraph/kernel';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { endPool, OUTBOX_DDL } from '../test/worker-rig';
import { pruneRelayedOutbox } from './prune-outbox';

describe('pruning relayed outbox rows', () => {
  const server = process.env.TEST_DATABASE_URL!;
  const name = `wprune_${randomBytes(3).toString('hex')}`;
  let pool: Pool;

  beforeAll(async () => {
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    pool = new Pool({ connectionString: withDatabase(server, name), max: 4 });
    await pool.query(OUTBOX_DDL);
  });
  afterAll(async () => {
    if (pool) await endPool(pool);
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  beforeEach(() => pool.query('delete from outbox_events'));

  /** `count` rows relayed `hoursAgo` hours ago (null: not relayed yet); answers their ids. */
  async function rows(count: number, hoursAgo: number | null): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomUUID());
    await pool.query(
      `insert into outbox_events (id, kind, payload, occurred_at, relayed_at)
       select unnest($1::uuid[]), 'booking.confirmed', '{"recipients":[],"facts":{}}', now() - interval '30 days',
              case when $2::int is null then null else now() - make_interval(hours => $2::int) end`,
      [ids, hoursAgo],
    );
    return ids;
  }
  const remaining = async () => (await pool.query<{ id: string }>('select id from outbox_events order by id')).rows.map((r) => r.id).sort();

  it('deletes rows relayed before the retention, keeps newer ones and every unrelayed one', async () => {
    await rows(3, 200);
    const recent = await rows(2, 100);
    const waiting = await rows(2, null);
    expect(await pruneRelayedOutbox(pool, 168)).toBe(3);
    expect(await remaining()).toEqual([...recent, ...waiting].sort());
    expect(await pruneRelayedOutbox(pool, 168)).toBe(0);
  });

  it('goes batch by batch until none is left', async () => {
    await rows(25, 200);
    expect(await pruneRelayedOutbox(pool, 168, 10)).toBe(25);
    expect(await remaining()).toEqual([]);
  });

  it('two workers pruning at once delete each row once between them', async () => {
    await rows(500, 200);
    const [a, b] = await Promise.all([pruneRelayedOutbox(pool, 168, 50), pruneRelayedOutbox(pool, 168, 50)]);
    expect(a + b).toBe(500);
    expect(await remaining()).toEqual([]);
  });
});
