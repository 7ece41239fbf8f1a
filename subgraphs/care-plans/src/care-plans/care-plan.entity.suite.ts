import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { carePlansSubgraph } from '../subgraph';
import { makeCarePlan } from '../test/care-plan-factory';
import { Condition } from '@caregraph/vocabulary';
import { CarePlan } from './care-plan.entity';

describe('care_plans table', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(carePlansSubgraph);
  });
  afterAll(() => db.drop());

  it('keeps focus conditions as a text array and days as YYYY-MM-DD', async () => {
    const em = db.orm.em.fork();
    const plan = makeCarePlan(em, { startDate: '2026-03-29' });
    plan.focusConditions = [Condition.ANXIETY, Condition.WORK_STRESS_BURNOUT];
    await em.flush();
    const stored = await db.orm.em.fork().findOneOrFail(CarePlan, { id: plan.id });
    expect(stored.focusConditions).toEqual(['ANXIETY', 'WORK_STRESS_BURNOUT']);
    expect({ startDate: stored.startDate, nextReviewDue: stored.nextReviewDue }).toEqual({ startDate: '2026-03-29', nextReviewDue: '2026-04-26' });
  });

  it('refuses an end before the start and a review cadence outside 1–26 weeks', async () => {
    const em = db.orm.em.fork();
    const plan = makeCarePlan(em);
    plan.endDate = '2025-12-31';
    await expect(em.flush()).rejects.toMatchObject({ name: 'CheckConstraintViolationException' });
    const other = db.orm.em.fork();
    makeCarePlan(other, { reviewCadenceWeeks: 27 });
    await expect(other.flush()).rejects.toMatchObject({ name: 'CheckConstraintViolationException' });
  });

  it('refuses a status outside the enum', async () => {
    const insert = (status: string) =>
      db.orm.em.getConnection().execute(
        `insert into care_plans (id, client_id, therapist_id, status, start_date, next_review_due, created_at, updated_at)
         values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), ?, current_date, current_date, now(), now())`,
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
    plan.summary = 'Building a steadier week';
    await em.flush();
    expect(plan.version).toBe(2);
    const staleEm = db.orm.em.fork();
    const copy = staleEm.merge(stale);
    copy.summary = 'Something else';
    await expect(staleEm.flush()).rejects.toMatchObject({ name: 'OptimisticLockError' });
  });
});

describe('care plans retained after an erasure', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(carePlansSubgraph);
  });
  afterAll(() => db.drop());

  const insert = (clientId: string | null, subjectRef: string | null, retainUntil: string | null) =>
    db.orm.em.getConnection().execute(
      `insert into care_plans (id, client_id, subject_ref, retain_until, therapist_id, status, start_date, next_review_due, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, ?, gen_random_uuid(), 'ACTIVE', current_date, current_date, now(), now())`,
      [clientId, subjectRef, retainUntil],
    );
  const someone = '6f1c2c1e-8a7b-4c55-9d0e-0a1b2c3d4e5f';
  const pseudonym = 'a0a0a0a0-8a7b-4c55-9d0e-0a1b2c3d4e5f';

  it('holds either a client or a pseudonym, never both or neither', async () => {
    await expect(insert(null, null, null)).rejects.toMatchObject({ code: '23514', constraint: 'care_plans_client_or_subject' });
    await expect(insert(someone, pseudonym, '2034-01-01T00:00:00Z')).rejects.toMatchObject({ code: '23514', constraint: 'care_plans_client_or_subject' });
    await expect(insert(someone, null, null)).resolves.toBeDefined();
    await expect(insert(null, pseudonym, '2034-01-01T00:00:00Z')).resolves.toBeDefined();
  });

  it('gives a pseudonymous record its retention date, and only such a record', async () => {
    await expect(insert(null, pseudonym, null)).rejects.toMatchObject({ code: '23514', constraint: 'care_plans_subject_retained_until' });
    await expect(insert(someone, null, '2034-01-01T00:00:00Z')).rejects.toMatchObject({ code: '23514', constraint: 'care_plans_subject_retained_until' });
  });
});
