import { Migration } from '@mikro-orm/migrations';

export class Migration20261204210232 extends Migration {

  // Each therapist's cancellation cut-off (hours before the start), and the cut-off each booking was made under. The
  // default fills existing rows with 24, the one rule every earlier booking was made under (a constant default: no rewrite).
  override async up(): Promise<void> {
    this.addSql(`alter table "bookings" add column "cancellation_cutoff_hours" int not null default 24;`);
    this.addSql(`alter table "bookings" add constraint bookings_cancellation_cutoff_range check(cancellation_cutoff_hours between 0 and 168);`);

    this.addSql(`alter table "therapist_schedules" add column "cancellation_cutoff_hours" int not null default 24;`);
    this.addSql(`alter table "therapist_schedules" add constraint therapist_schedules_cancellation_cutoff_range check(cancellation_cutoff_hours between 0 and 168);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "bookings" drop constraint bookings_cancellation_cutoff_range;`);
    this.addSql(`alter table "bookings" drop column "cancellation_cutoff_hours";`);

    this.addSql(`alter table "therapist_schedules" drop constraint therapist_schedules_cancellation_cutoff_range;`);
    this.addSql(`alter table "therapist_schedules" drop column "cancellation_cutoff_hours";`);
  }

}
