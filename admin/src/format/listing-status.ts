import type { ListingStatus } from '../gql/graphql';

/** A listing's moderation status in words (listings, the queue, accounts, the dashboard's chart). */
export const LISTING_STATUS_LABELS: Record<ListingStatus, string> = {
  DRAFT: 'Draft',
  PENDING_REVIEW: 'Pending review',
  APPROVED: 'Approved',
  CHANGES_REQUESTED: 'Changes requested',
  REJECTED: 'Rejected',
  SUSPENDED: 'Suspended',
};
