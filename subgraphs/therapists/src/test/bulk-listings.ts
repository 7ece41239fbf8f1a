import type { EntityManager } from '@mikro-orm/postgresql';
import { POSTCODE_AREAS } from '../geocoding/postcode-areas';
import { POSTCODE_DISTRICTS } from '../geocoding/postcode-districts';

/**
 * Inserts `count` listings in one SQL statement, with a believable spread: about 70% approved
 * (3% of those hidden), the rest across the other statuses; OTs mostly women; most sessions in
 * English only; listings across every postcode area and the known districts; fees £40–£120;
 * short biographies from a small vocabulary. Deterministic (a hash of the row number).
 */
export async function insertBulkListings(em: EntityManager, count: number): Promise<void> {
  const places = [...Object.entries(POSTCODE_DISTRICTS), ...Object.entries(POSTCODE_AREAS).map(([area, point]) => [`${area}1`, point] as const)].map(
    ([outward, [latitude, longitude]]) => ({ outward, latitude, longitude }),
  );
  await em.getConnection().execute(
    `
    with places as (
      select row_number() over () - 1 as n, p.outward, p.latitude, p.longitude
      from jsonb_to_recordset(?::jsonb) as p(outward text, latitude float8, longitude float8)
    ),
    rows as (
      select i, abs(hashtext('listing' || i)) as h, (select count(*) from places) as place_count from generate_series(1, ?) as i
    )
    insert into therapists (
      id, user_id, display_name, hcpc_number, headline, biography, years_of_experience, languages, gender,
      conditions, approaches, session_formats, funding_options, fee_pence, session_minutes, travel_radius_km,
      city, postcode, outward_code, latitude, longitude, status, hidden, published_at, review_requested_at,
      hcpc_verification_status, hcpc_verified_by, hcpc_verified_at, hcpc_register_expires_on, created_at, updated_at
    )
    select
      gen_random_uuid(), gen_random_uuid(), 'Bulk Therapist ' || i, 'OT' || (100000 + i),
      (array['Small steps back to everyday life', 'Rebuilding routines after burnout', 'Creative ways out of low mood', 'Calm support for anxious days'])[1 + h % 4],
      'Occupational therapist supporting recovery through ' || (array['gardening', 'cooking', 'walking', 'music', 'pottery', 'photography', 'swimming', 'woodwork', 'volunteering', 'drama'])[1 + (h / 7) % 10] || ' and daily routines.',
      h % 30,
      case when h % 20 = 0 then array['ENGLISH', 'POLISH'] when h % 20 = 1 then array['ENGLISH', 'URDU'] when h % 20 = 2 then array['ENGLISH', 'WELSH'] else array['ENGLISH'] end,
      (array['FEMALE', 'FEMALE', 'FEMALE', 'FEMALE', 'FEMALE', 'FEMALE', 'FEMALE', 'MALE', 'MALE', 'NON_BINARY', null])[1 + (h / 3) % 11],
      string_to_array((array['ANXIETY,DEPRESSION_LOW_MOTIVATION,WORK_STRESS_BURNOUT', 'PTSD_TRAUMA,ANXIETY', 'PSYCHOSIS,BIPOLAR', 'EATING_DISORDERS,DEPRESSION_LOW_MOTIVATION',
        'ADHD_NEURODIVERSITY,ANXIETY,WORK_STRESS_BURNOUT', 'DEPRESSION_LOW_MOTIVATION,BIPOLAR,ANXIETY'])[1 + (h / 11) % 6], ','),
      array['ROUTINE_PLANNING', 'LIFE_SKILLS'],
      string_to_array((array['ONLINE,HOME_VISIT', 'ONLINE', 'HOME_VISIT', 'CLINIC,ONLINE'])[1 + (h / 17) % 4], ','),
      string_to_array((array['SELF_PAY', 'SELF_PAY,INSURANCE', 'NHS_REFERRAL,SELF_PAY', 'SELF_PAY,EMPLOYER_SCHEME'])[1 + (h / 19) % 4], ','),
      4000 + ((h / 23) % 17) * 500, 60, 5 + (h % 4) * 5,
      'Bulk', p.outward || ' 1AB', p.outward, p.latitude + ((h % 100) - 50) / 2000.0, p.longitude + ((h / 100 % 100) - 50) / 2000.0,
      s.status, s.status = 'APPROVED' and h % 33 = 0,
      case when s.status in ('APPROVED', 'SUSPENDED') then now() - (i || ' minutes')::interval end,
      case when s.status = 'PENDING_REVIEW' then now() - (i || ' seconds')::interval end,
      case when s.status in ('APPROVED', 'SUSPENDED') then 'VERIFIED' else 'UNVERIFIED' end,
      case when s.status in ('APPROVED', 'SUSPENDED') then gen_random_uuid() end,
      case when s.status in ('APPROVED', 'SUSPENDED') then now() end,
      case when s.status in ('APPROVED', 'SUSPENDED') then date '2099-12-31' end,
      now(), now()
    from rows
    join places p on p.n = rows.h % rows.place_count
    cross join lateral (select (array['APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'PENDING_REVIEW', 'DRAFT', 'SUSPENDED', 'CHANGES_REQUESTED', 'REJECTED', 'APPROVED', 'APPROVED'])[1 + (rows.h / 29) % 14] as status) s
    `,
    [JSON.stringify(places), count],
  );
}
