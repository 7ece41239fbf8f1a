import { Migration } from '@mikro-orm/migrations';

export class Migration20261204213759 extends Migration {

  // Clients' waitlists: one active entry per client and therapist (unique partial index), a therapist's active
  // entries in the order people joined (what a freed time reads), and a client's entries (limit, export, erasure).
  override async up(): Promise<void> {
    this.addSql(`create table "waitlist_entries" ("id" uuid not null, "client_id" uuid not null, "therapist_id" uuid not null, "from_date" date not null, "to_date" date not null, "format" text check ("format" in ('HOME_VISIT', 'ONLINE', 'CLINIC')) null, "created_at" timestamptz not null, "last_notified_at" timestamptz null, "notified_count" int not null default 0, "ended_at" timestamptz null, "end_reason" text check ("end_reason" in ('LEFT', 'PASSED')) null, constraint "waitlist_entries_pkey" primary key ("id"), constraint waitlist_entries_ended_with_reason check ((ended_at is null) = (end_reason is null)), constraint waitlist_entries_range_length check (to_date - from_date < 93), constraint waitlist_entries_range_order check (to_date >= from_date));`);
    this.addSql(`create index "waitlist_entries_active_by_therapist" on "waitlist_entries" ("therapist_id", "created_at") where ended_at is null;`);
    this.addSql(`create index "waitlist_entries_client_id_created_at_index" on "waitlist_entries" ("client_id", "created_at");`);
    this.addSql(`create unique index "waitlist_entries_one_active_per_therapist" on "waitlist_entries" ("client_id", "therapist_id") where ended_at is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "waitlist_entries" cascade;`);
  }

}
