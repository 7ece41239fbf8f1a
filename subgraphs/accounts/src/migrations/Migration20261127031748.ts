import { Migration } from '@mikro-orm/migrations';

export class Migration20261127031748 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "account_audit" ("id" uuid not null, "actor_id" uuid not null, "subject_id" uuid not null, "action" text check ("action" in ('LOCK', 'UNLOCK', 'ROLE_CHANGE')) not null, "reason" text not null, "before" jsonb not null, "after" jsonb not null, "created_at" timestamptz not null, constraint "account_audit_pkey" primary key ("id"));`);
    this.addSql(`create index "account_audit_created_at_index" on "account_audit" ("created_at");`);
    this.addSql(`create index "account_audit_actor_id_created_at_index" on "account_audit" ("actor_id", "created_at");`);
    this.addSql(`create index "account_audit_subject_id_created_at_index" on "account_audit" ("subject_id", "created_at");`);

    this.addSql(`alter table "users" add column "locked_at" timestamptz null;`);

    // By hand: the audit is append-only in the database too, not only in the API. The trigger
    // function is shared by append-only tables; with the argument 'cascade' it lets through the
    // deletes a foreign key's ON DELETE CASCADE makes (they run one trigger level down).
    this.addSql(`alter table "account_audit" add constraint "account_audit_reason_check" check (length(btrim("reason")) between 1 and 500);`);
    this.addSql(`create function "refuse_change_to_append_only"() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and tg_nargs > 0 and tg_argv[0] = 'cascade' and pg_trigger_depth() > 1 then
    return old;
  end if;
  raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = 'restrict_violation';
end;
$$;`);
    this.addSql(`create trigger "account_audit_append_only" before update or delete on "account_audit" for each row execute function "refuse_change_to_append_only"();`);
    this.addSql(`create trigger "account_audit_no_truncate" before truncate on "account_audit" for each statement execute function "refuse_change_to_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "account_audit" cascade;`);
    this.addSql(`drop function if exists "refuse_change_to_append_only"();`);

    this.addSql(`alter table "users" drop column "locked_at";`);
  }

}
