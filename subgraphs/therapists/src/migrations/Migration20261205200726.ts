import { Migration } from '@mikro-orm/migrations';

export class Migration20261205200726 extends Migration {

  // The location index covers what a ring of the nearest-first directory search reads (src/search/search-page.ts), so rings are index-only scans.
  override async up(): Promise<void> {
    this.addSql(`drop index "therapists_listed_location_index";`);

    this.addSql(`create index "therapists_listed_nearby_index" on "therapists" using gist (point("longitude", "latitude")) include ("id", "latitude", "longitude", "travel_radius_km", "fee_pence", "gender", "conditions", "session_formats", "languages", "funding_options") where "listed";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "therapists_listed_nearby_index";`);

    this.addSql(`create index "therapists_listed_location_index" on "therapists" using gist (point("longitude", "latitude")) where "listed";`);
  }

}
