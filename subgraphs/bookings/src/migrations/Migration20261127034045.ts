import { Migration } from '@mikro-orm/migrations';

export class Migration20261127034045 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "booking_events" ("id" uuid not null, "booking_id" uuid not null, "occurred_at" timestamptz not null, "action" text check ("action" in ('CONFIRM', 'DECLINE', 'CANCEL', 'COMPLETE', 'MARK_NO_SHOW', 'RESCHEDULE')) not null, "actor" text check ("actor" in ('CLIENT', 'THERAPIST')) not null, "actor_id" uuid null, "from_status" text check ("from_status" in ('REQUESTED', 'CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELLED', 'DECLINED')) not null, "to_status" text check ("to_status" in ('REQUESTED', 'CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELLED', 'DECLINED')) not null, "previous_starts_at" timestamptz null, "new_starts_at" timestamptz null, "reason" text null, constraint "booking_events_pkey" primary key ("id"));`);
    this.addSql(`create index "booking_events_booking_id_occurred_at_index" on "booking_events" ("booking_id", "occurred_at");`);

    this.addSql(`alter table "booking_events" add constraint "booking_events_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "bookings" add column "cancelled_by" text check ("cancelled_by" in ('CLIENT', 'THERAPIST')) null, add column "cancellation_reason" text null, add column "cancelled_at" timestamptz null, add column "late_cancellation" boolean not null default false, add column "reschedule_count" int not null default 0;`);
    this.addSql(`alter table "bookings" add constraint bookings_cancellation_reason_length check(char_length(cancellation_reason) <= 500);`);
    this.addSql(`alter table "bookings" add constraint bookings_cancellation_only_when_cancelled check(status = 'CANCELLED' or (cancelled_at is null and cancelled_by is null and cancellation_reason is null and not late_cancellation));`);
    this.addSql(`alter table "bookings" add constraint bookings_reschedule_count_range check(reschedule_count between 0 and 2);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "booking_events" cascade;`);

    this.addSql(`alter table "bookings" drop constraint bookings_cancellation_reason_length;`);
    this.addSql(`alter table "bookings" drop constraint bookings_cancellation_only_when_cancelled;`);
    this.addSql(`alter table "bookings" drop constraint bookings_reschedule_count_range;`);
    this.addSql(`alter table "bookings" drop column "cancelled_by", drop column "cancellation_reason", drop column "cancelled_at", drop column "late_cancellation", drop column "reschedule_count";`);
  }

}
