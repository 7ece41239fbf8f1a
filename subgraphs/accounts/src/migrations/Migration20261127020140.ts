import { Migration } from '@mikro-orm/migrations';

export class Migration20261127020140 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "users" ("id" uuid not null, "email" varchar(254) not null, "display_name" varchar(100) not null, "role" text check ("role" in ('CLIENT', 'THERAPIST', 'ADMIN')) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`create unique index "users_email_lower_unique" on "users" (lower("email"));`);
  }

}
