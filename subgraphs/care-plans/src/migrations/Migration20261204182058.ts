import { Migration } from '@mikro-orm/migrations';

export class Migration20261204182058 extends Migration {

  // Notices (docs/adr/022): the outbox, the escalation stamp on risk flags and the review dates noticed, each with its sweep's index.
  override async up(): Promise<void> {
    this.addSql(`create table "outbox_events" ("id" uuid not null, "kind" text not null, "payload" jsonb not null, "occurred_at" timestamptz not null default now(), "relayed_at" timestamptz null, constraint "outbox_events_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_events_unrelayed_index" on "outbox_events" ("occurred_at") where relayed_at is null;`);

    this.addSql(`alter table "care_plans" add column "review_due_noticed_for" date null, add column "review_overdue_noticed_for" date null;`);

    this.addSql(`alter table "care_plan_risk_flags" add column "escalated_at" timestamptz null;`);
    this.addSql(`create index "care_plan_risk_flags_escalation_due_index" on "care_plan_risk_flags" ("raised_at") where acknowledged_at is null and escalated_at is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_events" cascade;`);

    this.addSql(`alter table "care_plans" drop column "review_due_noticed_for", drop column "review_overdue_noticed_for";`);

    this.addSql(`drop index "care_plan_risk_flags_escalation_due_index";`);
    this.addSql(`alter table "care_plan_risk_flags" drop column "escalated_at";`);
  }

}
