import { Migration } from '@mikro-orm/migrations';

export class Migration20261204181840 extends Migration {

  // The outbox of the notices a therapist must hear of (docs/adr/022): written with the listing change, relayed by the delivery worker.
  override async up(): Promise<void> {
    this.addSql(`create table "outbox_events" ("id" uuid not null, "kind" text not null, "payload" jsonb not null, "occurred_at" timestamptz not null default now(), "relayed_at" timestamptz null, constraint "outbox_events_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_events_unrelayed_index" on "outbox_events" ("occurred_at") where relayed_at is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_events" cascade;`);
  }

}
