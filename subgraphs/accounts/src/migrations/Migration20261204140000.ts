import { Migration } from '@mikro-orm/migrations';

/**
 * The revocation list the gateway polls (docs/adr/020-revoking-sessions-within-seconds.md). By hand and
 * without an entity: rows are written and read with plain SQL, and `user_id` has no foreign key on
 * purpose, so the revocation of a deleted account outlives the account.
 */
export class Migration20261204140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "session_revocations" ("id" bigserial primary key, "kind" text not null check ("kind" in ('session', 'user')), "session_id" uuid null, "user_id" uuid null, "not_before" timestamptz null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, constraint "session_revocations_subject_check" check (("kind" = 'session' and "session_id" is not null) or ("kind" = 'user' and "user_id" is not null and "not_before" is not null)));`);
    this.addSql(`create index "session_revocations_expires_at_index" on "session_revocations" ("expires_at");`);
    this.addSql(`create index "session_revocations_created_at_index" on "session_revocations" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "session_revocations" cascade;`);
  }
}
