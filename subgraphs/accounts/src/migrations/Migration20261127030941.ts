import { Migration } from '@mikro-orm/migrations';

export class Migration20261127030941 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "mfa_totp_factors" ("id" uuid not null, "user_id" uuid not null, "secret_ciphertext" text not null, "confirmed_at" timestamptz null, "last_used_step" int null, "created_at" timestamptz not null, constraint "mfa_totp_factors_pkey" primary key ("id"));`);
    this.addSql(`create unique index "mfa_totp_factors_one_pending" on "mfa_totp_factors" ("user_id") where "confirmed_at" is null;`);
    this.addSql(`create unique index "mfa_totp_factors_one_confirmed" on "mfa_totp_factors" ("user_id") where "confirmed_at" is not null;`);

    this.addSql(`create table "mfa_recovery_codes" ("id" uuid not null, "user_id" uuid not null, "code_hash" varchar(64) not null, "used_at" timestamptz null, "created_at" timestamptz not null, constraint "mfa_recovery_codes_pkey" primary key ("id"));`);
    this.addSql(`alter table "mfa_recovery_codes" add constraint "mfa_recovery_codes_user_id_code_hash_unique" unique ("user_id", "code_hash");`);

    this.addSql(`alter table "mfa_totp_factors" add constraint "mfa_totp_factors_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "mfa_recovery_codes" add constraint "mfa_recovery_codes_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "one_time_tokens" drop constraint if exists "one_time_tokens_purpose_check";`);

    this.addSql(`alter table "one_time_tokens" add constraint "one_time_tokens_purpose_check" check("purpose" in ('EMAIL_VERIFICATION', 'PASSWORD_RESET', 'MFA_LOGIN', 'MFA_ENROLMENT'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mfa_totp_factors" cascade;`);

    this.addSql(`drop table if exists "mfa_recovery_codes" cascade;`);

    this.addSql(`alter table "one_time_tokens" drop constraint if exists "one_time_tokens_purpose_check";`);

    this.addSql(`alter table "one_time_tokens" add constraint "one_time_tokens_purpose_check" check("purpose" in ('EMAIL_VERIFICATION', 'PASSWORD_RESET'));`);
  }

}
