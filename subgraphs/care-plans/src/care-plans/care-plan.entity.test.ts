import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { carePlansSubgraph } from '../subgraph';
import { makeCarePlan } from '../test/care-plan-factory';
import { CarePlan } from './care-plan.entity';

describe('care_plans table', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(carePlansSubgraph);
  });
  afterAll(() => db.drop());

  it('keeps goals as a text array, order and punctuation intact', async () => {
    const goals = ['Get up by 8:30 on five weekday mornings a week', 'Use a "grounding" routine, {when} noise builds up'];
    const em = db.orm.em.fork();
    const plan = makeCarePlan(em, { goals });
    await em.flush();
    const stored = await db.orm.em.fork().findOneOrFail(CarePlan, { id: plan.id });
    expect(stored.goals).toEqual(goals);
  });

  it('refuses a status outside the enum', async () => {
    const insert = (status: string) =>
      db.orm.em.getConnection().execute(
        `insert into care_plans (id, client_id, therapist_id, status, goals, created_at, updated_at)
         values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), ?, '{}', now(), now())`,
        [status],
      );
    // 23514 is PostgreSQL's check_violation.
    await expect(insert('ARCHIVED')).rejects.toMatchObject({ code: '23514', constraint: 'care_plans_status_check' });
    await expect(insert('ON_HOLD')).resolves.toBeDefined();
  });

  it('refuses a change made from a stale copy', async () => {
    const em = db.orm.em.fork();
    const plan = makeCarePlan(em);
    await em.flush();
    const stale = await db.orm.em.fork().findOneOrFail(CarePlan, { id: plan.id });
    plan.goals = [...plan.goals, 'Join one community group session a fortnight'];
    await em.flush();
    expect(plan.version).toBe(2);
    const staleEm = db.orm.em.fork();
    const copy = staleEm.merge(stale);
    copy.goals = [];
    await expect(staleEm.flush()).rejects.toMatchObject({ name: 'OptimisticLockError' });
  });
});
