import type { EntityManager } from '@mikro-orm/postgresql';
import { ListingStatus } from '../therapists/listing-status';
import { ListingStats } from './listing-stats.type';

/** Listings by status and the moderation queue's size and oldest wait, in one statement. */
export async function listingStats(em: EntityManager): Promise<ListingStats> {
  // The driver may hand timestamps back as strings: compare them as instants.
  const rows: Array<{ status: ListingStatus; count: string; waiting: string; oldest: Date | string | null }> = await em.getConnection().execute(
    `select status, count(*) as count, count(review_requested_at) as waiting, min(review_requested_at) as oldest
       from therapists group by status`,
  );
  const byKey = new Map(rows.map((row) => [row.status, row]));
  const instants = rows.flatMap((row) => (row.oldest === null ? [] : [new Date(row.oldest).getTime()]));
  return Object.assign(new ListingStats(), {
    byStatus: Object.values(ListingStatus).map((status) => ({ status, count: Number(byKey.get(status)?.count ?? 0) })),
    waitingForReview: rows.reduce((sum, row) => sum + Number(row.waiting), 0),
    oldestWaitingSince: instants.length ? new Date(Math.min(...instants)) : null,
  });
}
