import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { therapistsSubgraph } from '../subgraph';
import { makeTherapist } from '../test/therapist-factory';

describe('therapists table constraints', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(therapistsSubgraph);
  });
  afterAll(() => db.drop());

  it('refuses a second listing with the same HCPC number', async () => {
    const em = db.orm.em.fork();
    makeTherapist(em, { hcpcNumber: 'OT40404' });
    await em.flush();
    const again = db.orm.em.fork();
    makeTherapist(again, { hcpcNumber: 'OT40404' });
    await expect(again.flush()).rejects.toMatchObject({ name: 'UniqueConstraintViolationException', constraint: 'therapists_hcpc_number_unique' });
  });

  it('refuses a second listing for the same user', async () => {
    const em = db.orm.em.fork();
    const first = makeTherapist(em);
    await em.flush();
    const again = db.orm.em.fork();
    makeTherapist(again, { userId: first.userId });
    await expect(again.flush()).rejects.toMatchObject({ name: 'UniqueConstraintViolationException', constraint: 'therapists_user_id_unique' });
  });

  it.each(['OT', 'ot12345', 'PH12345', 'OT12 45', 'OT-1234', ' OT1234'])('refuses the HCPC number %p', async (hcpcNumber) => {
    const em = db.orm.em.fork();
    makeTherapist(em, { hcpcNumber });
    await expect(em.flush()).rejects.toMatchObject({ name: 'CheckConstraintViolationException', constraint: 'therapists_hcpc_number_format' });
  });

  it.each(['ls6', '6LS', 'LS 6'])('refuses the outward code %p', async (outwardCode) => {
    const em = db.orm.em.fork();
    makeTherapist(em, { outwardCode });
    await expect(em.flush()).rejects.toMatchObject({ name: 'CheckConstraintViolationException', constraint: 'therapists_outward_code_format' });
  });

  it('refuses unknown or null elements in the enum arrays', async () => {
    // Raw SQL: the ORM checks enum arrays itself, and the database must hold the line without it.
    const insert = (conditions: string, sessionFormats: string) =>
      db.orm.em.getConnection().execute(
        `insert into therapists (id, user_id, display_name, hcpc_number, conditions, session_formats, city, outward_code, created_at, updated_at)
         values (gen_random_uuid(), gen_random_uuid(), 'Raw Insert', 'OT' || floor(random() * 900000 + 100000)::int, ?::text[], ?::text[], 'Leeds', 'LS6', now(), now())`,
        [conditions, sessionFormats],
      );
    // 23514 is PostgreSQL's check_violation.
    await expect(insert('{ANXIETY,GRIEF}', '{ONLINE}')).rejects.toMatchObject({ code: '23514', constraint: 'therapists_conditions_known' });
    await expect(insert('{ANXIETY,NULL}', '{ONLINE}')).rejects.toMatchObject({ code: '23514', constraint: 'therapists_conditions_known' });
    await expect(insert('{ANXIETY}', '{PHONE}')).rejects.toMatchObject({ code: '23514', constraint: 'therapists_session_formats_known' });
    await expect(insert('{ANXIETY,PSYCHOSIS}', '{HOME_VISIT,ONLINE}')).resolves.toBeDefined();
  });

  it('starts a listing as a DRAFT at version 1 and bumps the version on change', async () => {
    const em = db.orm.em.fork();
    const listing = makeTherapist(em, { status: undefined }); // no status given: the default applies
    await em.flush();
    expect(listing.status).toBe('DRAFT');
    expect(listing.version).toBe(1);
    listing.city = 'Bradford';
    await em.flush();
    expect(listing.version).toBe(2);
  });
});
