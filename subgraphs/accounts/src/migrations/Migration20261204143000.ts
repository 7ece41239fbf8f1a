import { Migration } from '@mikro-orm/migrations';

export class Migration20261204143000 extends Migration {

  override async up(): Promise<void> {
    // By hand, no entity: written and read only by src/rate-limits/hourly-allowance.ts.
    this.addSql(`create table "hourly_allowance_uses" ("id" bigserial primary key, "kind" varchar(40) not null, "subject_hash" char(64) not null, "used_at" timestamptz not null default now());`);
    this.addSql(`create index "hourly_allowance_uses_kind_subject_hash_used_at_index" on "hourly_allowance_uses" ("kind", "subject_hash", "used_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "hourly_allowance_uses";`);
  }

}
