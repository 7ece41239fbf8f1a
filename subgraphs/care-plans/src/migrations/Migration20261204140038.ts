import { Migration } from '@mikro-orm/migrations';

export class Migration20261204140038 extends Migration {

  // The audit of the retention purge (one row per batch: kind, count, cutoff, when; no personal data).
  override async up(): Promise<void> {
    this.addSql(`create table "retention_purges" ("id" uuid not null, "record_kind" text not null, "deleted" int not null, "cutoff" timestamptz not null, "ran_at" timestamptz not null default now(), constraint "retention_purges_pkey" primary key ("id"));`);
    this.addSql(`create index "retention_purges_record_kind_ran_at_index" on "retention_purges" ("record_kind", "ran_at");`);
    // By hand: the record of what the retention purge deleted is append-only, like an access audit.
    this.addSql(`create function "refuse_change_to_retention_purges"() returns trigger language plpgsql as $$
begin
  raise exception 'retention_purges is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;`);
    this.addSql(`create trigger "retention_purges_append_only" before update or delete on "retention_purges" for each row execute function "refuse_change_to_retention_purges"();`);
    this.addSql(`create trigger "retention_purges_no_truncate" before truncate on "retention_purges" for each statement execute function "refuse_change_to_retention_purges"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "retention_purges" cascade;`);
    this.addSql(`drop function if exists "refuse_change_to_retention_purges"();`);
  }

}
