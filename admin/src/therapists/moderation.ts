import type { ListingDetailFragment, ListingStatus, ListingSummaryFragment } from '../gql/graphql';

/** Every moderation step an admin can take on a listing. */
export const MODERATION_ACTIONS = ['approve', 'requestChanges', 'reject', 'suspend', 'reinstate', 'approveChanges', 'declineChanges', 'verifyHcpc', 'markHcpcLapsed'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** What an action takes besides the listing and its version. */
export interface ModerationInput {
  /** Reason, message to the therapist, note for the history, or notes on the HCPC check. */
  reason?: string;
  /** The HCPC register's expiry date for the registration, `YYYY-MM-DD`. */
  registerExpiresOn?: string;
}

type Need = 'required' | 'optional' | 'none';

/** How the dashboard presents an action and what it asks for. */
export interface ModerationActionSpec {
  label: string;
  /** Verb for the confirmation button. */
  confirm: string;
  reason: Need;
  reasonLabel: string;
  registerExpiresOn: Need;
  /** Dangerous actions get a red button. */
  destructive: boolean;
  /** Whether the action applies to the listing as it is now. */
  appliesTo(listing: ListingSummaryFragment | ListingDetailFragment): boolean;
}

const status = (...statuses: ListingStatus[]) => (listing: { status: ListingStatus }) => statuses.includes(listing.status);
const hasPendingChanges = (listing: ListingSummaryFragment | ListingDetailFragment) => Boolean('privateDetails' in listing && listing.privateDetails?.pendingChanges);

export const MODERATION: Record<ModerationAction, ModerationActionSpec> = {
  approve: {
    label: 'Approve',
    confirm: 'Approve and publish',
    reason: 'optional',
    reasonLabel: 'Note for the history (optional)',
    registerExpiresOn: 'optional',
    destructive: false,
    appliesTo: status('PENDING_REVIEW'),
  },
  requestChanges: {
    label: 'Request changes',
    confirm: 'Send back to the therapist',
    reason: 'required',
    reasonLabel: 'What the therapist needs to change',
    registerExpiresOn: 'none',
    destructive: false,
    appliesTo: status('PENDING_REVIEW'),
  },
  reject: {
    label: 'Reject',
    confirm: 'Reject listing',
    reason: 'required',
    reasonLabel: 'Reason for rejecting (shown to the therapist)',
    registerExpiresOn: 'none',
    destructive: true,
    appliesTo: status('PENDING_REVIEW'),
  },
  suspend: {
    label: 'Suspend',
    confirm: 'Suspend listing',
    reason: 'required',
    reasonLabel: 'Reason for suspending (shown to the therapist)',
    registerExpiresOn: 'none',
    destructive: true,
    appliesTo: status('APPROVED'),
  },
  reinstate: {
    label: 'Reinstate',
    confirm: 'Reinstate listing',
    reason: 'required',
    reasonLabel: 'Reason for reinstating (shown to the therapist)',
    registerExpiresOn: 'none',
    destructive: false,
    appliesTo: status('SUSPENDED'),
  },
  approveChanges: {
    label: 'Approve changes',
    confirm: 'Make the changes live',
    reason: 'optional',
    reasonLabel: 'Note for the history (optional)',
    registerExpiresOn: 'optional',
    destructive: false,
    appliesTo: hasPendingChanges,
  },
  declineChanges: {
    label: 'Decline changes',
    confirm: 'Decline the changes',
    reason: 'required',
    reasonLabel: 'Reason for declining (shown to the therapist)',
    registerExpiresOn: 'none',
    destructive: true,
    appliesTo: hasPendingChanges,
  },
  verifyHcpc: {
    label: 'Mark HCPC verified',
    confirm: 'Record as verified',
    reason: 'optional',
    reasonLabel: 'Notes on the check (optional, private)',
    registerExpiresOn: 'required',
    destructive: false,
    appliesTo: () => true,
  },
  markHcpcLapsed: {
    label: 'Mark HCPC lapsed',
    confirm: 'Record as lapsed',
    reason: 'optional',
    reasonLabel: 'Notes on what was found (optional, private)',
    registerExpiresOn: 'none',
    destructive: true,
    appliesTo: (listing) => listing.hcpcVerification.status !== 'LAPSED',
  },
};

/** A message when `input` lacks what `action` needs, else undefined. */
export function missingModerationInput(action: ModerationAction, input: ModerationInput): string | undefined {
  const spec = MODERATION[action];
  if (spec.reason === 'required' && !input.reason?.trim()) return `${spec.reasonLabel}: please give one.`;
  if (spec.registerExpiresOn === 'required' && !input.registerExpiresOn) return 'Register expiry date: please give the date shown on the HCPC register.';
  if (input.registerExpiresOn && !/^\d{4}-\d{2}-\d{2}$/.test(input.registerExpiresOn)) return 'Register expiry date: use a date such as 31/03/2027.';
  return undefined;
}
