// The rows of `npm run seed:scale`: a made-up population large enough to show whether reads scale
// with indexes or with table size. Deterministic (row n is always the same row), so a bench can
// name a client or a care plan without asking the database. Every row satisfies the subgraphs'
// constraints: enum and range checks, the postcode format, and the bookings exclusion constraint
// (one therapist's sessions fall on different days).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Approximate district centres the therapists subgraph already knows (its offline geocoder's table). */
const { POSTCODE_DISTRICTS } = require('@caregraph/therapists/postcode-districts');
const { DEMO_PLACES, SCALE_PASSWORD, scaleClientEmail, scaleTherapistEmail } = require('@caregraph/demo-data');

const DAY = 86_400_000;
/** One kind of row per id prefix, so ids of different kinds never meet. */
const KIND = { therapistUser: '5ca1e001', clientUser: '5ca1e002', therapist: '5ca1e003', booking: '5ca1e004', carePlan: '5ca1e005', goal: '5ca1e006', questionnaire: '5ca1e007', admin: '5ca1e000' };

/** A valid version-4-shaped UUID for row `n` of a kind. */
export function scaleId(kind, n) {
  return `${KIND[kind]}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

// The scale accounts' addresses and their one password are published in @caregraph/demo-data, where
// accounts' production guard finds them too.
export { SCALE_PASSWORD, scaleClientEmail, scaleTherapistEmail };

const CONDITIONS = ['DEPRESSION_LOW_MOTIVATION', 'ANXIETY', 'PTSD_TRAUMA', 'BIPOLAR', 'PSYCHOSIS', 'EATING_DISORDERS', 'WORK_STRESS_BURNOUT', 'ADHD_NEURODIVERSITY'];
const APPROACHES = ['CREATIVE_EXPRESSION', 'PHYSICAL_ACTIVITY', 'ROUTINE_PLANNING', 'SOCIAL_PRACTICE', 'WORK_REHABILITATION', 'MINDFULNESS_RELAXATION', 'LIFE_SKILLS', 'HOME_WORKPLACE_ASSESSMENT'];
const FUNDING = [['SELF_PAY'], ['SELF_PAY', 'INSURANCE'], ['NHS_REFERRAL', 'SELF_PAY'], ['SELF_PAY', 'EMPLOYER_SCHEME', 'INSURANCE']];
const LANGUAGES = [['ENGLISH'], ['ENGLISH'], ['ENGLISH', 'POLISH'], ['ENGLISH', 'URDU'], ['ENGLISH', 'WELSH'], ['ENGLISH', 'PUNJABI'], ['ENGLISH', 'BRITISH_SIGN_LANGUAGE']];
const FORMATS = [['ONLINE'], ['HOME_VISIT', 'ONLINE'], ['HOME_VISIT'], ['ONLINE', 'CLINIC'], ['HOME_VISIT', 'ONLINE', 'CLINIC']];
const GENDERS = ['FEMALE', 'FEMALE', 'MALE', 'NON_BINARY', 'FEMALE', null];
const HEADLINES = [
  'Small, steady steps back to the things that matter to you',
  'Rebuilding routines after burnout, one week at a time',
  'Creative ways out of low mood: art, craft and music',
  'Calm, practical support for anxious days',
  'Getting back to work safely, at your own pace',
];
const GOALS = [
  'Walk to the corner shop and back on my own twice a week',
  'Cook one meal from scratch each weekend',
  'Get up by 9am on weekdays',
  'Join a community gardening session once a fortnight',
  'Spend an hour on a creative hobby every week',
  'Go back to work two mornings a week',
];
/** Letters Royal Mail uses in inward codes. */
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
/** Outward codes with a known centre, each with its city. */
const DISTRICTS = Object.entries(POSTCODE_DISTRICTS).map(([code, [latitude, longitude]]) => ({
  code,
  latitude,
  longitude,
  city: DEMO_PLACES.find((place) => place.outwardCodes.includes(code))?.city ?? null,
}));

/** Postgres array literal of text values. */
const pgArray = (values) => `{${values.join(',')}}`;
/** Weekdays 09:00–17:00 with a lunch break (as the demo therapists work). */
const WEEKLY_HOURS = JSON.stringify(
  ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].flatMap((weekday) => [
    { weekday, start: '09:00', end: '13:00' },
    { weekday, start: '14:00', end: '17:00' },
  ]),
);

/** The listing status of therapist `n`: nine in ten approved, the rest spread over the moderation states. */
function statusOf(n) {
  const r = n % 100;
  if (r < 90) return 'APPROVED';
  if (r < 94) return 'PENDING_REVIEW';
  if (r < 97) return 'DRAFT';
  if (r < 99) return 'SUSPENDED';
  return 'CHANGES_REQUESTED';
}

/**
 * Column lists and row makers per table. Each `row(n, now)` returns the values in column order;
 * `types` are the PostgreSQL array types the bulk insert casts each column's values to.
 */
export function scaleTables(options, now = Date.now(), passwordHash) {
  const { therapists, clients, bookingsPerTherapist, carePlans } = options;
  const created = new Date(now - 400 * DAY).toISOString();
  // Sessions and care plans are only ever agreed with approved listings: the therapists they may name.
  const approved = [];
  for (let n = 1; n <= therapists; n++) if (statusOf(n) === 'APPROVED') approved.push(n);
  const sessionsEach = Math.ceil((therapists * bookingsPerTherapist) / approved.length);
  // Scale client n owns care plan n (the bench relies on it), with an approved listing, as for sessions.
  const planClient = (n) => ((n - 1) % clients) + 1;
  const planTherapist = (n) => approved[(planClient(n) * 7) % approved.length];
  return {
    accounts: [
      {
        table: 'users',
        count: therapists + clients,
        columns: ['id', 'email', 'display_name', 'role', 'created_at', 'updated_at', 'password_hash', 'email_verified_at'],
        types: ['uuid', 'text', 'text', 'text', 'timestamptz', 'timestamptz', 'text', 'timestamptz'],
        row(i) {
          const therapist = i < therapists;
          const n = therapist ? i + 1 : i - therapists + 1;
          return [
            scaleId(therapist ? 'therapistUser' : 'clientUser', n),
            therapist ? scaleTherapistEmail(n) : scaleClientEmail(n),
            therapist ? `Scale Therapist ${n}` : `Scale Client ${n}`,
            therapist ? 'THERAPIST' : 'CLIENT',
            created, created, passwordHash, created,
          ];
        },
      },
    ],
    therapists: [
      {
        table: 'therapists',
        count: therapists,
        columns: [
          'id', 'user_id', 'display_name', 'hcpc_number', 'conditions', 'session_formats', 'city', 'outward_code', 'postcode',
          'latitude', 'longitude', 'status', 'created_at', 'updated_at', 'headline', 'biography', 'years_of_experience',
          'languages', 'gender', 'hcpc_verification_status', 'hcpc_verified_by', 'hcpc_verified_at', 'hcpc_register_expires_on',
          'approaches', 'funding_options', 'fee_pence', 'session_minutes', 'travel_radius_km', 'published_at', 'review_requested_at',
        ],
        types: [
          'uuid', 'uuid', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'float8', 'float8', 'text', 'timestamptz', 'timestamptz',
          'text', 'text', 'int2', 'text', 'text', 'text', 'uuid', 'timestamptz', 'date', 'text', 'text', 'int4', 'int2', 'int2', 'timestamptz', 'timestamptz',
        ],
        arrayColumns: ['conditions', 'session_formats', 'languages', 'approaches', 'funding_options'],
        row(i) {
          const n = i + 1;
          const status = statusOf(n);
          const district = DISTRICTS[i % DISTRICTS.length];
          // Spread listings around the district centre (about ±5 km), always inside the UK box the check allows.
          const latitude = district.latitude + (((n * 7919) % 1000) / 1000 - 0.5) * 0.09;
          const longitude = district.longitude + (((n * 104729) % 1000) / 1000 - 0.5) * 0.14;
          const inward = `${n % 10}${INWARD_LETTERS[n % 20]}${INWARD_LETTERS[(n * 7 + 3) % 20]}`;
          const conditions = [CONDITIONS[n % 8], CONDITIONS[(n * 3 + 1) % 8], CONDITIONS[(n * 5 + 2) % 8]].filter((c, k, all) => all.indexOf(c) === k);
          const published = status === 'APPROVED' || status === 'SUSPENDED' ? new Date(now - ((n % 365) + 1) * DAY).toISOString() : null;
          const verified = status === 'APPROVED';
          return [
            scaleId('therapist', n), scaleId('therapistUser', n), `Scale Therapist ${n}`, `OT${n}`,
            pgArray(conditions), pgArray(FORMATS[n % FORMATS.length]), district.city, district.code, `${district.code} ${inward}`,
            latitude, longitude, status, created, created, HEADLINES[n % HEADLINES.length],
            `An occupational therapist (listing ${n}) helping people rebuild routines, skills and confidence through small, realistic goals.`,
            2 + (n % 30), pgArray(LANGUAGES[n % LANGUAGES.length]), GENDERS[n % GENDERS.length],
            verified ? 'VERIFIED' : 'UNVERIFIED', verified ? scaleId('admin', 1) : null, verified ? created : null,
            verified ? new Date(now + 300 * DAY).toISOString().slice(0, 10) : null,
            pgArray([APPROACHES[n % 8], APPROACHES[(n + 3) % 8]]), pgArray(FUNDING[n % FUNDING.length]),
            4000 + (n % 9) * 500, 60, 5 + (n % 30), published, status === 'PENDING_REVIEW' ? created : null,
          ];
        },
      },
    ],
    bookings: [
      {
        table: 'therapist_schedules',
        count: therapists,
        columns: ['therapist_id', 'weekly_hours', 'buffer_before_minutes', 'buffer_after_minutes', 'minimum_notice_minutes', 'booking_window_days', 'session_minutes', 'requires_confirmation', 'created_at', 'updated_at'],
        types: ['uuid', 'jsonb', 'int4', 'int4', 'int4', 'int4', 'int4', 'bool', 'timestamptz', 'timestamptz'],
        row(i) {
          const n = i + 1;
          const buffer = FORMATS[n % FORMATS.length].includes('HOME_VISIT') ? 15 : 0;
          return [scaleId('therapist', n), WEEKLY_HOURS, buffer, buffer, 1440, 60, 60, n % 4 === 3, created, created];
        },
      },
      {
        table: 'bookings',
        count: therapists * bookingsPerTherapist,
        columns: ['id', 'client_id', 'therapist_id', 'starts_at', 'ends_at', 'format', 'status', 'created_at', 'updated_at', 'buffer_before_minutes', 'buffer_after_minutes', 'fee_pence', 'fee_currency', 'cancelled_by', 'cancellation_reason', 'cancelled_at'],
        types: ['uuid', 'uuid', 'uuid', 'timestamptz', 'timestamptz', 'text', 'text', 'timestamptz', 'timestamptz', 'int4', 'int4', 'int4', 'text', 'text', 'text', 'timestamptz'],
        row(i) {
          // The approved therapists share the sessions evenly, the k-th session of each in the k-th pass.
          const t = approved[i % approved.length];
          const k = Math.floor(i / approved.length);
          // Seven in ten sessions are past. Each of a therapist's sessions is on its own day (4 days apart, no overlap
          // whatever the buffers); weekends move to the nearest weekday, still at most 1 day away.
          const today = Math.floor(now / DAY) * DAY;
          let day = today + ((k - Math.floor(sessionsEach * 0.7)) * 4 + (t % 4)) * DAY;
          const weekday = new Date(day).getUTCDay();
          if (weekday === 6) day -= DAY;
          if (weekday === 0) day += DAY;
          const starts = day + (9 + (t % 7)) * 3_600_000;
          const past = starts < now;
          const client = ((t * 31 + k * 7919) % clients) + 1;
          const offered = FORMATS[t % FORMATS.length].filter((f) => f !== 'CLINIC');
          const format = offered[k % offered.length];
          const cancelled = k % 9 === 4;
          const status = cancelled ? 'CANCELLED' : past ? (k % 13 === 5 ? 'NO_SHOW' : 'COMPLETED') : k % 3 === 0 ? 'REQUESTED' : 'CONFIRMED';
          const buffer = FORMATS[t % FORMATS.length].includes('HOME_VISIT') ? 15 : 0;
          return [
            scaleId('booking', i + 1), scaleId('clientUser', client), scaleId('therapist', t),
            new Date(starts).toISOString(), new Date(starts + 3_600_000).toISOString(), format, status,
            created, created, buffer, buffer, 4000 + (t % 9) * 500, 'GBP',
            cancelled ? 'CLIENT' : null, cancelled ? 'Unwell that week.' : null, cancelled ? new Date(starts - 2 * DAY).toISOString() : null,
          ];
        },
      },
    ],
    'care-plans': [
      {
        table: 'care_plans',
        count: carePlans,
        columns: ['id', 'client_id', 'therapist_id', 'therapist_user_id', 'status', 'summary', 'focus_conditions', 'start_date', 'review_cadence_weeks', 'next_review_due', 'created_at', 'updated_at'],
        types: ['uuid', 'uuid', 'uuid', 'uuid', 'text', 'text', 'text', 'date', 'int', 'date', 'timestamptz', 'timestamptz'],
        arrayColumns: ['focus_conditions'],
        row(i) {
          const n = i + 1;
          const therapist = planTherapist(n);
          const start = new Date(now - (30 + (n % 60)) * DAY).toISOString().slice(0, 10);
          const due = new Date(Date.parse(start) + 28 * DAY).toISOString().slice(0, 10);
          return [
            scaleId('carePlan', n), scaleId('clientUser', planClient(n)), scaleId('therapist', therapist), scaleId('therapistUser', therapist),
            n % 10 === 0 ? 'DRAFT' : 'ACTIVE', 'Building steadier routines, one small step at a time.', pgArray([CONDITIONS[n % CONDITIONS.length]]),
            start, 4, due, created, created,
          ];
        },
      },
      {
        // Three goals a plan.
        table: 'care_plan_goals',
        count: carePlans * 3,
        columns: ['id', 'care_plan_id', 'description', 'category', 'status', 'achievement', 'created_at', 'updated_at'],
        types: ['uuid', 'uuid', 'text', 'text', 'text', 'text', 'timestamptz', 'timestamptz'],
        row(i) {
          const n = Math.floor(i / 3) + 1;
          const k = i % 3;
          return [scaleId('goal', i + 1), scaleId('carePlan', n), GOALS[(n + 2 * k) % GOALS.length], 'OTHER', n % 10 === 0 ? 'PROPOSED' : 'ACTIVE', ['IN_PROGRESS', 'IMPROVING', 'ACHIEVED'][(n + k) % 3], created, created];
        },
      },
      {
        // Two PHQ-9s a plan, the second lower: what a progress chart draws.
        table: 'care_plan_questionnaires',
        count: carePlans * 2,
        columns: ['id', 'care_plan_id', 'kind', 'answers', 'total', 'severity', 'respondent', 'completed_at', 'created_at'],
        types: ['uuid', 'uuid', 'text', 'text', 'int', 'text', 'text', 'timestamptz', 'timestamptz'],
        arrayColumns: ['answers'],
        arrayTypes: { answers: 'smallint' },
        row(i) {
          const n = Math.floor(i / 2) + 1;
          const answers = i % 2 === 0 ? [2, 2, 1, 2, 1, 1, 1, 1, 0] : [1, 1, 1, 1, 0, 1, 0, 1, 0];
          const total = answers.reduce((a, b) => a + b, 0);
          const at = new Date(now - (i % 2 === 0 ? 28 : 7) * DAY).toISOString();
          return [scaleId('questionnaire', i + 1), scaleId('carePlan', n), 'PHQ9', pgArray(answers), total, total >= 10 ? 'MODERATE' : 'MILD', 'CLIENT', at, at];
        },
      },
    ],
  };
}
