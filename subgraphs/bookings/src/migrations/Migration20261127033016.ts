import { Migration } from '@mikro-orm/migrations';

export class Migration20261127033016 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "bookings" add column "referral_source" text check ("referral_source" in ('SELF', 'GP', 'NHS_CMHT', 'EMPLOYER')) not null default 'SELF', add column "note" text null, add column "visit_postcode" text null, add column "fee_pence" int null, add column "fee_currency" text null, add column "video_room_url" text null, add column "idempotency_key" text null, add column "request_fingerprint" text null;`);
    this.addSql(`alter table "bookings" add constraint "bookings_video_room_url_unique" unique ("video_room_url");`);
    this.addSql(`alter table "bookings" add constraint "bookings_client_id_idempotency_key_unique" unique ("client_id", "idempotency_key");`);
    this.addSql(`alter table "bookings" add constraint bookings_home_visit_postcode check((format = 'HOME_VISIT') or visit_postcode is null);`);
    this.addSql(`alter table "bookings" add constraint bookings_idempotency_fingerprint check((idempotency_key is null) = (request_fingerprint is null));`);
    this.addSql(`alter table "bookings" add constraint bookings_fee_with_currency check((fee_pence is null) = (fee_currency is null) and fee_pence >= 0 and fee_currency = 'GBP');`);
    this.addSql(`alter table "bookings" add constraint bookings_note_length check(char_length(note) <= 1000);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "bookings" drop constraint "bookings_video_room_url_unique";`);
    this.addSql(`alter table "bookings" drop constraint "bookings_client_id_idempotency_key_unique";`);
    this.addSql(`alter table "bookings" drop constraint bookings_home_visit_postcode;`);
    this.addSql(`alter table "bookings" drop constraint bookings_idempotency_fingerprint;`);
    this.addSql(`alter table "bookings" drop constraint bookings_fee_with_currency;`);
    this.addSql(`alter table "bookings" drop constraint bookings_note_length;`);
    this.addSql(`alter table "bookings" drop column "referral_source", drop column "note", drop column "visit_postcode", drop column "fee_pence", drop column "fee_currency", drop column "video_room_url", drop column "idempotency_key", drop column "request_fingerprint";`);
  }

}
