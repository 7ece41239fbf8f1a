import { Migration } from '@mikro-orm/migrations';

export class Migration20261127021225 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "bookings" ("id" uuid not null, "client_id" uuid not null, "therapist_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "format" text check ("format" in ('HOME_VISIT', 'ONLINE')) not null, "status" text check ("status" in ('REQUESTED', 'CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELLED', 'DECLINED')) not null default 'REQUESTED', "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "bookings_pkey" primary key ("id"), constraint bookings_ends_after_starts check (ends_at > starts_at));`);
    this.addSql(`create index "bookings_client_id_starts_at_index" on "bookings" ("client_id", "starts_at");`);
    this.addSql(`create index "bookings_therapist_id_starts_at_index" on "bookings" ("therapist_id", "starts_at");`);
  }

}
