import { Migration } from '@mikro-orm/migrations';

export class Migration20261127021440 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "care_plans" ("id" uuid not null, "client_id" uuid not null, "therapist_id" uuid not null, "status" text check ("status" in ('DRAFT', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED')) not null default 'DRAFT', "goals" text[] not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "care_plans_pkey" primary key ("id"));`);
    this.addSql(`create index "care_plans_therapist_id_created_at_index" on "care_plans" ("therapist_id", "created_at");`);
    this.addSql(`create index "care_plans_client_id_created_at_index" on "care_plans" ("client_id", "created_at");`);
  }

}
