import { purgeAllExpiredRecords, purgeExpiredRecords } from '@caregraph/runtime';
import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { CarePlanStatus } from '../care-plans/care-plan-status';
import { eraseClientCarePlans } from '../erasure/care-plan-erasure.service';
import { carePlansSubgraph } from '../subgraph';
import { makeCarePlan, makeGoal } from '../test/care-plan-factory';
import { CARE_PLANS_RETENTION } from './retention-targets';

const [TARGET] = CARE_PLANS_RETENTION;

interface AuditRow {
  record_kind: string;
  deleted: number;
  cutoff: Date;
  ran_at: Date;
}

describe('the care-plans retention purge', () => {
  let db: TestDatabase;
  const sql = <T extends object>(query: string, params: unknown[] = []) => db.orm.em.fork().getConnection().execute<T[]>(query, params);
  const audit = () => sql<AuditRow>('select record_kind, deleted, cutoff, ran_at from retention_purges order by ran_at, deleted desc');
  const planIds = async () => (await sql<{ id: string }>('select id from care_plans order by id')).map((r) => r.id).sort();

  /**
   * `count` erased clients, each with one completed plan (with a goal) last changed on `lastChange`: the
   * erasure gives each plan `retain_until` = lastChange + 20 years. Returns the plan ids.
   */
  async function erasedPlans(count: number, lastChange: Date): Promise<string[]> {
    const em = db.orm.em.fork();
    const clients = Array.from({ length: count }, () => randomUUID());
    const plans = clients.map((clientId) => makeCarePlan(em, { clientId, status: CarePlanStatus.COMPLETED, updatedAt: lastChange }));
    await em.flush();
    for (const plan of plans) makeGoal(em, plan);
    await em.flush();
    // Whatever adding the goals did to updated_at (the retention clock), it is lastChange again.
    await em.getConnection().execute('update care_plans set updated_at = ? where id in (?)', [lastChange, plans.map((p) => p.id)]);
    for (const clientId of clients) await eraseClientCarePlans(db.orm.em.fork(), clientId);
    return plans.map((p) => p.id).sort();
  }

  beforeEach(async () => {
    db = await createTestDatabase(carePlansSubgraph);
  });
  afterEach(() => db.drop());

  it('deletes plans past their retention date with everything under them, in batches, and records each batch', async () => {
    const expired = await erasedPlans(5, new Date('2004-03-01T10:00:00Z')); // kept until 2024
    const within = await erasedPlans(2, new Date('2026-09-14T15:42:07.123Z')); // kept until 2046
    const linked = makeCarePlan(db.orm.em.fork(), {});
    await db.orm.em.fork().persistAndFlush(linked); // a client who still has an account: no retention date

    const cutoff = new Date('2026-12-04T00:00:00Z');
    const result = await purgeExpiredRecords(db.orm.em.fork(), TARGET, { cutoff, batchSize: 2 });

    expect(result).toEqual({ kind: 'CARE_PLAN', deleted: 5, batches: 3, cutoff });
    expect(await planIds()).toEqual([...within, linked.id].sort());
    // Goals went with their plans (cascade); the plans kept still have theirs.
    const goalsLeft = await sql<{ care_plan_id: string }>('select care_plan_id from care_plan_goals');
    expect(goalsLeft.map((g) => g.care_plan_id).sort()).toEqual(within);
    expect(expired.every((id) => !goalsLeft.some((g) => g.care_plan_id === id))).toBe(true);
    const rows = await audit();
    expect(rows.map((r) => ({ kind: r.record_kind, deleted: r.deleted, cutoff: new Date(r.cutoff) }))).toEqual([
      { kind: 'CARE_PLAN', deleted: 2, cutoff },
      { kind: 'CARE_PLAN', deleted: 2, cutoff },
      { kind: 'CARE_PLAN', deleted: 1, cutoff },
    ]);
  });

  it('touches nothing within retention, and still records that it ran', async () => {
    const within = await erasedPlans(3, new Date('2026-09-14T15:42:07.123Z'));
    const before = await sql('select * from care_plans order by id');

    const [result] = await purgeAllExpiredRecords(db.orm.em.fork(), CARE_PLANS_RETENTION);

    expect(result.deleted).toBe(0);
    expect(await sql('select * from care_plans order by id')).toEqual(before);
    expect(await planIds()).toEqual(within);
    expect((await audit()).map((r) => [r.record_kind, r.deleted])).toEqual([['CARE_PLAN', 0]]);
  });

  it('shares the work between runs at the same time: every due plan deleted once, no deadlock, the audit adds up', async () => {
    await erasedPlans(30, new Date('2001-01-01T00:00:00Z'));
    const within = await erasedPlans(2, new Date('2026-01-01T00:00:00Z'));

    // Four replicas purging at once, each with its own connections.
    const results = await Promise.all(Array.from({ length: 4 }, () => purgeExpiredRecords(db.orm.em.fork(), TARGET, { batchSize: 3 })));

    expect(results.reduce((sum, r) => sum + r.deleted, 0)).toBe(30);
    expect(await planIds()).toEqual(within);
    const rows = await audit();
    expect(rows.reduce((sum, r) => sum + r.deleted, 0)).toBe(30);
    expect(rows.every((r) => r.deleted <= 3)).toBe(true);
  });

  it('leaves a batch that fails halfway wholly undone, with no audit row, and the next run finishes the work', async () => {
    await erasedPlans(1, new Date('2001-01-01T00:00:00Z'));
    const [second] = await erasedPlans(1, new Date('2002-01-01T00:00:00Z'));
    // A crash in the middle of the second batch: its plan is deleted, then deleting its goal fails.
    await sql(`create function crash_on_goal_delete() returns trigger language plpgsql as $$
      begin raise exception 'simulated crash'; end $$`);
    await sql(`create trigger crash_on_goal_delete before delete on care_plan_goals for each row
      when (old.care_plan_id = '${second}') execute function crash_on_goal_delete()`);

    await expect(purgeExpiredRecords(db.orm.em.fork(), TARGET, { batchSize: 1 })).rejects.toThrow(/simulated crash/);

    // The first batch committed with its audit row; the second left its plan, its goal and no row.
    expect(await planIds()).toEqual([second]);
    expect((await sql<{ n: number }>('select count(*)::int as n from care_plan_goals where care_plan_id = ?', [second]))[0].n).toBe(1);
    expect((await audit()).map((r) => r.deleted)).toEqual([1]);

    await sql('drop trigger crash_on_goal_delete on care_plan_goals');
    expect((await purgeExpiredRecords(db.orm.em.fork(), TARGET)).deleted).toBe(1);
    expect(await planIds()).toEqual([]);
    expect((await audit()).map((r) => r.deleted).sort()).toEqual([1, 1]);
  });

  it('leaves nothing done when its connection is killed in the middle of a batch', async () => {
    const plans = await erasedPlans(3, new Date('2001-01-01T00:00:00Z'));
    const [slow] = plans;
    // Deleting one plan's goal waits, so the batch is mid-way (some rows deleted, no commit) when the kill comes.
    await sql(`create function slow_goal_delete() returns trigger language plpgsql as $$
      begin perform pg_sleep(30); return old; end $$`);
    await sql(`create trigger slow_goal_delete before delete on care_plan_goals for each row
      when (old.care_plan_id = '${slow}') execute function slow_goal_delete()`);

    const purge = purgeExpiredRecords(db.orm.em.fork(), TARGET, { batchSize: 10 });
    const outcome = purge.then(() => 'finished', (error: Error) => error.message);
    // Find the purging backend while it sleeps inside the batch, and kill it as a crash or a failover would.
    let killed = false;
    for (let i = 0; i < 100 && !killed; i += 1) {
      const [row] = await sql<{ killed: boolean }>(
        `select pg_terminate_backend(pid) as killed from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and wait_event = 'PgSleep'`,
      );
      killed = Boolean(row?.killed);
      if (!killed) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(killed).toBe(true);
    expect(await outcome).toMatch(/terminat|connection/i);

    // The whole batch rolled back: every plan and goal is there, and no audit row claims otherwise.
    expect(await planIds()).toEqual(plans);
    expect((await sql<{ n: number }>('select count(*)::int as n from care_plan_goals'))[0].n).toBe(3);
    expect(await audit()).toEqual([]);

    await sql('drop trigger slow_goal_delete on care_plan_goals');
    expect((await purgeExpiredRecords(db.orm.em.fork(), TARGET)).deleted).toBe(3);
    expect((await audit()).map((r) => r.deleted)).toEqual([3]);
  });

  it('keeps its audit append-only: no update, delete or truncate', async () => {
    await purgeExpiredRecords(db.orm.em.fork(), TARGET);
    for (const statement of ['update retention_purges set deleted = 99', 'delete from retention_purges', 'truncate retention_purges']) {
      await expect(sql(statement)).rejects.toThrow(/retention_purges is append-only/);
    }
    expect((await audit()).map((r) => r.deleted)).toEqual([0]);
  });

  it('refuses a batch size that is not a whole number above 0', async () => {
    await expect(purgeExpiredRecords(db.orm.em.fork(), TARGET, { batchSize: 0 })).rejects.toThrow(/batchSize must be a whole number above 0/);
    expect(await audit()).toEqual([]);
  });

  it('deletes every kind of record under a plan with it', async () => {
    const tables = (await sql<{ table_name: string }>(
      `select tc.table_name from information_schema.table_constraints tc
         join information_schema.referential_constraints rc on rc.constraint_name = tc.constraint_name
         join information_schema.constraint_column_usage cu on cu.constraint_name = rc.unique_constraint_name
        where cu.table_name = 'care_plans' and rc.delete_rule <> 'CASCADE'`,
    )).map((r) => r.table_name);
    // No table refers to a plan in a way that would block, or outlive, its purge.
    expect(tables).toEqual([]);
  });
});
