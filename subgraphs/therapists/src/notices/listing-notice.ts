import type { EntityManager } from '@mikro-orm/postgresql';
import { recordOutboxEvent } from '@caregraph/runtime';
import { ListingAction } from '../moderation/listing-action';
import type { Therapist } from '../therapists/therapist.entity';

/** The admins' decisions the therapist is told about, with the admin's message (docs/adr/022). */
const DECISIONS: ReadonlySet<ListingAction> = new Set([
  ListingAction.APPROVED,
  ListingAction.CHANGES_REQUESTED,
  ListingAction.REJECTED,
  ListingAction.SUSPENDED,
  ListingAction.REINSTATED,
  ListingAction.CHANGES_APPROVED,
  ListingAction.CHANGES_DECLINED,
]);

/**
 * Records the notice a history entry calls for, in the listing change's own transaction: a moderation
 * decision (`listing.moderated`, with the admin's message) or a lapsed HCPC registration
 * (`listing.hcpc-lapsed`). Other entries (the therapist's own edits, a verification) tell nobody.
 */
export function recordListingNotice(em: EntityManager, listing: Therapist, action: ListingAction, message: string | null): void {
  const recipients = [{ kind: 'therapist' as const, therapistId: listing.id }];
  if (DECISIONS.has(action)) {
    recordOutboxEvent(em, 'listing.moderated', { recipients, facts: { therapistId: listing.id, decision: action, message: message?.trim() || null } });
  } else if (action === ListingAction.HCPC_LAPSED) {
    recordOutboxEvent(em, 'listing.hcpc-lapsed', { recipients, facts: { therapistId: listing.id } });
  }
}
