import { Migration } from '@mikro-orm/migrations';

export class Migration20261204174358 extends Migration {

  // The outbox the delivery worker relays (written in each change's own transaction), and the reminder stamp with the
  // partial index through which the session-reminders sweep finds due sessions without scanning every booking.
  override async up(): Promise<void> {
    this.addSql(`create table "outbox_events" ("id" uuid not null, "kind" text not null, "payload" jsonb not null, "occurred_at" timestamptz not null default now(), "relayed_at" timestamptz null, constraint "outbox_events_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_events_unrelayed_index" on "outbox_events" ("occurred_at") where relayed_at is null;`);

    this.addSql(`alter table "bookings" add column "reminder_recorded_at" timestamptz null;`);
    this.addSql(`create index "bookings_reminder_due_index" on "bookings" ("starts_at") where status = 'CONFIRMED' and reminder_recorded_at is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_events" cascade;`);

    this.addSql(`drop index "bookings_reminder_due_index";`);
    this.addSql(`alter table "bookings" drop column "reminder_recorded_at";`);
  }

}
