import { pageWindow, toConnection, type ConnectionArgs, type ConnectionShape, type SubgraphContext } from '@caregraph/runtime';
import { ListingStatus } from '../therapists/listing-status';
import { Therapist } from '../therapists/therapist.entity';
import { ModerationQueueItemKind, type ModerationQueueItem } from './moderation-queue-item.type';

/**
 * The admins' moderation queue: every listing waiting for a decision, oldest first. Two
 * statements (page and count), both on the partial index `therapists_review_queue_index`.
 */
export async function moderationQueue(ctx: SubgraphContext, args: ConnectionArgs, now = new Date()): Promise<ConnectionShape<ModerationQueueItem>> {
  const { limit, offset } = pageWindow(args);
  const [rows, total] = await ctx.em.findAndCount(
    Therapist,
    { reviewRequestedAt: { $ne: null } },
    { orderBy: { reviewRequestedAt: 'asc', id: 'asc' }, limit, offset },
  );
  const items = rows.map((listing) => {
    const waitingSince = listing.reviewRequestedAt!;
    return {
      listing,
      kind: listing.status === ListingStatus.PENDING_REVIEW ? ModerationQueueItemKind.LISTING_REVIEW : ModerationQueueItemKind.PENDING_CHANGES,
      waitingSince,
      waitingSeconds: Math.max(0, Math.floor((now.getTime() - waitingSince.getTime()) / 1000)),
    };
  });
  return toConnection(items, total, offset);
}
