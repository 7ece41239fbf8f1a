import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import type { Caller } from '@caregraph/kernel';
import { randomUUID } from 'node:crypto';
import { runMigrations } from 'graphile-worker';
import { notificationsSubgraph } from '../subgraph';
import { insertDelivery } from '../test/notification-factory';

const RETRY = 'mutation($id: ID!) { retryDelivery(id: $id) { id status attempts lastError } }';

interface Row { status: string; attempts: number; last_error: string | null; updated_at: Date }
interface Job { key: string; max_attempts: number; attempts: number; payload: { deliveryId: string } }

describe('retryDelivery', () => {
  let subgraph: TestSubgraph;
  const admin: Caller = { userId: randomUUID(), roles: ['ADMIN'] };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(notificationsSubgraph);
  });
  afterAll(() => subgraph.stop());

  const sql = <T>(query: string, params: unknown[] = []) => subgraph.db.orm.em.getConnection().execute<T[]>(query, params);
  const rowOf = async (id: string) => (await sql<Row>('select status, attempts, last_error, updated_at from deliveries where id = ?', [id]))[0];
  const jobsOf = (id: string) =>
    sql<Job>(
      `select j.key, j.max_attempts, j.attempts, j.payload from graphile_worker._private_jobs j
         join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'deliver' and j.key = ?`,
      [`delivery:${id}`],
    );
  const retry = (id: string, caller: Caller = admin) => subgraph.request<{ retryDelivery: { id: string; status: string; attempts: number; lastError: string | null } }>(RETRY, { id }, caller);
  const dead = () => insertDelivery(subgraph, { status: 'DEAD', attempts: 8, lastError: 'SMTP 421' });

  it('changes nothing when the queue cannot take the job (the reset and the job are one transaction)', async () => {
    // Before graphile-worker's schema exists in the database, queueing fails: the reset must not stay.
    const id = await dead();
    const before = await rowOf(id);
    const result = await retry(id);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await rowOf(id)).toEqual(before);
  });

  describe('with the worker’s queue in the database', () => {
    beforeAll(async () => {
      await runMigrations({ connectionString: subgraph.db.url });
    });

    it('puts a DEAD delivery back to PENDING with no attempts and no error, and queues one deliver job for it', async () => {
      const id = await dead();
      const result = await retry(id);
      expect(result.errors).toBeUndefined();
      expect(result.data!.retryDelivery).toEqual({ id, status: 'PENDING', attempts: 0, lastError: null });
      expect(await rowOf(id)).toMatchObject({ status: 'PENDING', attempts: 0, last_error: null });
      expect(await jobsOf(id)).toEqual([{ key: `delivery:${id}`, max_attempts: 8, attempts: 0, payload: { deliveryId: id } }]);
    });

    it('keeps one job per delivery when it dies and is retried again (job key, replace)', async () => {
      const id = await dead();
      await retry(id);
      await sql("update deliveries set status = 'DEAD', attempts = 8 where id = ?", [id]);
      expect((await retry(id)).errors).toBeUndefined();
      expect(await jobsOf(id)).toHaveLength(1);
    });

    it('gives the job DELIVERY_MAX_ATTEMPTS attempts, read when the subgraph starts', async () => {
      process.env.DELIVERY_MAX_ATTEMPTS = '3';
      try {
        await subgraph.restart();
        const id = await dead();
        expect((await retry(id)).errors).toBeUndefined();
        expect(await jobsOf(id)).toMatchObject([{ max_attempts: 3 }]);
      } finally {
        delete process.env.DELIVERY_MAX_ATTEMPTS;
        await subgraph.restart();
      }
    });

    it.each(['PENDING', 'SENT', 'FAILED', 'SKIPPED'] as const)('refuses a %s delivery with CONFLICT and changes nothing', async (status) => {
      const id = await insertDelivery(subgraph, { status, attempts: 3, lastError: status === 'FAILED' ? 'timeout' : null });
      const before = await rowOf(id);
      const result = await retry(id);
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(result.errors?.[0].message).toContain(status);
      expect(await rowOf(id)).toEqual(before);
      expect(await jobsOf(id)).toEqual([]);
    });

    it('lets only one of two admins retrying at once succeed; the other gets CONFLICT', async () => {
      const id = await dead();
      const results = await Promise.all([retry(id), retry(id)]);
      expect(results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      expect(await jobsOf(id)).toHaveLength(1);
    });

    it('answers NOT_FOUND naming an unknown delivery, and BAD_USER_INPUT for an id that is not one', async () => {
      const unknown = randomUUID();
      expect((await retry(unknown)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Delivery', id: unknown });
      expect((await retry('42')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });

    it.each<[string, Caller, string]>([
      ['a client', { userId: randomUUID(), roles: ['CLIENT'] }, 'FORBIDDEN'],
      ['a therapist', { userId: randomUUID(), roles: ['THERAPIST'] }, 'FORBIDDEN'],
      ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
    ])('refuses %s, leaving the delivery DEAD and unqueued', async (_, caller, code) => {
      const id = await dead();
      const result = await retry(id, caller);
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe(code);
      expect((await rowOf(id)).status).toBe('DEAD');
      expect(await jobsOf(id)).toEqual([]);
    });
  });
});
