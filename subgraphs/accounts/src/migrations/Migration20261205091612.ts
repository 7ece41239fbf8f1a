import { Migration } from '@mikro-orm/migrations';

/**
 * Organisations, their members, their API clients (OAuth client credentials, docs/adr/027) and the
 * organisation audit, append-only like the account audit (the trigger function is the account audit's).
 */
export class Migration20261205091612 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "organisations" ("id" uuid not null, "name" varchar(120) not null, "kind" text check ("kind" in ('GP_PRACTICE', 'NHS_TRUST', 'NHS_TEAM', 'EMPLOYER_PROGRAMME', 'LOCAL_COUNCIL', 'OTHER')) not null, "ods_code" varchar(10) null, "granted_scopes" text[] not null, "verified_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "organisations_pkey" primary key ("id"));`);
    this.addSql(`create unique index "organisations_ods_code_unique" on "organisations" ("ods_code") where "ods_code" is not null;`);

    this.addSql(`create table "api_clients" ("id" uuid not null, "organisation_id" uuid not null, "name" varchar(80) not null, "scopes" text[] not null, "secret_hash" text not null, "secret_created_at" timestamptz not null, "previous_secret_hash" text null, "previous_secret_expires_at" timestamptz null, "token_family_id" uuid not null, "created_by_id" uuid not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_clients_pkey" primary key ("id"));`);
    this.addSql(`create index "api_clients_organisation_id_created_at_index" on "api_clients" ("organisation_id", "created_at");`);

    this.addSql(`create table "organisation_audit" ("id" uuid not null, "organisation_id" uuid not null, "actor_id" uuid not null, "action" text check ("action" in ('CREATED', 'VERIFIED', 'SCOPES_CHANGED', 'MEMBER_ADDED', 'MEMBER_REMOVED', 'API_CLIENT_CREATED', 'API_CLIENT_SECRET_ROTATED', 'API_CLIENT_REVOKED')) not null, "subject_id" uuid null, "details" jsonb not null, "created_at" timestamptz not null, constraint "organisation_audit_pkey" primary key ("id"));`);
    this.addSql(`create index "organisation_audit_organisation_id_created_at_index" on "organisation_audit" ("organisation_id", "created_at");`);
    this.addSql(`create trigger "organisation_audit_append_only" before update or delete on "organisation_audit" for each row execute function "refuse_change_to_append_only"();`);
    this.addSql(`create trigger "organisation_audit_no_truncate" before truncate on "organisation_audit" for each statement execute function "refuse_change_to_append_only"();`);

    this.addSql(`create table "organisation_members" ("id" uuid not null, "organisation_id" uuid not null, "user_id" uuid not null, "role" text check ("role" in ('ADMIN', 'MEMBER')) not null, "added_at" timestamptz not null, constraint "organisation_members_pkey" primary key ("id"));`);
    this.addSql(`create index "organisation_members_user_id_index" on "organisation_members" ("user_id");`);
    this.addSql(`alter table "organisation_members" add constraint "organisation_members_organisation_id_user_id_unique" unique ("organisation_id", "user_id");`);

    this.addSql(`alter table "api_clients" add constraint "api_clients_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organisation_members" add constraint "organisation_members_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organisation_members" add constraint "organisation_members_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_clients" drop constraint "api_clients_organisation_id_foreign";`);

    this.addSql(`alter table "organisation_members" drop constraint "organisation_members_organisation_id_foreign";`);

    this.addSql(`drop table if exists "organisations" cascade;`);

    this.addSql(`drop table if exists "api_clients" cascade;`);

    this.addSql(`drop table if exists "organisation_audit" cascade;`);

    this.addSql(`drop table if exists "organisation_members" cascade;`);
  }

}
