import { createTestDatabase, genericPlanOf, stepsOn, type PlanNode, type TestDatabase } from '@caregraph/runtime/testing';
import { bookingsSubgraph } from '../subgraph';
import { DIARIES, diaryBindings } from '../availability/diary';
import { bookingPageStatements } from './booking-pages';
import { BookingStatus } from './booking-status';
import type { BookingScope } from './booking-scope';

const THERAPISTS = 2_000;
const BOOKINGS_EACH = 20;
const DAY = 86_400_000;
/** A made-up id of `kind`, from an SQL expression (the same id for the same number). */
const uuid = (kind: string, n: string) => `md5('${kind}' || ${n})::uuid`;

/** Every index a plan reads. */
const indexesOf = (nodes: PlanNode[]) => nodes.map((n) => n['Index Name']).filter(Boolean);

/**
 * Diaries and booking pages run as prepared statements (docs/adr/034), so PostgreSQL may keep one generic
 * plan for every value: that plan must read by the owner's index, as the plan for given values does.
 */
describe('the generic plans of the prepared booking reads, over 40,000 bookings', () => {
  let db: TestDatabase;
  const ids = Array.from({ length: 20 }, (_, i) => i * 97);
  let therapistIds: string[];
  let clientId: string;

  beforeAll(async () => {
    db = await createTestDatabase(bookingsSubgraph);
    const sql = db.orm.em.getConnection();
    await sql.execute(`insert into therapist_schedules (therapist_id, created_at, updated_at)
      select ${uuid('therapist', 'n')}, now(), now() from generate_series(0, ${THERAPISTS - 1}) as n`);
    // Each therapist's sessions on different days (the exclusion constraint), a client with a few of them.
    await sql.execute(`insert into bookings (id, client_id, therapist_id, starts_at, ends_at, format, status, created_at, updated_at)
      select ${uuid('booking', 'n')}, ${uuid('client', `(n % ${(THERAPISTS * BOOKINGS_EACH) / 5})`)},
             ${uuid('therapist', `(n % ${THERAPISTS})`)},
             date_trunc('day', now()) + (n / ${THERAPISTS} - 10) * interval '1 day' + interval '10 hours',
             date_trunc('day', now()) + (n / ${THERAPISTS} - 10) * interval '1 day' + interval '11 hours',
             'ONLINE', case when n % 7 = 0 then 'CANCELLED' else 'CONFIRMED' end, now(), now()
        from generate_series(0, ${THERAPISTS * BOOKINGS_EACH - 1}) as n`);
    await sql.execute('vacuum analyze therapist_schedules, bookings');
    therapistIds = (await sql.execute<Array<{ id: string }>>(`select ${uuid('therapist', 'n')}::text as id from unnest(array[${ids.join(', ')}]) as n`)).map((row) => row.id);
    clientId = (await sql.execute<Array<{ id: string }>>(`select ${uuid('client', '3')}::text as id`))[0].id;
  }, 60_000);
  afterAll(() => db.drop());

  it('has the rows it claims', async () => {
    const [{ count }] = await db.orm.em.getConnection().execute<Array<{ count: number }>>('select count(*)::int as count from bookings');
    expect(count).toBe(THERAPISTS * BOOKINGS_EACH);
  });

  it('reads the diaries of a page of therapists by key: the schedules by primary key, their bookings by (therapist, start)', async () => {
    const now = Date.now();
    const nodes = await genericPlanOf(db.orm, DIARIES(therapistIds.length), diaryBindings(therapistIds, now, now + 367 * DAY, now));
    for (const table of ['therapist_schedules', 'bookings']) expect(stepsOn(nodes, table).filter((step) => step.startsWith('Seq Scan'))).toEqual([]);
    expect(indexesOf(nodes).sort()).toEqual(['bookings_therapist_id_starts_at_index', 'therapist_schedules_pkey']);
  });

  it.each<[string, 'client' | 'therapist', BookingScope]>([
    ['a client’s bookings, newest first', 'client', {}],
    ['a client’s upcoming bookings', 'client', { upcomingAfter: new Date() }],
    ['a therapist’s confirmed sessions in a month', 'therapist', { statuses: [BookingStatus.CONFIRMED], startsFrom: new Date(Date.now() - 30 * DAY), startsBefore: new Date() }],
  ])('reads %s (page and count) through an index led by the owner', async (_, owner, scope) => {
    const ownerIds = owner === 'client' ? [clientId] : therapistIds.slice(0, 1);
    const { page, counts } = bookingPageStatements(owner, ownerIds, { limit: 20, offset: 0 }, scope);
    for (const statement of [page, counts]) {
      const nodes = await genericPlanOf(db.orm, statement.sql, statement.bindings);
      expect(stepsOn(nodes, 'bookings').filter((step) => step.startsWith('Seq Scan'))).toEqual([]);
      expect(indexesOf(nodes).every((index) => index?.startsWith(`bookings_${owner}_id_`))).toBe(true);
      expect(indexesOf(nodes).length).toBeGreaterThan(0);
    }
  });
});
