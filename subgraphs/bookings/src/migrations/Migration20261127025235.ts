import { Migration } from '@mikro-orm/migrations';

export class Migration20261127025235 extends Migration {

  override async up(): Promise<void> {
    // Generated; the generator's no-op "type uuid using" on client_id was removed: it would rewrite the table.
    this.addSql(`alter table "bookings" add column "subject_ref" uuid null, add column "retain_until" timestamptz null;`);
    this.addSql(`alter table "bookings" alter column "client_id" drop not null;`);
    this.addSql(`create index "bookings_retain_until_index" on "bookings" ("retain_until");`);
    this.addSql(`alter table "bookings" add constraint bookings_subject_retained_until check((subject_ref is null) = (retain_until is null));`);
    this.addSql(`alter table "bookings" add constraint bookings_client_or_subject check((client_id is null) <> (subject_ref is null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "bookings_retain_until_index";`);
    this.addSql(`alter table "bookings" drop constraint bookings_subject_retained_until;`);
    this.addSql(`alter table "bookings" drop constraint bookings_client_or_subject;`);
    this.addSql(`alter table "bookings" drop column "subject_ref", drop column "retain_until";`);

    // Fails while retained records exist, as it should: they have no client to go back to.
    this.addSql(`alter table "bookings" alter column "client_id" set not null;`);
  }

}
