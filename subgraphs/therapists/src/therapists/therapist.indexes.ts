import { Index } from '@mikro-orm/core';

/**
 * Indexes behind the public directory search (src/search/search-query.ts). All are partial on
 * `listed` (approved and not hidden), the predicate every search query starts with, so they
 * hold only what the public can find. Core PostgreSQL only: no extension is needed.
 */
const INDEXES: Array<{ name: string; expression: string }> = [
  // Sort by newest. Covering: counts of listings filtered by fee, gender or the enum arrays
  // (however unselective) are index-only scans of this narrow index instead of heap scans.
  {
    name: 'therapists_listed_newest_index',
    expression:
      'create index "therapists_listed_newest_index" on "therapists" ("published_at" desc, "id" desc) ' +
      'include ("fee_pence", "gender", "conditions", "session_formats", "languages", "funding_options") where "listed"',
  },
  // Sort by fee, and the maximum-fee filter.
  {
    name: 'therapists_listed_fee_index',
    expression: 'create index "therapists_listed_fee_index" on "therapists" ("fee_pence", "id") where "listed"',
  },
  { name: 'therapists_listed_gender_index', expression: 'create index "therapists_listed_gender_index" on "therapists" ("gender") where "listed"' },
  // Containment (`@>`) filters on conditions, formats, languages and funding: one GIN over the four arrays.
  {
    name: 'therapists_listed_filters_index',
    expression:
      'create index "therapists_listed_filters_index" on "therapists" using gin ("conditions", "session_formats", "languages", "funding_options") where "listed"',
  },
  // Free text (`search_vector @@ websearch_to_tsquery(...)`).
  {
    name: 'therapists_listed_text_index',
    expression: 'create index "therapists_listed_text_index" on "therapists" using gin ("search_vector") where "listed"',
  },
  // Near a postcode: bounding-box containment on a built-in point, before the exact distance.
  // Covering: a ring of the nearest-first search (search-page.ts) filters and measures its
  // candidates from the index alone (an index-only scan), instead of reading one heap page per
  // candidate, which is what a search cost before (listings are scattered over the table).
  {
    name: 'therapists_listed_nearby_index',
    expression:
      'create index "therapists_listed_nearby_index" on "therapists" using gist (point("longitude", "latitude")) ' +
      'include ("id", "latitude", "longitude", "travel_radius_km", "fee_pence", "gender", "conditions", "session_formats", "languages", "funding_options") where "listed"',
  },
  // The moderation queue, oldest first.
  {
    name: 'therapists_review_queue_index',
    expression:
      'create index "therapists_review_queue_index" on "therapists" ("review_requested_at", "id") where "review_requested_at" is not null',
  },
];

/** Class decorator adding the directory search and moderation queue indexes to the entity. */
export function therapistSearchIndexes(): ClassDecorator {
  return (target) => {
    for (const index of INDEXES) Index(index)(target);
  };
}
