import { Migration } from '@mikro-orm/migrations';

export class Migration20261204171659 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "messages" ("id" uuid not null, "source" text not null, "kind" text not null, "facts" jsonb not null, "occurred_at" timestamptz not null, "received_at" timestamptz not null default now(), constraint "messages_pkey" primary key ("id"));`);

    this.addSql(`create table "deliveries" ("id" uuid not null, "message_id" uuid not null, "kind" text not null, "recipient_user_id" uuid not null, "recipient_role" text check ("recipient_role" in ('CLIENT', 'THERAPIST', 'ADMIN')) not null, "channel" text check ("channel" in ('EMAIL', 'IN_APP')) not null, "status" text check ("status" in ('PENDING', 'SENT', 'FAILED', 'DEAD', 'SKIPPED')) not null default 'PENDING', "attempts" int not null default 0, "last_error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "delivered_at" timestamptz null, constraint "deliveries_pkey" primary key ("id"));`);
    this.addSql(`create index "deliveries_status_updated_at_index" on "deliveries" ("status", "updated_at");`);
    this.addSql(`alter table "deliveries" add constraint "deliveries_message_id_recipient_user_id_channel_unique" unique ("message_id", "recipient_user_id", "channel");`);

    this.addSql(`create table "notifications" ("id" uuid not null, "user_id" uuid not null, "kind" text not null, "title" text not null, "link" text not null, "created_at" timestamptz not null default now(), "read_at" timestamptz null, constraint "notifications_pkey" primary key ("id"));`);
    this.addSql(`create index "notifications_unread_index" on "notifications" ("user_id") where read_at is null;`);
    this.addSql(`create index "notifications_user_id_created_at_index" on "notifications" ("user_id", "created_at" desc);`);

    this.addSql(`create table "notification_preferences" ("user_id" uuid not null, "reminders" boolean not null default true, "invitations" boolean not null default true, "updated_at" timestamptz not null default now(), constraint "notification_preferences_pkey" primary key ("user_id"));`);

    this.addSql(`create table "unsubscribe_tokens" ("token_hash" text not null, "user_id" uuid not null, "category" text check ("category" in ('REMINDER', 'INVITATION')) not null, "created_at" timestamptz not null default now(), constraint "unsubscribe_tokens_pkey" primary key ("token_hash"));`);

    this.addSql(`alter table "deliveries" add constraint "deliveries_message_id_foreign" foreign key ("message_id") references "messages" ("id") on update cascade on delete cascade;`);

    // By hand: puts a delivery's `deliver` job on graphile-worker's queue (schema graphile_worker, which the delivery
    // worker's migrate creates in this database). graphile-worker turns row-level security on for its tables with no
    // policy, so only the role that owns them (this database's owner, which runs the migrations) may queue; the serving
    // role may not even use the schema. SECURITY DEFINER lets it queue this one kind of job, and nothing else, as the
    // owner. One job per delivery (job key `delivery:<id>`, replaced when queued again).
    this.addSql(`create function "queue_delivery"("delivery_id" uuid, "max_attempts" int) returns void language plpgsql security definer
set search_path = pg_catalog, pg_temp as $$
begin
  perform graphile_worker.add_job('deliver', json_build_object('deliveryId', delivery_id), job_key => 'delivery:' || delivery_id, max_attempts => max_attempts, job_key_mode => 'replace');
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "queue_delivery"(uuid, int);`);

    this.addSql(`alter table "deliveries" drop constraint "deliveries_message_id_foreign";`);

    this.addSql(`drop table if exists "messages" cascade;`);

    this.addSql(`drop table if exists "deliveries" cascade;`);

    this.addSql(`drop table if exists "notifications" cascade;`);

    this.addSql(`drop table if exists "notification_preferences" cascade;`);

    this.addSql(`drop table if exists "unsubscribe_tokens" cascade;`);
  }

}
