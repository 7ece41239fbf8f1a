import { registerEnumType } from 'type-graphql';

/** Where a therapist's listing is in moderation. Only APPROVED listings are listed publicly. */
export enum ListingStatus {
  DRAFT = 'DRAFT',
  PENDING_REVIEW = 'PENDING_REVIEW',
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
}

registerEnumType(ListingStatus, {
  name: 'ListingStatus',
  description: "Where a therapist's listing is in moderation.",
  valuesConfig: {
    DRAFT: { description: 'Being written by the therapist; not yet sent for review.' },
    PENDING_REVIEW: { description: 'Sent for review: an admin is checking it and the HCPC registration.' },
    APPROVED: { description: 'Checked and published: clients can find and book the therapist.' },
    CHANGES_REQUESTED: { description: 'Returned to the therapist with changes to make before approval.' },
    REJECTED: { description: 'Refused: the listing will not be published.' },
    SUSPENDED: { description: 'Was approved, now hidden from clients while an issue is resolved.' },
  },
});
