import { Migration } from '@mikro-orm/migrations';

export class Migration20261205134746 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "webhook_audit" ("id" uuid not null, "organisation_id" uuid not null, "endpoint_id" uuid not null, "actor_kind" text not null, "actor_id" uuid not null, "action" text check ("action" in ('ENDPOINT_CREATED', 'ENDPOINT_CHANGED', 'ENDPOINT_DISABLED', 'ENDPOINT_ENABLED', 'SECRET_ROTATED', 'ENDPOINT_DELETED', 'DELIVERY_REPLAYED')) not null, "details" jsonb not null, "created_at" timestamptz not null, constraint "webhook_audit_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_audit_organisation_id_created_at_index" on "webhook_audit" ("organisation_id", "created_at");`);

    // By hand: the history is append-only, whoever connects (the serving role included).
    this.addSql(`create function "refuse_change_to_append_only"() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = 'restrict_violation';
end;
$$;`);
    this.addSql(`create trigger "webhook_audit_append_only" before update or delete on "webhook_audit" for each row execute function "refuse_change_to_append_only"();`);
    this.addSql(`create trigger "webhook_audit_no_truncate" before truncate on "webhook_audit" for each statement execute function "refuse_change_to_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_audit" cascade;`);
    this.addSql(`drop function if exists "refuse_change_to_append_only"();`);
  }

}
