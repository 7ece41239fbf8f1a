import { ListingStatus } from '../therapists/listing-status';
import type { Therapist } from '../therapists/therapist.entity';
import { IllegalTransitionError } from './illegal-transition.error';
import { ListingAction } from './listing-action';

const { DRAFT, PENDING_REVIEW, APPROVED, CHANGES_REQUESTED, REJECTED, SUSPENDED } = ListingStatus;

/** A status change: the statuses it may start from, where it leads, and how to say it. */
interface Transition {
  from: readonly ListingStatus[];
  to: ListingStatus;
  verb: string;
}

/**
 * Every legal change of a listing's status (issue 4). REJECTED is final. Hiding, pending
 * changes and HCPC checks do not change the status: see `assertCanHide` and friends.
 */
export const TRANSITIONS = {
  [ListingAction.SUBMITTED]: { from: [DRAFT, CHANGES_REQUESTED], to: PENDING_REVIEW, verb: 'submit' },
  [ListingAction.APPROVED]: { from: [PENDING_REVIEW], to: APPROVED, verb: 'approve' },
  [ListingAction.CHANGES_REQUESTED]: { from: [PENDING_REVIEW], to: CHANGES_REQUESTED, verb: 'request changes to' },
  [ListingAction.REJECTED]: { from: [PENDING_REVIEW], to: REJECTED, verb: 'reject' },
  [ListingAction.SUSPENDED]: { from: [APPROVED], to: SUSPENDED, verb: 'suspend' },
  [ListingAction.REINSTATED]: { from: [SUSPENDED], to: APPROVED, verb: 'reinstate' },
} as const satisfies Partial<Record<ListingAction, Transition>>;

export type TransitionAction = keyof typeof TRANSITIONS;

const either = (statuses: readonly ListingStatus[]) => statuses.join(' or ');

/** The status `action` leads to from the listing's status; IllegalTransitionError when it may not happen. */
export function assertTransition(listing: Pick<Therapist, 'status'>, action: TransitionAction): ListingStatus {
  const transition: Transition = TRANSITIONS[action];
  if (!transition.from.includes(listing.status)) {
    throw new IllegalTransitionError(
      `Cannot ${transition.verb} this listing: it is ${listing.status}. Only a listing that is ${either(transition.from)} can become ${transition.to}.`,
      { action, currentStatus: listing.status, requestedStatus: transition.to },
    );
  }
  return transition.to;
}

/** Hiding and showing again: only an APPROVED listing, and only from the other visibility. */
export function assertCanSetHidden(listing: Pick<Therapist, 'status' | 'hidden'>, hidden: boolean): void {
  const action = hidden ? ListingAction.HIDDEN : ListingAction.UNHIDDEN;
  const verb = hidden ? 'hide' : 'unhide';
  if (listing.status !== APPROVED) {
    throw new IllegalTransitionError(`Cannot ${verb} this listing: it is ${listing.status}. Only an APPROVED listing can be ${hidden ? 'hidden' : 'shown again'}.`, {
      action, currentStatus: listing.status, requestedStatus: APPROVED,
    });
  }
  if (listing.hidden === hidden) {
    throw new IllegalTransitionError(`Cannot ${verb} this listing: it is APPROVED and already ${hidden ? 'hidden' : 'shown in the directory'}.`, {
      action, currentStatus: listing.status, requestedStatus: APPROVED,
    });
  }
}

/** Deciding on pending changes: only when there are some. */
export function assertHasPendingChanges(listing: Pick<Therapist, 'status' | 'pendingChanges'>, action: ListingAction.CHANGES_APPROVED | ListingAction.CHANGES_DECLINED): void {
  if (!listing.pendingChanges) {
    const verb = action === ListingAction.CHANGES_APPROVED ? 'approve' : 'decline';
    throw new IllegalTransitionError(`Cannot ${verb} pending changes: this ${listing.status} listing has none waiting for review.`, {
      action, currentStatus: listing.status, requestedStatus: listing.status,
    });
  }
}

/** Editing: the owner may edit unless an admin is reviewing the listing or it was rejected. */
export function assertEditable(listing: Pick<Therapist, 'status'>): void {
  if (listing.status === PENDING_REVIEW || listing.status === REJECTED) {
    const why = listing.status === PENDING_REVIEW ? 'an admin is reviewing it' : 'it was rejected';
    throw new IllegalTransitionError(`Cannot edit this listing: it is ${listing.status} (${why}).`, {
      action: ListingAction.CHANGES_PROPOSED, currentStatus: listing.status, requestedStatus: listing.status,
    });
  }
}
