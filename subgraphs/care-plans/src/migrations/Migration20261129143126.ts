import { Migration } from '@mikro-orm/migrations';

export class Migration20261129143126 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "care_plan_access_log" ("id" uuid not null, "care_plan_id" uuid not null, "actor_id" uuid not null, "actor_role" text not null, "action" text check ("action" in ('READ', 'CREATE', 'UPDATE', 'BREAK_GLASS')) not null, "record_type" text not null, "record_id" uuid not null, "reason" text null, "request_id" text not null, "at" timestamptz not null, constraint "care_plan_access_log_pkey" primary key ("id"), constraint care_plan_access_log_break_glass_reason check ((action = 'BREAK_GLASS') = (reason is not null)));`);
    this.addSql(`create index "care_plan_access_log_actor_at_index" on "care_plan_access_log" ("actor_id", "at");`);
    this.addSql(`create index "care_plan_access_log_action_at_index" on "care_plan_access_log" ("action", "at");`);
    this.addSql(`create index "care_plan_access_log_plan_at_index" on "care_plan_access_log" ("care_plan_id", "at");`);

    this.addSql(`create table "care_plan_goals" ("id" uuid not null, "care_plan_id" uuid not null, "description" text not null, "category" text check ("category" in ('SLEEP_ROUTINE', 'MORNING_ROUTINE', 'SOCIAL_CONFIDENCE', 'RETURN_TO_WORK', 'MANAGING_SENSORY_TRIGGERS', 'BUDGETING_AND_MEAL_PLANNING', 'TIME_MANAGEMENT', 'CREATIVE_OR_PHYSICAL_ACTIVITY', 'OTHER')) not null, "target_date" date null, "status" text check ("status" in ('PROPOSED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED')) not null default 'PROPOSED', "achievement" text check ("achievement" in ('IN_PROGRESS', 'IMPROVING', 'WORSENING', 'NO_CHANGE', 'ACHIEVED', 'NOT_ACHIEVED')) not null default 'IN_PROGRESS', "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "care_plan_goals_pkey" primary key ("id"), constraint care_plan_goals_description_length check (char_length(description) between 3 and 500));`);
    this.addSql(`create index "care_plan_goals_care_plan_id_index" on "care_plan_goals" ("care_plan_id");`);

    this.addSql(`create table "care_plan_activities" ("id" uuid not null, "care_plan_id" uuid not null, "goal_id" uuid null, "type" text check ("type" in ('CREATIVE_EXPRESSION', 'PHYSICAL_ACTIVITY', 'ROUTINE_PLANNING', 'SOCIAL_PRACTICE', 'WORK_REHABILITATION', 'MINDFULNESS', 'LIFE_SKILLS')) not null, "times_per_week" smallint not null, "instructions" text not null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "care_plan_activities_pkey" primary key ("id"), constraint care_plan_activities_instructions_length check (char_length(instructions) between 3 and 2000), constraint care_plan_activities_times_per_week_range check (times_per_week between 1 and 21));`);
    this.addSql(`create index "care_plan_activities_care_plan_id_index" on "care_plan_activities" ("care_plan_id");`);

    this.addSql(`create table "care_plan_activity_logs" ("id" uuid not null, "activity_id" uuid not null, "care_plan_id" uuid not null, "done_at" timestamptz not null, "mood" smallint null, "note" text null, "logged_by" uuid not null, "created_at" timestamptz not null, constraint "care_plan_activity_logs_pkey" primary key ("id"), constraint care_plan_activity_logs_note_length check (note is null or char_length(note) <= 1000), constraint care_plan_activity_logs_mood_range check (mood is null or mood between 1 and 5));`);
    this.addSql(`create index "care_plan_activity_logs_care_plan_id_index" on "care_plan_activity_logs" ("care_plan_id");`);
    this.addSql(`create index "care_plan_activity_logs_activity_done_at_index" on "care_plan_activity_logs" ("activity_id", "done_at");`);

    this.addSql(`create table "care_plan_reviews" ("id" uuid not null, "care_plan_id" uuid not null, "booking_id" uuid null, "reviewed_at" timestamptz not null, "notes" text not null, "copm" jsonb null, "copm_performance" numeric(4,2) null, "copm_satisfaction" numeric(4,2) null, "copm_performance_change" numeric(5,2) null, "copm_satisfaction_change" numeric(5,2) null, "recorded_by" uuid not null, "created_at" timestamptz not null, constraint "care_plan_reviews_pkey" primary key ("id"), constraint care_plan_reviews_copm_together check ((copm is null) = (copm_performance is null) and (copm is null) = (copm_satisfaction is null)), constraint care_plan_reviews_copm_averages_range check ((copm_performance is null or copm_performance between 1 and 10) and (copm_satisfaction is null or copm_satisfaction between 1 and 10)), constraint care_plan_reviews_notes_length check (char_length(notes) between 1 and 10000));`);
    this.addSql(`create index "care_plan_reviews_plan_reviewed_at_index" on "care_plan_reviews" ("care_plan_id", "reviewed_at");`);
    this.addSql(`alter table "care_plan_reviews" add constraint "care_plan_reviews_booking_id_unique" unique ("booking_id");`);

    this.addSql(`create table "care_plan_questionnaires" ("id" uuid not null, "care_plan_id" uuid not null, "review_id" uuid null, "kind" text check ("kind" in ('PHQ9', 'GAD7')) not null, "answers" smallint[] not null, "total" smallint not null, "severity" text check ("severity" in ('MINIMAL', 'MILD', 'MODERATE', 'MODERATELY_SEVERE', 'SEVERE')) not null, "respondent" text not null, "completed_at" timestamptz not null, "created_at" timestamptz not null, constraint "care_plan_questionnaires_pkey" primary key ("id"), constraint care_plan_questionnaires_answers_range check (answers <@ array[0,1,2,3]::smallint[]), constraint care_plan_questionnaires_item_count check (cardinality(answers) = case kind when 'PHQ9' then 9 else 7 end));`);
    this.addSql(`create index "care_plan_questionnaires_plan_kind_completed_index" on "care_plan_questionnaires" ("care_plan_id", "kind", "completed_at");`);

    this.addSql(`create table "care_plan_review_goal_updates" ("id" uuid not null, "review_id" uuid not null, "goal_id" uuid not null, "status" text check ("status" in ('PROPOSED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED')) not null, "achievement" text check ("achievement" in ('IN_PROGRESS', 'IMPROVING', 'WORSENING', 'NO_CHANGE', 'ACHIEVED', 'NOT_ACHIEVED')) not null, "reviewed_at" timestamptz not null, constraint "care_plan_review_goal_updates_pkey" primary key ("id"));`);
    this.addSql(`create index "care_plan_review_goal_updates_goal_index" on "care_plan_review_goal_updates" ("goal_id");`);

    this.addSql(`create table "care_plan_risk_flags" ("id" uuid not null, "care_plan_id" uuid not null, "questionnaire_id" uuid not null, "reason" text not null, "raised_at" timestamptz not null, "acknowledged_at" timestamptz null, "acknowledged_by" uuid null, "action" text null, constraint "care_plan_risk_flags_pkey" primary key ("id"), constraint care_plan_risk_flags_acknowledged_with_action check ((acknowledged_at is null) = (action is null) and (acknowledged_at is null) = (acknowledged_by is null)));`);
    this.addSql(`create index "care_plan_risk_flags_open_index" on "care_plan_risk_flags" ("care_plan_id") where acknowledged_at is null;`);

    this.addSql(`alter table "care_plan_goals" add constraint "care_plan_goals_care_plan_id_foreign" foreign key ("care_plan_id") references "care_plans" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "care_plan_activities" add constraint "care_plan_activities_care_plan_id_foreign" foreign key ("care_plan_id") references "care_plans" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_plan_activities" add constraint "care_plan_activities_goal_id_foreign" foreign key ("goal_id") references "care_plan_goals" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "care_plan_activity_logs" add constraint "care_plan_activity_logs_activity_id_foreign" foreign key ("activity_id") references "care_plan_activities" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_plan_activity_logs" add constraint "care_plan_activity_logs_care_plan_id_foreign" foreign key ("care_plan_id") references "care_plans" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "care_plan_reviews" add constraint "care_plan_reviews_care_plan_id_foreign" foreign key ("care_plan_id") references "care_plans" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "care_plan_questionnaires" add constraint "care_plan_questionnaires_care_plan_id_foreign" foreign key ("care_plan_id") references "care_plans" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "care_plan_review_goal_updates" add constraint "care_plan_review_goal_updates_review_id_foreign" foreign key ("review_id") references "care_plan_reviews" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_plan_review_goal_updates" add constraint "care_plan_review_goal_updates_goal_id_foreign" foreign key ("goal_id") references "care_plan_goals" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "care_plan_risk_flags" add constraint "care_plan_risk_flags_care_plan_id_foreign" foreign key ("care_plan_id") references "care_plans" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_plan_risk_flags" add constraint "care_plan_risk_flags_questionnaire_id_foreign" foreign key ("questionnaire_id") references "care_plan_questionnaires" ("id") on update cascade on delete cascade;`);

    // By hand: plans made before this migration get a start (the day they were made, UK time) and a
    // next review four weeks on; their plain-text goals become goal rows; the column becomes the focus conditions.
    this.addSql(`alter table "care_plans" add column "therapist_user_id" uuid null, add column "summary" text not null default '', add column "start_date" date null, add column "end_date" date null, add column "review_cadence_weeks" smallint not null default 4, add column "last_reviewed_on" date null, add column "next_review_due" date null, add column "focus_conditions" text[] not null default '{}';`);
    this.addSql(`update "care_plans" set "start_date" = ("created_at" at time zone 'Europe/London')::date;`);
    this.addSql(`update "care_plans" set "next_review_due" = "start_date" + 28;`);
    this.addSql(`alter table "care_plans" alter column "start_date" set not null, alter column "next_review_due" set not null;`);
    this.addSql(`insert into "care_plan_goals" ("id", "care_plan_id", "description", "category", "status", "achievement", "created_at", "updated_at", "version")
      select gen_random_uuid(), p."id", g.description, 'OTHER', case when p."status" = 'DRAFT' then 'PROPOSED' else 'ACTIVE' end, 'IN_PROGRESS', p."created_at", p."created_at", 1
        from "care_plans" p, unnest(p."goals") with ordinality as g(description, n)
       where char_length(g.description) between 3 and 500 order by p."id", g.n;`);
    this.addSql(`alter table "care_plans" drop column "goals";`);
    // By hand: the access audit is append-only in the database too, not only in the API.
    this.addSql(`create function "refuse_change_to_access_log"() returns trigger language plpgsql as $$
begin
  raise exception 'care_plan_access_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;`);
    this.addSql(`create trigger "care_plan_access_log_append_only" before update or delete on "care_plan_access_log" for each row execute function "refuse_change_to_access_log"();`);
    this.addSql(`create trigger "care_plan_access_log_no_truncate" before truncate on "care_plan_access_log" for each statement execute function "refuse_change_to_access_log"();`);
    this.addSql(`create index "care_plans_therapist_user_id_next_review_index" on "care_plans" ("therapist_user_id", "next_review_due");`);
    this.addSql(`alter table "care_plans" add constraint care_plans_review_cadence_range check(review_cadence_weeks between 1 and 26);`);
    this.addSql(`alter table "care_plans" add constraint care_plans_end_after_start check(end_date is null or end_date >= start_date);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "care_plan_activities" drop constraint "care_plan_activities_goal_id_foreign";`);

    this.addSql(`alter table "care_plan_review_goal_updates" drop constraint "care_plan_review_goal_updates_goal_id_foreign";`);

    this.addSql(`alter table "care_plan_activity_logs" drop constraint "care_plan_activity_logs_activity_id_foreign";`);

    this.addSql(`alter table "care_plan_review_goal_updates" drop constraint "care_plan_review_goal_updates_review_id_foreign";`);

    this.addSql(`alter table "care_plan_risk_flags" drop constraint "care_plan_risk_flags_questionnaire_id_foreign";`);

    this.addSql(`drop table if exists "care_plan_access_log" cascade;`);
    this.addSql(`drop function if exists "refuse_change_to_access_log"();`);

    this.addSql(`drop table if exists "care_plan_goals" cascade;`);

    this.addSql(`drop table if exists "care_plan_activities" cascade;`);

    this.addSql(`drop table if exists "care_plan_activity_logs" cascade;`);

    this.addSql(`drop table if exists "care_plan_reviews" cascade;`);

    this.addSql(`drop table if exists "care_plan_questionnaires" cascade;`);

    this.addSql(`drop table if exists "care_plan_review_goal_updates" cascade;`);

    this.addSql(`drop table if exists "care_plan_risk_flags" cascade;`);

    this.addSql(`drop index "care_plans_therapist_user_id_next_review_index";`);
    this.addSql(`alter table "care_plans" drop constraint care_plans_review_cadence_range;`);
    this.addSql(`alter table "care_plans" drop constraint care_plans_end_after_start;`);
    this.addSql(`alter table "care_plans" drop column "therapist_user_id", drop column "summary", drop column "start_date", drop column "end_date", drop column "review_cadence_weeks", drop column "last_reviewed_on", drop column "next_review_due";`);

    this.addSql(`alter table "care_plans" drop column "focus_conditions", add column "goals" text[] not null default '{}';`);
  }

}
