import { Migration } from '@mikro-orm/migrations';

export class Migration20261127021823 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "therapists" ("id" uuid not null, "user_id" uuid not null, "display_name" varchar(100) not null, "hcpc_number" varchar(8) not null, "conditions" text[] not null default '{}', "session_formats" text[] not null default '{}', "city" varchar(100) not null, "outward_code" varchar(4) not null, "status" text check ("status" in ('DRAFT', 'PENDING_REVIEW', 'APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'SUSPENDED')) not null default 'DRAFT', "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "therapists_pkey" primary key ("id"), constraint therapists_session_formats_known check (session_formats <@ array['HOME_VISIT', 'ONLINE']::text[]), constraint therapists_conditions_known check (conditions <@ array['DEPRESSION_LOW_MOTIVATION', 'ANXIETY', 'PTSD_TRAUMA', 'BIPOLAR', 'PSYCHOSIS', 'EATING_DISORDERS', 'WORK_STRESS_BURNOUT', 'ADHD_NEURODIVERSITY']::text[]), constraint therapists_outward_code_format check (outward_code ~ '^[A-Z]{1,2}[0-9][0-9A-Z]?\$'), constraint therapists_hcpc_number_format check (hcpc_number ~ '^OT[0-9]{1,6}\$'));`);
    this.addSql(`alter table "therapists" add constraint "therapists_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "therapists" add constraint "therapists_hcpc_number_unique" unique ("hcpc_number");`);
    this.addSql(`create index "therapists_status_display_name_id_index" on "therapists" ("status", "display_name", "id");`);
  }

}
