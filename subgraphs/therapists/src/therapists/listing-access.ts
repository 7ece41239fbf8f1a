import { ForbiddenError, type Caller } from '@caregraph/kernel';
import { ListingStatus } from './listing-status';
import type { Therapist } from './therapist.entity';

/**
 * Who may see and change a listing (docs/architecture.md#authorization: row-level rules in the services).
 * - Published listings (APPROVED, including hidden ones, and SUSPENDED) resolve by id for
 *   everyone: bookings and care plans keep pointing at them. The directory search is narrower
 *   (approved and not hidden only).
 * - Unpublished ones (DRAFT, PENDING_REVIEW, CHANGES_REQUESTED, REJECTED) exist only for
 *   their owner and admins; to anyone else they are not found.
 * - Unpublished fields (exact postcode, verification notes, history, pending changes) are for
 *   the owner and admins only.
 */
const PUBLISHED: ReadonlySet<ListingStatus> = new Set([ListingStatus.APPROVED, ListingStatus.SUSPENDED]);

/** True when the listing has been published and not withdrawn by rejection. */
export function isPublished(listing: Pick<Therapist, 'status'>): boolean {
  return PUBLISHED.has(listing.status);
}

/** True for an admin. */
export function isAdmin(caller: Caller): boolean {
  return caller.roles.includes('ADMIN');
}

/** True for the therapist who owns the listing. */
export function isOwner(caller: Caller, listing: Pick<Therapist, 'userId'>): boolean {
  return caller.userId !== null && caller.userId === listing.userId;
}

/** True when the caller may see the listing's unpublished fields: its owner or an admin. */
export function canSeePrivate(caller: Caller, listing: Pick<Therapist, 'userId'>): boolean {
  return isAdmin(caller) || isOwner(caller, listing);
}

/** True when the caller may know the listing exists. */
export function canSeeListing(caller: Caller, listing: Pick<Therapist, 'userId' | 'status'>): boolean {
  return isPublished(listing) || canSeePrivate(caller, listing);
}

/** Refuses anyone but the listing's owner (admins included: they moderate, they do not edit). */
export function requireOwner(caller: Caller, listing: Pick<Therapist, 'userId'>, doing: string): void {
  if (!isOwner(caller, listing)) throw new ForbiddenError(`Only the therapist who owns this listing can ${doing}.`);
}
