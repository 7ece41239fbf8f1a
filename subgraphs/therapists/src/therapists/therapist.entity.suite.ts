import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { ListingAction } from '../moderation/listing-action';
import { ListingEvent } from '../moderation/listing-event.entity';
import { therapistsSubgraph } from '../subgraph';
import { makeTherapist, type TherapistFields } from '../test/therapist-factory';
import { ListingStatus } from './listing-status';
import { Therapist } from './therapist.entity';

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
    makeTherapist(em, { postcode: null, outwardCode });
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

  it('starts a listing as a DRAFT at version 1, unverified, in GBP, and bumps the version on change', async () => {
    const em = db.orm.em.fork();
    const listing = em.create(Therapist, { userId: randomUUID(), displayName: 'Fresh Draft', hcpcNumber: 'OT777001' });
    await em.flush();
    expect([listing.status, listing.version, listing.hcpcVerificationStatus, listing.currency, listing.hidden]).toEqual(['DRAFT', 1, 'UNVERIFIED', 'GBP', false]);
    listing.city = 'Bradford';
    await em.flush();
    expect(listing.version).toBe(2);
  });

  it.each([
    ['a postcode whose outward code differs', { postcode: 'LS6 2AB', outwardCode: 'LS7' }, 'therapists_postcode_format'],
    ['an unnormalised postcode', { postcode: 'LS62AB', outwardCode: 'LS62' }, 'therapists_postcode_format'],
    ['a fee below zero', { feePence: -1 }, 'therapists_fee_pence_range'],
    ['a 5-minute session', { sessionMinutes: 5 }, 'therapists_session_minutes_range'],
    ['a travel radius of 0 km', { travelRadiusKm: 0 }, 'therapists_travel_radius_km_range'],
    ['a point outside the British Isles', { latitude: 48.85, longitude: 2.35 }, 'therapists_location_range'],
    ['half a point', { latitude: 53.8, longitude: null }, 'therapists_location_range'],
    ['a VERIFIED registration without its expiry date', { hcpcRegisterExpiresOn: null }, 'therapists_hcpc_verified_complete'],
    ['an APPROVED listing never published', { publishedAt: null }, 'therapists_published_at'],
    ['a PENDING_REVIEW listing out of the queue', { status: ListingStatus.PENDING_REVIEW, reviewRequestedAt: null }, 'therapists_review_requested_at'],
    ['a queued listing with nothing to review', { reviewRequestedAt: new Date() }, 'therapists_review_requested_at'],
    ['pending changes on a draft', { status: ListingStatus.DRAFT, pendingChanges: { displayName: 'New' }, reviewRequestedAt: new Date() }, 'therapists_pending_changes_published'],
  ] as Array<[string, TherapistFields, string]>)('refuses %s', async (_, fields, constraint) => {
    const em = db.orm.em.fork();
    makeTherapist(em, fields);
    await expect(em.flush()).rejects.toMatchObject({ name: 'CheckConstraintViolationException', constraint });
  });

  it('keeps the generated columns in step: listed (approved, not hidden) and the text vector', async () => {
    const em = db.orm.em.fork();
    const approved = makeTherapist(em, { displayName: 'Rowan Gardening', headline: 'Allotments and routines' });
    const hidden = makeTherapist(em, { hidden: true });
    const suspended = makeTherapist(em, { status: ListingStatus.SUSPENDED });
    await em.flush();
    const rows = await em.getConnection().execute<Array<{ id: string; listed: boolean; matches: boolean }>>(
      `select id, listed, search_vector @@ websearch_to_tsquery('english', 'allotment') as matches from therapists where id in (?, ?, ?)`,
      [approved.id, hidden.id, suspended.id],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(approved.id)).toMatchObject({ listed: true, matches: true });
    expect(byId.get(hidden.id)).toMatchObject({ listed: false, matches: false });
    expect(byId.get(suspended.id)!.listed).toBe(false);
  });

  it('keeps the history of a listing, and refuses history for a listing that does not exist', async () => {
    const em = db.orm.em.fork();
    const listing = makeTherapist(em);
    em.create(ListingEvent, { therapist: listing, action: ListingAction.CREATED, toStatus: ListingStatus.DRAFT, actorId: listing.userId });
    await em.flush();
    const insert = (therapistId: string) =>
      em.getConnection().execute(
        `insert into listing_events (id, therapist_id, action, to_status, actor_id, occurred_at) values (gen_random_uuid(), ?, 'CREATED', 'DRAFT', gen_random_uuid(), now())`,
        [therapistId],
      );
    await expect(insert(randomUUID())).rejects.toMatchObject({ code: '23503' });
    await expect(insert(listing.id)).resolves.toBeDefined();
  });
});
