import { Migration } from '@mikro-orm/migrations';

export class Migration20261127025800 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "listing_events" ("id" uuid not null, "therapist_id" uuid not null, "action" text check ("action" in ('CREATED', 'SUBMITTED', 'APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'SUSPENDED', 'REINSTATED', 'HIDDEN', 'UNHIDDEN', 'CHANGES_PROPOSED', 'CHANGES_APPROVED', 'CHANGES_DECLINED', 'HCPC_VERIFIED', 'HCPC_LAPSED')) not null, "from_status" text check ("from_status" in ('DRAFT', 'PENDING_REVIEW', 'APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'SUSPENDED')) null, "to_status" text check ("to_status" in ('DRAFT', 'PENDING_REVIEW', 'APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'SUSPENDED')) not null, "actor_id" uuid not null, "reason" varchar(2000) null, "occurred_at" timestamptz not null, constraint "listing_events_pkey" primary key ("id"));`);
    this.addSql(`create index "listing_events_therapist_id_occurred_at_index" on "listing_events" ("therapist_id", "occurred_at");`);

    this.addSql(`alter table "listing_events" add constraint "listing_events_therapist_id_foreign" foreign key ("therapist_id") references "therapists" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "therapists" drop constraint therapists_session_formats_known;`);

    this.addSql(`alter table "therapists" add column "headline" varchar(160) null, add column "biography" varchar(5000) null, add column "photo_url" varchar(500) null, add column "years_of_experience" smallint null, add column "languages" text[] not null default '{}', add column "gender" text check ("gender" in ('FEMALE', 'MALE', 'NON_BINARY')) null, add column "hcpc_verification_status" text check ("hcpc_verification_status" in ('UNVERIFIED', 'VERIFIED', 'LAPSED')) not null default 'UNVERIFIED', add column "hcpc_verified_by" uuid null, add column "hcpc_verified_at" timestamptz null, add column "hcpc_register_expires_on" date null, add column "hcpc_verification_notes" varchar(2000) null, add column "approaches" text[] not null default '{}', add column "funding_options" text[] not null default '{}', add column "fee_pence" int null, add column "fee_currency" text check ("fee_currency" in ('GBP')) not null default 'GBP', add column "session_minutes" smallint null, add column "travel_radius_km" smallint null, add column "postcode" varchar(8) null, add column "latitude" double precision null, add column "longitude" double precision null, add column "hidden" boolean not null default false, add column "listed" boolean generated always as (status = 'APPROVED' and not hidden) stored not null, add column "published_at" timestamptz null, add column "review_requested_at" timestamptz null, add column "pending_changes" jsonb null, add column "search_vector" tsvector generated always as (setweight(to_tsvector('english'::regconfig, coalesce(display_name, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(biography, '')), 'C')) stored not null;`);
    this.addSql(`alter table "therapists" alter column "city" type varchar(100) using ("city"::varchar(100));`);
    this.addSql(`alter table "therapists" alter column "city" drop not null;`);
    this.addSql(`alter table "therapists" alter column "outward_code" type varchar(4) using ("outward_code"::varchar(4));`);
    this.addSql(`alter table "therapists" alter column "outward_code" drop not null;`);
    // Listings from before this migration: published ones get a publication date and waiting
    // ones a place in the queue, so that the constraints below hold for them too.
    this.addSql(`update "therapists" set "published_at" = "updated_at" where "status" in ('APPROVED', 'SUSPENDED');`);
    this.addSql(`update "therapists" set "review_requested_at" = "updated_at" where "status" = 'PENDING_REVIEW';`);
    this.addSql(`create index "therapists_listed_newest_index" on "therapists" ("published_at" desc, "id" desc) include ("fee_pence", "gender", "conditions", "session_formats", "languages", "funding_options") where "listed";`);
    this.addSql(`create index "therapists_listed_fee_index" on "therapists" ("fee_pence", "id") where "listed";`);
    this.addSql(`create index "therapists_listed_gender_index" on "therapists" ("gender") where "listed";`);
    this.addSql(`create index "therapists_listed_filters_index" on "therapists" using gin ("conditions", "session_formats", "languages", "funding_options") where "listed";`);
    this.addSql(`create index "therapists_listed_text_index" on "therapists" using gin ("search_vector") where "listed";`);
    this.addSql(`create index "therapists_listed_location_index" on "therapists" using gist (point("longitude", "latitude")) where "listed";`);
    this.addSql(`create index "therapists_review_queue_index" on "therapists" ("review_requested_at", "id") where "review_requested_at" is not null;`);
    this.addSql(`alter table "therapists" add constraint therapists_postcode_format check(postcode is null or (postcode ~ '^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][ABD-HJLNP-UW-Z]{2}\$' and outward_code = split_part(postcode, ' ', 1)));`);
    this.addSql(`alter table "therapists" add constraint therapists_approaches_known check(approaches <@ array['CREATIVE_EXPRESSION', 'PHYSICAL_ACTIVITY', 'ROUTINE_PLANNING', 'SOCIAL_PRACTICE', 'WORK_REHABILITATION', 'MINDFULNESS_RELAXATION', 'LIFE_SKILLS', 'HOME_WORKPLACE_ASSESSMENT']::text[]);`);
    this.addSql(`alter table "therapists" add constraint therapists_funding_options_known check(funding_options <@ array['SELF_PAY', 'NHS_REFERRAL', 'INSURANCE', 'EMPLOYER_SCHEME']::text[]);`);
    this.addSql(`alter table "therapists" add constraint therapists_languages_known check(languages <@ array['ENGLISH', 'WELSH', 'SCOTTISH_GAELIC', 'IRISH', 'BRITISH_SIGN_LANGUAGE', 'POLISH', 'ROMANIAN', 'PUNJABI', 'URDU', 'PORTUGUESE', 'SPANISH', 'ARABIC', 'BENGALI', 'GUJARATI', 'ITALIAN', 'FRENCH', 'LITHUANIAN', 'TAMIL', 'CHINESE_MANDARIN', 'CHINESE_CANTONESE', 'TURKISH', 'SOMALI', 'PERSIAN', 'HINDI']::text[]);`);
    this.addSql(`alter table "therapists" add constraint therapists_fee_pence_range check(fee_pence between 0 and 100000);`);
    this.addSql(`alter table "therapists" add constraint therapists_session_minutes_range check(session_minutes between 15 and 240);`);
    this.addSql(`alter table "therapists" add constraint therapists_travel_radius_km_range check(travel_radius_km between 1 and 100);`);
    this.addSql(`alter table "therapists" add constraint therapists_years_of_experience_range check(years_of_experience between 0 and 60);`);
    this.addSql(`alter table "therapists" add constraint therapists_location_range check((latitude is null) = (longitude is null) and latitude between 49 and 61 and longitude between -9 and 2);`);
    this.addSql(`alter table "therapists" add constraint therapists_hcpc_verified_complete check(hcpc_verification_status <> 'VERIFIED' or (hcpc_verified_by is not null and hcpc_verified_at is not null and hcpc_register_expires_on is not null));`);
    this.addSql(`alter table "therapists" add constraint therapists_published_at check(status not in ('APPROVED', 'SUSPENDED') or published_at is not null);`);
    this.addSql(`alter table "therapists" add constraint therapists_pending_changes_published check(pending_changes is null or status in ('APPROVED', 'SUSPENDED'));`);
    this.addSql(`alter table "therapists" add constraint therapists_review_requested_at check((review_requested_at is not null) = (status = 'PENDING_REVIEW' or pending_changes is not null));`);
    this.addSql(`alter table "therapists" add constraint therapists_session_formats_known check(session_formats <@ array['HOME_VISIT', 'ONLINE', 'CLINIC']::text[]);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "listing_events" cascade;`);

    this.addSql(`drop index "therapists_listed_newest_index";`);
    this.addSql(`drop index "therapists_listed_fee_index";`);
    this.addSql(`drop index "therapists_listed_gender_index";`);
    this.addSql(`drop index "therapists_listed_filters_index";`);
    this.addSql(`drop index "therapists_listed_text_index";`);
    this.addSql(`drop index "therapists_listed_location_index";`);
    this.addSql(`drop index "therapists_review_queue_index";`);
    this.addSql(`alter table "therapists" drop constraint therapists_postcode_format;`);
    this.addSql(`alter table "therapists" drop constraint therapists_approaches_known;`);
    this.addSql(`alter table "therapists" drop constraint therapists_funding_options_known;`);
    this.addSql(`alter table "therapists" drop constraint therapists_languages_known;`);
    this.addSql(`alter table "therapists" drop constraint therapists_fee_pence_range;`);
    this.addSql(`alter table "therapists" drop constraint therapists_session_minutes_range;`);
    this.addSql(`alter table "therapists" drop constraint therapists_travel_radius_km_range;`);
    this.addSql(`alter table "therapists" drop constraint therapists_years_of_experience_range;`);
    this.addSql(`alter table "therapists" drop constraint therapists_location_range;`);
    this.addSql(`alter table "therapists" drop constraint therapists_hcpc_verified_complete;`);
    this.addSql(`alter table "therapists" drop constraint therapists_published_at;`);
    this.addSql(`alter table "therapists" drop constraint therapists_pending_changes_published;`);
    this.addSql(`alter table "therapists" drop constraint therapists_review_requested_at;`);
    this.addSql(`alter table "therapists" drop constraint therapists_session_formats_known;`);
    this.addSql(`alter table "therapists" drop column "headline", drop column "biography", drop column "photo_url", drop column "years_of_experience", drop column "languages", drop column "gender", drop column "hcpc_verification_status", drop column "hcpc_verified_by", drop column "hcpc_verified_at", drop column "hcpc_register_expires_on", drop column "hcpc_verification_notes", drop column "approaches", drop column "funding_options", drop column "fee_pence", drop column "fee_currency", drop column "session_minutes", drop column "travel_radius_km", drop column "postcode", drop column "latitude", drop column "longitude", drop column "hidden", drop column "listed", drop column "published_at", drop column "review_requested_at", drop column "pending_changes", drop column "search_vector";`);

    this.addSql(`alter table "therapists" alter column "city" type varchar(100) using ("city"::varchar(100));`);
    this.addSql(`alter table "therapists" alter column "city" set not null;`);
    this.addSql(`alter table "therapists" alter column "outward_code" type varchar(4) using ("outward_code"::varchar(4));`);
    this.addSql(`alter table "therapists" alter column "outward_code" set not null;`);
    this.addSql(`alter table "therapists" add constraint therapists_session_formats_known check(session_formats <@ array['HOME_VISIT', 'ONLINE']::text[]);`);
  }

}
