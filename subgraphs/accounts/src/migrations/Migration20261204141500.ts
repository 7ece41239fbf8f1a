import { Migration } from '@mikro-orm/migrations';

export class Migration20261204141500 extends Migration {

  override async up(): Promise<void> {
    // Sessions already open end when their current refresh token expires (at most 30 days away).
    this.addSql(`alter table "refresh_tokens" add column "session_ends_at" timestamptz null;`);
    this.addSql(`update "refresh_tokens" set "session_ends_at" = "expires_at";`);
    this.addSql(`alter table "refresh_tokens" alter column "session_ends_at" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "refresh_tokens" drop column "session_ends_at";`);
  }

}
