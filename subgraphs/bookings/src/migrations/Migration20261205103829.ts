import { Migration } from '@mikro-orm/migrations';

/** The discharge summary of a referral (docs/adr/029), and when the person agreed to share it with the referrer. */
export class Migration20261205103829 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "referrals" add column "discharge_summary" jsonb null, add column "summary_shared_at" timestamptz null;`);
    this.addSql(`alter table "referrals" add constraint referrals_summary_when_discharged check((status = 'DISCHARGED') = (discharge_summary is not null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referrals" drop constraint referrals_summary_when_discharged;`);
    this.addSql(`alter table "referrals" drop column "discharge_summary", drop column "summary_shared_at";`);
  }

}
