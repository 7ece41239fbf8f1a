import { Migration } from '@mikro-orm/migrations';

export class Migration20261127032139 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "consent_documents" ("kind" text check ("kind" in ('TERMS_OF_USE', 'PRIVACY_NOTICE', 'HEALTH_DATA_PROCESSING')) not null, "version" varchar(20) not null, "title" varchar(200) not null, "url" varchar(500) not null, "effective_from" timestamptz not null, constraint "consent_documents_pkey" primary key ("kind", "version"));`);

    this.addSql(`create table "consent_events" ("id" bigserial primary key, "user_id" uuid not null, "kind" text check ("kind" in ('TERMS_OF_USE', 'PRIVACY_NOTICE', 'HEALTH_DATA_PROCESSING')) not null, "version" varchar(20) not null, "action" text check ("action" in ('ACCEPTED', 'WITHDRAWN')) not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "consent_events_user_id_kind_id_index" on "consent_events" ("user_id", "kind", "id");`);

    this.addSql(`alter table "consent_events" add constraint "consent_events_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    // By hand. Only published versions can be accepted or withdrawn:
    this.addSql(`alter table "consent_events" add constraint "consent_events_document_foreign" foreign key ("kind", "version") references "consent_documents" ("kind", "version");`);
    // The history is append-only; only deleting the account (ON DELETE CASCADE) removes it.
    this.addSql(`create trigger "consent_events_append_only" before update or delete on "consent_events" for each row execute function "refuse_change_to_append_only"('cascade');`);
    this.addSql(`create trigger "consent_events_no_truncate" before truncate on "consent_events" for each statement execute function "refuse_change_to_append_only"();`);
    // A published version is what people agreed to: it never changes. New versions are new rows.
    this.addSql(`create trigger "consent_documents_append_only" before update or delete on "consent_documents" for each row execute function "refuse_change_to_append_only"();`);
    this.addSql(`insert into "consent_documents" ("kind", "version", "title", "url", "effective_from") values
      ('TERMS_OF_USE', '2026-01', 'Caregraph terms of use', 'https://caregraph.example/legal/terms-of-use/2026-01', '2026-01-01T00:00:00Z'),
      ('PRIVACY_NOTICE', '2026-01', 'Caregraph privacy notice', 'https://caregraph.example/legal/privacy-notice/2026-01', '2026-01-01T00:00:00Z'),
      ('HEALTH_DATA_PROCESSING', '2026-01', 'Consent to process your health data', 'https://caregraph.example/legal/health-data-consent/2026-01', '2026-01-01T00:00:00Z');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "consent_documents" cascade;`);

    this.addSql(`drop table if exists "consent_events" cascade;`);
  }

}
