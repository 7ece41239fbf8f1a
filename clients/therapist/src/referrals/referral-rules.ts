import type { WorkspaceReferralFragment } from '../gql/graphql';

export type Referral = WorkspaceReferralFragment;

/** The inbox's two parts: referrals waiting for a decision (in the graph's order: most urgent, oldest), and accepted ones. */
export function inboxSections(referrals: readonly Referral[]): { waiting: Referral[]; accepted: Referral[] } {
  return {
    waiting: referrals.filter((r) => r.status === 'SUBMITTED'),
    accepted: referrals.filter((r) => r.status === 'ACCEPTED'),
  };
}
