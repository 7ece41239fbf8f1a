import type { ListingAction } from '../gql/graphql';

/** A step in a listing's moderation history (a listing's history, the audit log), in words. */
export const LISTING_ACTION_LABELS: Record<ListingAction, string> = {
  CREATED: 'Created',
  SUBMITTED: 'Sent for review',
  APPROVED: 'Approved',
  CHANGES_REQUESTED: 'Changes requested',
  REJECTED: 'Rejected',
  SUSPENDED: 'Suspended',
  REINSTATED: 'Reinstated',
  HIDDEN: 'Hidden by the therapist',
  UNHIDDEN: 'Shown again by the therapist',
  CHANGES_PROPOSED: 'Changes proposed',
  CHANGES_APPROVED: 'Changes approved',
  CHANGES_DECLINED: 'Changes declined',
  HCPC_VERIFIED: 'HCPC registration verified',
  HCPC_LAPSED: 'HCPC registration lapsed',
};
