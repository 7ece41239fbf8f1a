import { Migration } from '@mikro-orm/migrations';

/** Referrals from organisations (docs/adr/029) and the funding route of a booking. */
export class Migration20261205093750 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "referrals" ("id" uuid not null, "organisation_id" uuid not null, "api_client_id" uuid not null, "idempotency_key" varchar(200) not null, "request_fingerprint" varchar(64) not null, "therapist_id" uuid not null, "client_id" uuid null, "person_given_name" varchar(100) not null, "person_family_name" varchar(100) not null, "person_date_of_birth" date not null, "person_email" varchar(254) not null, "person_phone" varchar(30) null, "person_consented_at" timestamptz not null, "referrer_name" varchar(120) not null, "reason" text not null, "conditions" text[] not null, "urgency" text check ("urgency" in ('ROUTINE', 'SOON', 'URGENT')) not null, "funding_route" text check ("funding_route" in ('SELF_PAY', 'NHS', 'EMPLOYER', 'INSURER', 'LOCAL_AUTHORITY')) not null, "status" text check ("status" in ('SUBMITTED', 'ACCEPTED', 'DECLINED', 'BOOKED', 'DISCHARGED', 'WITHDRAWN')) not null default 'SUBMITTED', "decline_reason" text null, "booking_id" uuid null, "created_at" timestamptz not null, "status_changed_at" timestamptz not null, "updated_at" timestamptz not null, constraint "referrals_pkey" primary key ("id"), constraint referrals_booking_when_booked check ((booking_id is not null) = (status in ('BOOKED', 'DISCHARGED'))), constraint referrals_decline_reason_when_declined check ((status = 'DECLINED') = (decline_reason is not null)), constraint referrals_reason_length check (char_length(reason) between 1 and 2000));`);
    this.addSql(`create index "referrals_person_email_index" on "referrals" (lower("person_email")) where "client_id" is null;`);
    this.addSql(`create index "referrals_organisation_id_created_at_index" on "referrals" ("organisation_id", "created_at");`);
    this.addSql(`create index "referrals_therapist_id_status_index" on "referrals" ("therapist_id", "status");`);
    this.addSql(`alter table "referrals" add constraint "referrals_organisation_id_idempotency_key_unique" unique ("organisation_id", "idempotency_key");`);

    this.addSql(`create table "referral_events" ("id" uuid not null, "referral_id" uuid not null, "status" text check ("status" in ('SUBMITTED', 'ACCEPTED', 'DECLINED', 'BOOKED', 'DISCHARGED', 'WITHDRAWN')) not null, "actor_kind" varchar(20) not null, "actor_id" uuid not null, "occurred_at" timestamptz not null, constraint "referral_events_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_events_referral_id_index" on "referral_events" ("referral_id");`);

    this.addSql(`alter table "referral_events" add constraint "referral_events_referral_id_foreign" foreign key ("referral_id") references "referrals" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "bookings" drop constraint if exists "bookings_referral_source_check";`);

    this.addSql(`alter table "bookings" add column "funding_route" text check ("funding_route" in ('SELF_PAY', 'NHS', 'EMPLOYER', 'INSURER', 'LOCAL_AUTHORITY')) not null default 'SELF_PAY', add column "referral_id" uuid null;`);
    this.addSql(`alter table "bookings" add constraint "bookings_referral_source_check" check("referral_source" in ('SELF', 'GP', 'NHS_CMHT', 'EMPLOYER', 'LOCAL_COUNCIL'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referral_events" drop constraint "referral_events_referral_id_foreign";`);

    this.addSql(`drop table if exists "referrals" cascade;`);

    this.addSql(`drop table if exists "referral_events" cascade;`);

    this.addSql(`alter table "bookings" drop constraint if exists "bookings_referral_source_check";`);

    this.addSql(`alter table "bookings" drop column "funding_route", drop column "referral_id";`);

    this.addSql(`alter table "bookings" add constraint "bookings_referral_source_check" check("referral_source" in ('SELF', 'GP', 'NHS_CMHT', 'EMPLOYER'));`);
  }

}
