import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, listingChangeTags, NotFoundError, UserInputError } from '@caregraph/kernel';
import { isUuid, purgePublicReads, type SubgraphContext } from '@caregraph/runtime';
import { canSeeListing } from '../therapists/listing-access';
import type { ListingStatus } from '../therapists/listing-status';
import { Therapist } from '../therapists/therapist.entity';
import type { ListingAction } from './listing-action';
import { ListingEvent } from './listing-event.entity';
import { recordListingNotice } from '../notices/listing-notice';

/** One mutation of one listing, inside its transaction. */
export interface ListingChange {
  em: EntityManager;
  listing: Therapist;
  /** When the change happens (one instant for the whole mutation). */
  now: Date;
  /** Records a history entry by the caller; `fromStatus` is the status before this entry. */
  record(action: ListingAction, fromStatus: ListingStatus | null, reason?: string | null): void;
}

/**
 * Runs one mutation of listing `id` in one transaction: loads it, refuses a malformed id
 * (BAD_USER_INPUT), a listing the caller may not know about (NOT_FOUND) or a stale
 * `expectedVersion` (CONFLICT), runs `work`, then writes the listing and its history entries
 * together. The version column guards against a concurrent change between load and write
 * (MikroORM's OptimisticLockError, answered as CONFLICT). Nothing is written when `work` throws.
 * Decisions the therapist must hear about go into the outbox in the same transaction; once committed,
 * the gateway's cached public reads of the listing and the directory are purged.
 */
export async function changeListing(
  ctx: SubgraphContext,
  id: string,
  expectedVersion: number,
  work: (change: ListingChange) => void | Promise<void>,
): Promise<Therapist> {
  if (!isUuid(id)) throw new UserInputError('id', 'id must be a therapist listing id (a UUID).');
  const actorId = ctx.caller.userId!;
  const changed = await ctx.em.transactional(async (em) => {
    const listing = await em.findOne(Therapist, { id });
    if (!listing || !canSeeListing(ctx.caller, listing)) throw new NotFoundError('Therapist', id);
    if (listing.version !== expectedVersion) {
      throw new ConflictError(
        `The listing has changed since you loaded it (it is at version ${listing.version}, you sent ${expectedVersion}). Reload it and try again.`,
        'CONFLICT',
        'expectedVersion',
      );
    }
    const now = new Date();
    let entries = 0;
    await work({
      em,
      listing,
      now,
      record(action, fromStatus, reason = null) {
        // Entries of one change share its instant; a millisecond apiece keeps them in order.
        const occurredAt = new Date(now.getTime() + entries++);
        em.persist(em.create(ListingEvent, { therapist: listing, action, fromStatus, toStatus: listing.status, actorId, reason, occurredAt }));
        // The therapist hears of an admin's decision with the change itself: both commit or neither.
        recordListingNotice(em, listing, action, reason);
      },
    });
    return listing;
  });
  purgePublicReads(ctx, listingChangeTags(id));
  return changed;
}
