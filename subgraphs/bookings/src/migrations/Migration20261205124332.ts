import { Migration } from '@mikro-orm/migrations';

export class Migration20261205124332 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "referrals" add column "letter_date" date null;`);
    this.addSql(`alter table "referrals" alter column "organisation_id" drop default;`);
    this.addSql(`alter table "referrals" alter column "organisation_id" type uuid using ("organisation_id"::text::uuid);`);
    this.addSql(`alter table "referrals" alter column "organisation_id" drop not null;`);
    this.addSql(`alter table "referrals" alter column "api_client_id" drop default;`);
    this.addSql(`alter table "referrals" alter column "api_client_id" type uuid using ("api_client_id"::text::uuid);`);
    this.addSql(`alter table "referrals" alter column "api_client_id" drop not null;`);
    this.addSql(`create unique index "referrals_gp_letter_idempotency_key_unique" on "referrals" ("client_id", "idempotency_key") where "organisation_id" is null;`);
    this.addSql(`alter table "referrals" add constraint referrals_from_an_organisation_or_a_letter check((organisation_id is null) = (api_client_id is null) and (organisation_id is null) = (letter_date is not null) and (organisation_id is not null or client_id is not null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "referrals_gp_letter_idempotency_key_unique";`);
    this.addSql(`alter table "referrals" drop constraint referrals_from_an_organisation_or_a_letter;`);
    this.addSql(`alter table "referrals" drop column "letter_date";`);

    this.addSql(`alter table "referrals" alter column "organisation_id" drop default;`);
    this.addSql(`alter table "referrals" alter column "organisation_id" type uuid using ("organisation_id"::text::uuid);`);
    this.addSql(`alter table "referrals" alter column "organisation_id" set not null;`);
    this.addSql(`alter table "referrals" alter column "api_client_id" drop default;`);
    this.addSql(`alter table "referrals" alter column "api_client_id" type uuid using ("api_client_id"::text::uuid);`);
    this.addSql(`alter table "referrals" alter column "api_client_id" set not null;`);
  }

}
