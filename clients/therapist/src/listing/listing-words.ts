import type { ListingAction, ListingStatus, OwnListingFragment } from '../gql/graphql';

// The listing's moderation in the therapist's words (the graph's descriptions are written for
// integrators: "sent for review (to PENDING_REVIEW)").

export const STATUS_WORDS: Record<ListingStatus, { title: string; meaning: string }> = {
  DRAFT: { title: 'Draft', meaning: 'Only you can see it. Fill it in, then send it for review.' },
  PENDING_REVIEW: { title: 'Waiting for review', meaning: 'An admin is checking your listing and your HCPC registration. You cannot edit it until they have decided.' },
  APPROVED: { title: 'Published', meaning: 'Clients can find and book you.' },
  CHANGES_REQUESTED: { title: 'Changes requested', meaning: 'Read the message from Caregraph below, change your listing, then send it for review again.' },
  REJECTED: { title: 'Not accepted', meaning: 'This listing will not be published. Contact Caregraph support if you think this is a mistake.' },
  SUSPENDED: { title: 'Suspended', meaning: 'Caregraph has taken your listing out of the directory for now. The reason is below.' },
};

export const ACTION_WORDS: Record<ListingAction, string> = {
  CREATED: 'Listing created as a draft',
  SUBMITTED: 'Sent for review',
  APPROVED: 'Approved and published',
  CHANGES_REQUESTED: 'Changes requested',
  REJECTED: 'Not accepted',
  SUSPENDED: 'Suspended',
  REINSTATED: 'Suspension lifted: published again',
  HIDDEN: 'Hidden from the directory',
  UNHIDDEN: 'Shown in the directory again',
  CHANGES_PROPOSED: 'Changes to checked details proposed',
  CHANGES_APPROVED: 'Changes approved: they are live',
  CHANGES_DECLINED: 'Changes declined: the published details stay',
  HCPC_VERIFIED: 'HCPC registration verified',
  HCPC_LAPSED: 'HCPC registration recorded as lapsed',
};

/** The listing's status in words, telling a hidden published listing from a listed one. */
export function statusWords(listing: Pick<OwnListingFragment, 'status' | 'listed'>): { title: string; meaning: string } {
  if (listing.status === 'APPROVED' && !listing.listed) {
    return { title: 'Published, hidden', meaning: 'Clients cannot find you in the directory until you show your listing again.' };
  }
  return STATUS_WORDS[listing.status] ?? { title: listing.status, meaning: '' };
}

/** Decisions whose message the therapist must read. */
const ADMIN_DECISIONS: readonly ListingAction[] = ['CHANGES_REQUESTED', 'REJECTED', 'SUSPENDED', 'CHANGES_DECLINED', 'REINSTATED', 'APPROVED', 'CHANGES_APPROVED'];

type HistoryEntry = NonNullable<OwnListingFragment['privateDetails']>['moderationHistory'][number];

/** The newest decision an admin wrote a message with, if any (the history is oldest first). */
export function latestAdminMessage(listing: OwnListingFragment): HistoryEntry | undefined {
  const history = listing.privateDetails?.moderationHistory ?? [];
  return [...history].reverse().find((e) => e.actor.role === 'ADMIN' && ADMIN_DECISIONS.includes(e.action) && e.reason?.trim());
}

/** May the owner edit the listing now? (Not while an admin reviews it, nor once it is refused.) */
export const isEditable = (status: ListingStatus) => status !== 'PENDING_REVIEW' && status !== 'REJECTED';

/** May the owner send it for review now? */
export const isSubmittable = (status: ListingStatus) => status === 'DRAFT' || status === 'CHANGES_REQUESTED';

/** Days until a `YYYY-MM-DD` date (negative once passed), counted on the UTC calendar. */
export function daysUntil(date: string, now = Date.now()): number {
  const today = new Date(now).toISOString().slice(0, 10);
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
