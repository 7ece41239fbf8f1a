import { Migration } from '@mikro-orm/migrations';

export class Migration20261127031143 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "bookings" drop constraint if exists "bookings_format_check";`);

    this.addSql(`alter table "bookings" add constraint "bookings_format_check" check("format" in ('HOME_VISIT', 'ONLINE', 'CLINIC'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "bookings" drop constraint if exists "bookings_format_check";`);

    this.addSql(`alter table "bookings" add constraint "bookings_format_check" check("format" in ('HOME_VISIT', 'ONLINE'));`);
  }

}
