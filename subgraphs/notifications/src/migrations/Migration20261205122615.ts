import { Migration } from '@mikro-orm/migrations';

export class Migration20261205122615 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "webhook_endpoints" ("id" uuid not null, "organisation_id" uuid not null, "url" text not null, "description" varchar(200) null, "event_types" text[] not null, "status" text check ("status" in ('ACTIVE', 'DISABLED')) not null default 'ACTIVE', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "secret_rotated_at" timestamptz not null default now(), constraint "webhook_endpoints_pkey" primary key ("id"), constraint webhook_endpoints_event_types_not_empty check (cardinality(event_types) > 0));`);
    this.addSql(`alter table "webhook_endpoints" add constraint "webhook_endpoints_organisation_id_url_unique" unique ("organisation_id", "url");`);

    this.addSql(`create table "webhook_deliveries" ("id" uuid not null, "endpoint_id" uuid not null, "message_id" uuid not null, "event_type" text not null, "status" text check ("status" in ('PENDING', 'SENT', 'FAILED', 'DEAD', 'SKIPPED')) not null default 'PENDING', "attempts" int not null default 0, "replays" int not null default 0, "last_status_code" int null, "last_error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "delivered_at" timestamptz null, constraint "webhook_deliveries_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_deliveries_endpoint_id_created_at_index" on "webhook_deliveries" ("endpoint_id", "created_at");`);
    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_endpoint_id_message_id_unique" unique ("endpoint_id", "message_id");`);

    this.addSql(`create table "webhook_secrets" ("id" uuid not null, "endpoint_id" uuid not null, "secret_ciphertext" text not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz null, constraint "webhook_secrets_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_secrets_endpoint_id_index" on "webhook_secrets" ("endpoint_id");`);

    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoints" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_message_id_foreign" foreign key ("message_id") references "messages" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_secrets" add constraint "webhook_secrets_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoints" ("id") on update cascade on delete cascade;`);

    // A replay queues a \`deliver-webhook\` job as the database's owner, as queue_delivery does for notifications:
    // the serving role may queue this one kind of job and nothing else. One job per delivery (job key
    // \`webhook:<id>\`, replaced when queued again).
    this.addSql(`create function "queue_webhook_delivery"("delivery_id" uuid, "max_attempts" int) returns void language plpgsql security definer
set search_path = pg_catalog, pg_temp as $$
begin
  perform graphile_worker.add_job('deliver-webhook', json_build_object('deliveryId', delivery_id), job_key => 'webhook:' || delivery_id, max_attempts => max_attempts, job_key_mode => 'replace');
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "queue_webhook_delivery"(uuid, int);`);

    this.addSql(`alter table "webhook_deliveries" drop constraint "webhook_deliveries_endpoint_id_foreign";`);

    this.addSql(`alter table "webhook_secrets" drop constraint "webhook_secrets_endpoint_id_foreign";`);

    this.addSql(`drop table if exists "webhook_endpoints" cascade;`);

    this.addSql(`drop table if exists "webhook_deliveries" cascade;`);

    this.addSql(`drop table if exists "webhook_secrets" cascade;`);
  }

}
