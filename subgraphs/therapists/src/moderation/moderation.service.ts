import type { SubgraphContext } from '@caregraph/runtime';
import { applyCheckedValues } from '../listing/checked-fields';
import { assertHcpcNumberFree } from '../listing/hcpc-number-availability';
import { IncompleteListingError, missingFields } from '../listing/listing-completeness';
import { requireOwner } from '../therapists/listing-access';
import { HcpcVerificationStatus } from '../therapists/hcpc-verification-status';
import { ListingStatus } from '../therapists/listing-status';
import type { Therapist } from '../therapists/therapist.entity';
import { ensureHcpcVerified, markHcpcVerified } from './hcpc-check';
import { ListingAction } from './listing-action';
import { changeListing, type ListingChange } from './listing-change';
import { assertCanSetHidden, assertHasPendingChanges, assertTransition, type TransitionAction } from './listing-lifecycle';

/**
 * The moderation lifecycle (issue 4): every step is one transaction that checks the caller, the
 * version and the current state, changes the listing and records the step in its history.
 * Role checks for admin steps are on the resolvers (`@Authorized('ADMIN')`); ownership here.
 */
export class ModerationService {
  constructor(private readonly ctx: SubgraphContext) {}

  /** Owner: DRAFT or CHANGES_REQUESTED → PENDING_REVIEW, when nothing required is missing. */
  submit(id: string, expectedVersion: number, note?: string | null): Promise<Therapist> {
    return changeListing(this.ctx, id, expectedVersion, (change) => {
      requireOwner(this.ctx.caller, change.listing, 'send it for review');
      const to = assertTransition(change.listing, ListingAction.SUBMITTED);
      const missing = missingFields(change.listing);
      if (missing.length > 0) throw new IncompleteListingError(missing);
      change.listing.reviewRequestedAt = change.now;
      this.move(change, ListingAction.SUBMITTED, to, note);
    });
  }

  /** Admin: PENDING_REVIEW → APPROVED (published). The HCPC registration must be verified, now or before. */
  approve(id: string, expectedVersion: number, hcpcRegisterExpiresOn?: string | null, note?: string | null): Promise<Therapist> {
    return changeListing(this.ctx, id, expectedVersion, (change) => {
      const { listing, now } = change;
      const to = assertTransition(listing, ListingAction.APPROVED);
      if (ensureHcpcVerified(listing, this.ctx.caller.userId!, hcpcRegisterExpiresOn, now)) change.record(ListingAction.HCPC_VERIFIED, listing.status);
      listing.reviewRequestedAt = null;
      listing.publishedAt ??= now;
      this.move(change, ListingAction.APPROVED, to, note);
    });
  }

  /** Admin: PENDING_REVIEW → CHANGES_REQUESTED, with the message for the therapist. */
  requestChanges(id: string, expectedVersion: number, message: string): Promise<Therapist> {
    return this.decide(id, expectedVersion, ListingAction.CHANGES_REQUESTED, message);
  }

  /** Admin: PENDING_REVIEW → REJECTED, with the reason. Final. */
  reject(id: string, expectedVersion: number, reason: string): Promise<Therapist> {
    return this.decide(id, expectedVersion, ListingAction.REJECTED, reason);
  }

  /** Admin: APPROVED → SUSPENDED (out of the directory), with the reason. */
  suspend(id: string, expectedVersion: number, reason: string): Promise<Therapist> {
    return this.decide(id, expectedVersion, ListingAction.SUSPENDED, reason);
  }

  /** Admin: SUSPENDED → APPROVED, with the reason. */
  reinstate(id: string, expectedVersion: number, reason: string): Promise<Therapist> {
    return this.decide(id, expectedVersion, ListingAction.REINSTATED, reason);
  }

  /** Owner: hides an APPROVED listing from the directory (`hidden` true) or shows it again. */
  setHidden(id: string, expectedVersion: number, hidden: boolean): Promise<Therapist> {
    return changeListing(this.ctx, id, expectedVersion, (change) => {
      requireOwner(this.ctx.caller, change.listing, hidden ? 'hide it' : 'show it again');
      assertCanSetHidden(change.listing, hidden);
      change.listing.hidden = hidden;
      change.record(hidden ? ListingAction.HIDDEN : ListingAction.UNHIDDEN, change.listing.status);
    });
  }

  /**
   * Admin: makes a published listing's pending changes live. A new HCPC number must be verified
   * in the same step (its register expiry date).
   */
  approveChanges(id: string, expectedVersion: number, hcpcRegisterExpiresOn?: string | null, note?: string | null): Promise<Therapist> {
    return changeListing(this.ctx, id, expectedVersion, async (change) => {
      const { listing, now, em } = change;
      assertHasPendingChanges(listing, ListingAction.CHANGES_APPROVED);
      const pending = listing.pendingChanges!;
      const numberChanges = pending.hcpcNumber !== undefined && pending.hcpcNumber !== listing.hcpcNumber;
      if (numberChanges) await assertHcpcNumberFree(em, pending.hcpcNumber!, listing.id);
      applyCheckedValues(listing, pending);
      listing.pendingChanges = null;
      listing.reviewRequestedAt = null;
      change.record(ListingAction.CHANGES_APPROVED, listing.status, note);
      if (numberChanges && ensureHcpcVerified(listing, this.ctx.caller.userId!, hcpcRegisterExpiresOn, now)) {
        change.record(ListingAction.HCPC_VERIFIED, listing.status);
      }
    });
  }

  /** Admin: discards a published listing's pending changes, with the reason; the approved values stay. */
  declineChanges(id: string, expectedVersion: number, reason: string): Promise<Therapist> {
    return changeListing(this.ctx, id, expectedVersion, (change) => {
      assertHasPendingChanges(change.listing, ListingAction.CHANGES_DECLINED);
      change.listing.pendingChanges = null;
      change.listing.reviewRequestedAt = null;
      change.record(ListingAction.CHANGES_DECLINED, change.listing.status, reason);
    });
  }

  /** Admin: records that the HCPC number is on the register until `registerExpiresOn`. Any status. */
  verifyHcpc(id: string, expectedVersion: number, registerExpiresOn: string, notes?: string | null): Promise<Therapist> {
    return changeListing(this.ctx, id, expectedVersion, (change) => {
      markHcpcVerified(change.listing, this.ctx.caller.userId!, registerExpiresOn, change.now, notes);
      change.record(ListingAction.HCPC_VERIFIED, change.listing.status, notes);
    });
  }

  /** Admin: records that the HCPC registration has lapsed (suspending the listing is a separate, deliberate step). */
  markHcpcLapsed(id: string, expectedVersion: number, notes?: string | null): Promise<Therapist> {
    return changeListing(this.ctx, id, expectedVersion, (change) => {
      change.listing.hcpcVerificationStatus = HcpcVerificationStatus.LAPSED;
      if (notes) change.listing.hcpcVerificationNotes = notes.trim() || change.listing.hcpcVerificationNotes;
      change.record(ListingAction.HCPC_LAPSED, change.listing.status, notes);
    });
  }

  /** An admin decision that only moves the status and leaves the queue. */
  private decide(id: string, expectedVersion: number, action: TransitionAction, reason: string): Promise<Therapist> {
    return changeListing(this.ctx, id, expectedVersion, (change) => {
      const to = assertTransition(change.listing, action);
      if (change.listing.status === ListingStatus.PENDING_REVIEW) change.listing.reviewRequestedAt = null;
      this.move(change, action, to, reason);
    });
  }

  private move(change: ListingChange, action: TransitionAction, to: ListingStatus, reason?: string | null): void {
    const from = change.listing.status;
    change.listing.status = to;
    change.record(action, from, reason?.trim() || null);
  }
}
